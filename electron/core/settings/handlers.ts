import type { settingsApi } from '@shared/api/settings';
import { defaultOfficeSettings, officeSettings, type OfficeSettings } from '@shared/schemas/settings';
import { diff } from '../audit';
import type { HandlerMap } from '../context';
import type { Db } from '../db/open';

const OFFICE_KEY = 'office';

export function readOfficeSettings(db: Db): OfficeSettings {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(OFFICE_KEY) as { value: string } | undefined;
  if (!row) return defaultOfficeSettings;
  // Fields added in later versions get their defaults.
  const parsed = officeSettings.partial().safeParse(JSON.parse(row.value));
  return { ...defaultOfficeSettings, ...(parsed.success ? parsed.data : {}) };
}

export const settingsHandlers: HandlerMap<keyof typeof settingsApi> = {
  'settings-get': (_input, ctx) => readOfficeSettings(ctx.db),
  'settings-save': (input, ctx) =>
    ctx.db.transaction(() => {
      const before = readOfficeSettings(ctx.db);
      ctx.db
        .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
        .run(OFFICE_KEY, JSON.stringify(input));
      const changes = diff(before, input);
      // The audit trail records that the picture changed, not its bytes.
      if (changes.emblem) changes.emblem = [before.emblem && 'รูปภาพเดิม', input.emblem && 'รูปภาพใหม่'];
      if (Object.keys(changes).length) ctx.audit({ entity: 'settings', entityId: OFFICE_KEY, action: 'update', details: changes });
      return input;
    })(),
};
