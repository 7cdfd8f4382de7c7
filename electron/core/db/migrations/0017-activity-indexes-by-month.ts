import type { Migration } from './types';

/**
 * Activity indexes a grid save touches little of. A monthly grid save writes one kind for each of
 * a district's volunteers, scattered over the register's ids. Every index that starts with the
 * volunteer puts each of those rows on a page of its own, and every such page is written to the
 * WAL and later checkpointed into the file: 0008's indexes made a 670-cell save write about 650
 * pages when it changed counts and 1,200 when it added them, which cost more than the statements.
 *
 * - `activities_volunteer` keeps only (volunteer_id, date): the per-person reads (a volunteer's
 *   list and record of service, the grid's "has something this month", the foreign key to
 *   volunteers) still find their rows by it, and a changed count no longer rewrites its entry.
 *   Reports over the whole province now read `activities_date`, which carries what they count.
 * - `activities_grid_cell` (one grid row per volunteer, kind and month) starts with the month and
 *   the kind, so a save's new rows land together on a few pages.
 */
export const m0017: Migration = {
  version: 17,
  name: 'activity indexes by month',
  up(db) {
    db.exec(`
      DROP INDEX activities_volunteer;
      CREATE INDEX activities_volunteer ON activities (volunteer_id, date);
      DROP INDEX activities_grid_cell;
      CREATE UNIQUE INDEX activities_grid_cell ON activities (date, kind_id, volunteer_id) WHERE whole_month = 1;
    `);
  },
};
