import type { settingsApi } from '@shared/api/settings';
import { defaultOfficeSettings, officeSettings, type OfficeSettings } from '@shared/schemas/settings';
import { diff } from '../audit';
import type { CoreContext, HandlerMap } from '../context';
import type { Db } from '../db/open';
import { readSettingOverDefaults, writeSetting } from './store';

const OFFICE_KEY = 'office';

export function readOfficeSettings(db: Db): OfficeSettings {
  return readSettingOverDefaults(db, OFFICE_KEY, officeSettings, defaultOfficeSettings);
}

const operatorCache = new WeakMap<Db, string>();

/**
 * The operator's name for audit entries, read once per connection: bulk work audits every row,
 * and re-reading the settings (with their emblem image) each time would dominate it.
 */
export function operatorName(db: Db): string {
  let name = operatorCache.get(db);
  if (name === undefined) {
    name = readOfficeSettings(db).operatorName;
    operatorCache.set(db, name);
  }
  return name;
}

export const settingsHandlers: HandlerMap<keyof typeof settingsApi> = {
  'settings-get': (_input, ctx) => readOfficeSettings(ctx.db),
  'settings-save': (input, ctx) => {
    const db = ctx.db;
    // The operator may change here; whatever the outcome, the next audit reads it afresh.
    operatorCache.delete(db);
    try {
      return saveOfficeSettings(input, ctx);
    } finally {
      operatorCache.delete(db);
    }
  },
};

function saveOfficeSettings(input: OfficeSettings, ctx: CoreContext): OfficeSettings {
  return ctx.db.transaction(() => {
    const before = readOfficeSettings(ctx.db);
    writeSetting(ctx.db, OFFICE_KEY, input);
    const changes = diff(before, input);
    // The audit trail records that the picture changed, not its bytes.
    if (changes.emblem) changes.emblem = [before.emblem && 'รูปภาพเดิม', input.emblem && 'รูปภาพใหม่'];
    if (Object.keys(changes).length) ctx.audit({ entity: 'settings', entityId: OFFICE_KEY, action: 'update', details: changes });
    return input;
  })();
}
