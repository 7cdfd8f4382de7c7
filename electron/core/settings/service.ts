/*
 * The office settings as a service: every feature that needs the office (documents, exports, the
 * import's province, the audit's operator) reads them here, and every save goes through
 * `saveOfficeSettings`, which checks them with the contract's schema whoever the caller is.
 */

import { defaultOfficeSettings, officeSettings, type OfficeSettings } from '@shared/schemas/settings';
import { AppFailure } from '@shared/errors';
import { diff } from '../audit';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { validationError } from '../dispatch';
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

/**
 * Checks and saves the office settings in one transaction with their audit entry. The input is
 * parsed here too, not only by dispatch, so a caller inside the core (the sample data) cannot
 * store what the settings form would refuse.
 */
export function saveOfficeSettings(ctx: CoreContext, input: OfficeSettings): OfficeSettings {
  const parsed = officeSettings.safeParse(input);
  if (!parsed.success) {
    const { message, fields } = validationError(parsed.error);
    throw new AppFailure('VALIDATION', message, fields);
  }
  const settings = parsed.data;
  const db = ctx.db;
  // The operator may change here; whatever the outcome, the next audit reads it afresh.
  operatorCache.delete(db);
  try {
    return db.transaction(() => {
      const before = readOfficeSettings(db);
      writeSetting(db, OFFICE_KEY, settings);
      const changes = diff(before, settings);
      // The audit trail records that the picture changed, not its bytes.
      if (changes.emblem) changes.emblem = [before.emblem && 'รูปภาพเดิม', settings.emblem && 'รูปภาพใหม่'];
      if (Object.keys(changes).length) ctx.audit({ entity: 'settings', entityId: OFFICE_KEY, action: 'update', details: changes });
      return settings;
    })();
  } finally {
    operatorCache.delete(db);
  }
}
