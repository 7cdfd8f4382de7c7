import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { ACTIVITY_NOW, activityRegister } from '../helpers/activity-fixtures';
import { tempDir, testCore } from '../helpers/core';

describe('checkpoints when the core is idle', () => {
  it('folds a save into the register file once the call has answered and the thread has idled, not inside the call', async () => {
    const core = testCore({ now: () => ACTIVITY_NOW });
    const ids = await activityRegister(core);
    const [kind] = await core.call('activity-kinds-get', {});
    const file = path.join(core.dataDir, DATABASE_FILE);
    const fileOnly = () => {
      // The register file without its WAL: what it holds once the WAL's pages are copied in.
      const copy = path.join(tempDir(), 'file-only.sqlite');
      fs.copyFileSync(file, copy);
      const db = new Database(copy);
      const people = db.prepare('SELECT people FROM activities WHERE volunteer_id = ? AND whole_month = 1').pluck().get(ids[0]);
      db.close();
      return people;
    };

    await core.call('activity-grid-save', { month: '2026-02', district: 'หาดใหญ่', cells: [{ volunteerId: ids[0], kindId: kind.id, people: 9 }] });
    // Answered: the save is committed (in the WAL), the checkpoint has not run inside the call.
    expect(fileOnly()).toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    expect(fileOnly()).toBe(9);
  });
});
