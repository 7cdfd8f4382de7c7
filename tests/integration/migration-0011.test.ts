import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { tempDir, testCore } from '../helpers/core';
import { pdfText, savePdf } from './reports/pdf-tools';

describe('migration 0011 (certificate numbers; speaker national ID and address)', () => {
  it('a register made by schema 12 (before 0011: versions are handed out to parallel work) keeps its speakers, with no ID or address yet, and numbers its certificates from 1', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    fs.copyFileSync(path.resolve('tests/fixtures/db/schema-v12.sqlite'), file);
    const old = new Database(file, { readonly: true });
    const speakersBefore = old.prepare('SELECT id, seminar_id, session_id, name, position, agency, is_government, hours FROM seminar_speakers ORDER BY id').all();
    old.close();
    expect(speakersBefore.length).toBeGreaterThan(0);

    const core = testCore({ dataDir });
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT id, seminar_id, session_id, name, position, agency, is_government, hours FROM seminar_speakers ORDER BY id').all()).toEqual(speakersBefore);
    expect(db.prepare('SELECT DISTINCT national_id, address FROM seminar_speakers').all()).toEqual([{ national_id: '', address: '' }]);
    expect(db.prepare('SELECT count(*) FROM certificates').pluck().get()).toBe(0);
    expect(db.prepare('SELECT version FROM schema_migrations WHERE version = 11').pluck().get()).toBe(11);
    db.close();

    const seminarId = (speakersBefore[0] as { seminar_id: number }).seminar_id;
    const seminar = await core.call('seminar-get', { id: seminarId });
    expect(seminar.speakers[0]).toMatchObject({ name: 'ดร.วิชัย ความรู้', nationalId: '', address: '' });
    const numbering = await core.call('report-certificate-numbering', { seminarId });
    expect(numbering).toEqual({ fiscalYear: 2563, next: 1, held: 0 });
    const choice = { seminarId, groupIds: seminar.groups.map((g) => g.id), speakers: true, kind: 'completion' as const };
    const certs = (await core.call('report-certificates-issue', choice)).file;
    const text = pdfText(savePdf('migration-0011-certificates.pdf', certs.bytes));
    expect(text).toContain('เลขที่ 1/2563');
    expect(text).toContain('ดร.วิชัย ความรู้');
  });
});
