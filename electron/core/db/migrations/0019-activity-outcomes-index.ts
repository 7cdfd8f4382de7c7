import type { Migration } from './types';

/**
 * The outcomes of referrals, by date. A report counts referrals per agency with their outcomes
 * (helped, not helped); the outcome is not in `activities_date`, so every referral-kind row of the
 * period was looked up in the table for it, the monthly grid's too, which never carry one. On
 * the worst case (every volunteer, kind and month: 96,000 grid referral rows a year) those
 * lookups alone took a province's fiscal-year report past its 500 ms. Only the detailed form's
 * rows carry an outcome: this index holds just those, so a report reads the outcomes from it and
 * the records and people from `activities_date`, and neither touches the table.
 */
export const m0019: Migration = {
  version: 19,
  name: 'activity outcomes index',
  up(db) {
    db.exec('CREATE INDEX activities_outcome ON activities (date, kind_id, volunteer_id, agency, outcome) WHERE outcome IS NOT NULL');
  },
};
