import { OFFICE_ACTIVITY_KIND_ID } from '@shared/schemas/activity';
import type { IsoDate } from '@shared/thai/dates';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';

/** What a volunteer's office activities add to one month of their work under ร่วมกิจกรรม/จิตอาสา. */
export interface OfficeActivityMonth {
  volunteerId: number;
  /** `YYYY-MM` */
  month: string;
  /** Days the volunteer was present at an office activity that month. */
  days: number;
  /** Records to add to what was keyed for the month under the kind. */
  entries: number;
  /** People reached to add to what was keyed for the month under the kind. */
  people: number;
}

/**
 * Office activities (events of the seminar form of kind 'activity', not cancelled) count in the
 * activity reports under ร่วมกิจกรรม/จิตอาสา (OFFICE_ACTIVITY_KIND_ID): each day a volunteer was
 * present at a session of is one record reaching one person, on that day. The event records no
 * people reached per volunteer; one per day counts the volunteer's own part, as a clerk keys a
 * day of volunteering from a paper report, and lets the day show in the kind's column.
 *
 * The clerk may also have keyed the same day from the volunteer's paper report, in the monthly
 * grid or the detailed form. So a month counts the larger of the two, never their sum: what was
 * keyed under the kind for that month (a grid cell, detailed records), or the days present. What
 * this adds is therefore `max(0, days − keyed)`, per volunteer and month, for records and people
 * alike. Months are whole in every period the reports read (month, quarter, fiscal year).
 *
 * Office activities are few: the events of the period are walked from the seminars (CROSS JOIN
 * keeps that order: left to itself SQLite went through every registered volunteer participant of
 * every event by `seminar_participants_by_volunteer`, 18,000 in the bench), and each (volunteer,
 * month) found looks up its own keyed rows by `activities_volunteer`.
 */
const OFFICE_ACTIVITY_MONTHS = `
  WITH present AS (
    SELECT p.volunteer_id AS volunteerId, substr(d.date, 1, 7) AS month, count(*) AS days
    FROM seminars s
    CROSS JOIN seminar_days d ON d.seminar_id = s.id AND d.date BETWEEN @start AND @end
    CROSS JOIN seminar_participants p ON p.seminar_id = s.id AND p.volunteer_id IS NOT NULL
    WHERE s.kind = 'activity' AND s.status <> 'cancelled'
      AND (@volunteerId IS NULL OR p.volunteer_id = @volunteerId)
      AND (@district = '' OR p.volunteer_id IN (SELECT id FROM volunteers WHERE area_district = @district))
      AND EXISTS (SELECT 1 FROM seminar_sessions ss JOIN seminar_attendance t ON t.session_id = ss.id
                  WHERE ss.day_id = d.id AND t.participant_id = p.id AND t.status = 'present')
    GROUP BY p.volunteer_id, month
  )
  SELECT e.volunteerId, e.month, e.days,
         max(0, e.days - count(a.id)) AS entries, max(0, e.days - coalesce(sum(a.people), 0)) AS people
  FROM present e
  LEFT JOIN activities a ON a.volunteer_id = e.volunteerId AND a.date BETWEEN e.month || '-01' AND e.month || '-31'
    AND a.kind_id = ${OFFICE_ACTIVITY_KIND_ID}
  WHERE EXISTS (SELECT 1 FROM activity_kinds WHERE id = ${OFFICE_ACTIVITY_KIND_ID})
  GROUP BY e.volunteerId, e.month
  ORDER BY e.volunteerId, e.month`;

/**
 * Office activities' months of volunteers in `start`–`end` (whole months), of one district or
 * volunteer if given. None if the office has removed the kind they count under.
 */
export function officeActivityMonths(
  db: Db,
  range: { start: IsoDate; end: IsoDate },
  of: { district?: string; volunteerId?: number } = {},
): OfficeActivityMonth[] {
  return prepared(db, OFFICE_ACTIVITY_MONTHS).all({ ...range, district: of.district ?? '', volunteerId: of.volunteerId ?? null }) as OfficeActivityMonth[];
}

/** Days present at office activities ever: they make their kind "in use", so it cannot be removed. */
export function officeActivityDays(db: Db): number {
  return officeActivityMonths(db, { start: '0000-01-01', end: '9999-12-31' }).reduce((n, m) => n + m.days, 0);
}
