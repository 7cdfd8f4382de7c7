import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '@shared/api';
import { isAppError } from '@shared/errors';
import { DATABASE_FILE, createCore, type Core } from '../../electron/core';
import { hostileInputs } from '../helpers/hostile-input';
import { RESOURCES_DIR } from '../helpers/core';
import fs from 'node:fs';
import os from 'node:os';

/**
 * At least 10,000 generated inputs that the contract's zod schemas refuse, spread over every method
 * present in `api` at run time (a new method is fuzzed without touching this file), through the
 * real dispatch on a real database. Every answer is a valid result or an AppError, nothing throws,
 * and a refused call leaves the database exactly as it was.
 */
const METHODS = Object.keys(api) as (keyof typeof api)[];
const TOTAL_REFUSED = 10_000;
// Some generated inputs turn out valid; generate a margin so the refused ones reach the total.
const RUNS_PER_METHOD = Math.ceil((TOTAL_REFUSED * 1.4) / METHODS.length);

let dataDir: string;
let core: Core;
let watcher: Database.Database;
let refused = 0;
const internal: string[] = [];

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-fuzz-'));
  core = createCore({ dataDir, resourcesDir: RESOURCES_DIR, log: () => {} });
  // A register with people in it, so lookups by id can find something.
  await core.dispatch('demo-load', {});
  // PRAGMA data_version on a second connection changes whenever another connection commits.
  watcher = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
});

afterAll(() => {
  watcher?.close();
  core?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const dataVersion = () => watcher.pragma('data_version', { simple: true }) as number;

describe('dispatch under hostile input', () => {
  // A bound for a hung method, not a wait: a method whose valid inputs make a whole document
  // (report-volunteer-list draws the register's PDF) took over 30 s when both cores were busy.
  it.each(METHODS)('%s answers every generated input with a result or an AppError', { timeout: 120_000 }, async (method) => {
    const schema = api[method].input;
    await fc.assert(
      fc.asyncProperty(hostileInputs(schema), async (input) => {
        const valid = schema.safeParse(input === undefined ? {} : input).success;
        const before = dataVersion();
        const r = await core.dispatch(method, input);
        expect(typeof r.ok).toBe('boolean');
        if (r.ok) {
          expect(valid, 'a refused input was answered as a success').toBe(true);
          return;
        }
        expect(isAppError(r.error)).toBe(true);
        expect(r.error.message).toMatch(/[ก-๙]/);
        if (r.error.code === 'INTERNAL') internal.push(`${method}: ${JSON.stringify(input)?.slice(0, 200)}`);
        expect(dataVersion(), 'a refused call changed the database').toBe(before);
        if (!valid) refused++;
      }),
      { numRuns: RUNS_PER_METHOD },
    );
  });

  it('refused at least 10,000 invalid inputs, with no internal errors and no prototype pollution', () => {
    expect(refused).toBeGreaterThanOrEqual(TOTAL_REFUSED);
    expect(internal).toEqual([]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(watcher.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
