import { defaultVolunteerRules, volunteerRules, type VolunteerRules } from '@shared/schemas/volunteer';
import type { Db } from '../db/open';
import { readSettingOverDefaults, writeSetting } from '../settings/store';

const RULES_KEY = 'volunteer-rules';

export function readVolunteerRules(db: Db): VolunteerRules {
  return readSettingOverDefaults(db, RULES_KEY, volunteerRules, defaultVolunteerRules);
}

export function writeVolunteerRules(db: Db, rules: VolunteerRules): void {
  writeSetting(db, RULES_KEY, rules);
}

