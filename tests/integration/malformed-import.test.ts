import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '@shared/api/spreadsheets';
import { DATABASE_FILE } from '../../electron/core';
import { testCore } from '../helpers/core';
import { malformedCorpus } from '../helpers/malformed-corpus';

/**
 * The malformed corpus through the real dispatch, preview then commit: every answer is a Thai
 * AppError the user can act on (or a preview listing row errors), never an internal error or a
 * crash, and not one row (nor remembered mapping, nor audit entry) is committed.
 */
describe('importing malformed spreadsheets and CSVs', () => {
  it('answers at least 200 bad files with clear errors and commits nothing', { timeout: 240_000 }, async () => {
    const corpus = await malformedCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const core = testCore();
    const watcher = new Database(path.join(core.dataDir, DATABASE_FILE), { readonly: true });
    const version = () => watcher.pragma('data_version', { simple: true });
    const before = version();
    const codes = new Map<string, number>();
    for (const [i, f] of corpus.entries()) {
      const file = { name: f.name, bytes: f.bytes };
      const preview = await core.dispatch('volunteer-import-preview', { file });
      if (preview.ok) {
        const { counts } = preview.value as ImportPreview;
        expect(counts.new + counts.existing, f.label).toBe(0);
      } else {
        expect(preview.error.code, `${f.label}: ${preview.error.message}`).not.toBe('INTERNAL');
        expect(preview.error.message, f.label).toMatch(/[ก-๙]/);
      }
      const commit = await core.dispatch('volunteer-import-commit', { file, job: `bad-${i}`, duplicates: 'skip' });
      expect(commit.ok, f.label).toBe(false);
      if (!commit.ok) {
        expect(commit.error.code, `${f.label}: ${commit.error.message}`).not.toBe('INTERNAL');
        expect(commit.error.message, f.label).toMatch(/[ก-๙]/);
        codes.set(commit.error.code, (codes.get(commit.error.code) ?? 0) + 1);
      }
    }
    expect(version(), 'something was committed').toBe(before);
    expect(watcher.prepare('SELECT count(*) FROM volunteers').pluck().get()).toBe(0);
    expect(watcher.pragma('integrity_check', { simple: true })).toBe('ok');
    watcher.close();
    // Both kinds of refusal occur: the file itself (BAD_FILE) and its rows (VALIDATION).
    expect(codes.get('BAD_FILE')).toBeGreaterThan(50);
    expect(codes.get('VALIDATION')).toBeGreaterThan(20);
  });
});
