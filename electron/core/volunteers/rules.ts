import { defaultVolunteerRules, volunteerRules, type VolunteerRules } from '@shared/schemas/volunteer';
import type { Db } from '../db/open';

const RULES_KEY = 'volunteer-rules';

export function readVolunteerRules(db: Db): VolunteerRules {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(RULES_KEY) as string | undefined;
  if (!row) return defaultVolunteerRules;
  const parsed = volunteerRules.partial().safeParse(JSON.parse(row));
  return { ...defaultVolunteerRules, ...(parsed.success ? parsed.data : {}) };
}

export function writeVolunteerRules(db: Db, rules: VolunteerRules): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(RULES_KEY, JSON.stringify(rules));
}

export const VOLUNTEER_RULES_KEY = RULES_KEY;
