import type { Db } from '../db/open';

/** One JSON value of the `settings` table, or undefined when the key was never written. */
export function readSetting(db: Db, key: string): unknown {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
}

export function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
