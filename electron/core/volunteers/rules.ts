import { defaultVolunteerRules, volunteerRules, type VolunteerRules } from '@shared/schemas/volunteer';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../settings/store';

const RULES_KEY = 'volunteer-rules';

export function readVolunteerRules(db: Db): VolunteerRules {
  const stored = readSetting(db, RULES_KEY);
  if (stored === undefined) return defaultVolunteerRules;
  const parsed = volunteerRules.partial().safeParse(stored);
  return { ...defaultVolunteerRules, ...(parsed.success ? parsed.data : {}) };
}

export function writeVolunteerRules(db: Db, rules: VolunteerRules): void {
  writeSetting(db, RULES_KEY, rules);
}

export const VOLUNTEER_RULES_KEY = RULES_KEY;
