import type { z } from 'zod';
import type { Db } from '../db/open';

/** One JSON value of the `settings` table, or undefined when the key was never written. */
export function readSetting(db: Db, key: string): unknown {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
}

/**
 * A settings object as stored, over its defaults: fields added in later versions take their
 * defaults, and a stored object the schema no longer accepts gives the defaults.
 */
export function readSettingOverDefaults<T extends object>(db: Db, key: string, schema: z.ZodObject, defaults: T): T {
  const stored = readSetting(db, key);
  if (stored === undefined) return defaults;
  const parsed = schema.partial().safeParse(stored);
  return { ...defaults, ...(parsed.success ? (parsed.data as Partial<T>) : {}) };
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
