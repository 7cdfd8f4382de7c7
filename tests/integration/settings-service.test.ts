import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '@shared/errors';
import { defaultOfficeSettings } from '@shared/schemas/settings';
import { readAudit } from '../../electron/core/audit';
import { createContext } from '../../electron/core/context';
import { DATABASE_FILE, openDatabase } from '../../electron/core/db/open';
import { EventHub, JobRegistry } from '../../electron/core/events';
import { operatorName, readOfficeSettings, saveOfficeSettings } from '../../electron/core/settings/service';
import { RESOURCES_DIR, tempDir, testCore } from '../helpers/core';

/** The settings service as a feature inside the core uses it, on a real register file. */
function coreContext() {
  const dataDir = tempDir();
  const db = openDatabase(path.join(dataDir, DATABASE_FILE));
  afterEach(() => db.close());
  const events = new EventHub();
  return createContext({ db, dataDir, resourcesDir: RESOURCES_DIR, version: 'test', now: () => new Date('2026-01-05T03:00:00Z'), events, jobs: new JobRegistry(events) });
}

describe('the office settings service', () => {
  it('refuses what the settings form would refuse, whoever calls it, and stores nothing', () => {
    const ctx = coreContext();
    const bad = { ...defaultOfficeSettings, officeName: '', province: 'สงขลา' };
    let failure: unknown;
    try {
      saveOfficeSettings(ctx, bad);
    } catch (e) {
      failure = e;
    }
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).code).toBe('VALIDATION');
    expect((failure as AppFailure).fields?.officeName).toMatch(/ชื่อหน่วยงาน/);
    expect(readOfficeSettings(ctx.db)).toEqual(defaultOfficeSettings);
    expect(readAudit(ctx.db, 'settings', 'office')).toEqual([]);
  });

  it('saves with its audit entry, and the next audit entry names the new operator', () => {
    const ctx = coreContext();
    const office = { ...defaultOfficeSettings, officeName: 'สำนักงานแรงงานจังหวัดสงขลา', province: 'สงขลา', operatorName: 'นางสาวทดสอบ ระบบ' };
    expect(operatorName(ctx.db)).toBe('');
    saveOfficeSettings(ctx, office);
    expect(readOfficeSettings(ctx.db)).toEqual(office);
    expect(operatorName(ctx.db)).toBe('นางสาวทดสอบ ระบบ');
    const [entry] = readAudit(ctx.db, 'settings', 'office');
    expect(entry.details).toMatchObject({ officeName: ['', 'สำนักงานแรงงานจังหวัดสงขลา'] });
  });

  it('gives a new install the sample office through the same save when the sample register is loaded', async () => {
    const core = testCore();
    await core.call('demo-load', {});
    const office = await core.call('settings-get', {});
    expect(office.officeName).toContain('ข้อมูลตัวอย่าง');
  });
});
