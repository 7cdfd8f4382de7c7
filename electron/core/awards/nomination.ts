import {
  defaultNominationCriteria,
  kindWeight,
  nominationCriteria,
  type NominationCriteria,
  type NominationRanking,
  type NominationRow,
} from '@shared/schemas/award';
import { OFFICE_ACTIVITY_KIND_ID, periodLabel } from '@shared/schemas/activity';
import { STATUS_LABELS, type VolunteerStatus } from '@shared/schemas/volunteer';
import { ageOn, fiscalYearRange, type IsoDate } from '@shared/thai';
import { kindList } from '../activities/kinds';
import { officeActivityMonths } from '../activities/office-activities';
import type { Db } from '../db/open';
import { readSettingOverDefaults, writeSetting } from '../settings/store';
import { awardsOfYear } from './repository';

const CRITERIA_KEY = 'nomination-criteria';

export function readNominationCriteria(db: Db): NominationCriteria {
  return readSettingOverDefaults(db, CRITERIA_KEY, nominationCriteria, defaultNominationCriteria);
}

export function writeNominationCriteria(db: Db, criteria: NominationCriteria): void {
  writeSetting(db, CRITERIA_KEY, criteria);
}

/** Volunteers serving in the year (the activity report's rule): not erased, not gone before it began, appointed before its end. */
const CANDIDATES = `
  SELECT v.id, v.title || v.first_name || ' ' || v.last_name AS name, v.area_district AS district, v.area_subdistrict AS subdistrict,
         v.sort_name AS sortName, v.status, (SELECT min(t.term_start) FROM volunteer_terms t WHERE t.volunteer_id = v.id) AS firstStart
  FROM volunteers v
  WHERE v.erased_at IS NULL AND (@district = '' OR v.area_district = @district)
    AND (v.status = 'active' OR v.status_date IS NULL OR v.status_date >= @start)
    AND COALESCE((SELECT min(t.term_start) FROM volunteer_terms t WHERE t.volunteer_id = v.id), '') <= @end`;

/** Records and people reached per volunteer and kind in the year, read through `activities_date`. */
const RECORDS = `
  SELECT a.volunteer_id AS id, a.kind_id AS kindId, count(*) AS records, sum(a.people) AS people
  FROM activities a WHERE a.date BETWEEN @start AND @end GROUP BY a.volunteer_id, a.kind_id`;

/**
 * Seminars, trainings and meetings of the fiscal year each volunteer attended (present at a session
 * at least). Office activities are not events here: they count as work under their kind, as the
 * activity report counts them (office-activities.ts), and once is enough.
 */
const EVENTS = `
  SELECT p.volunteer_id AS id, count(DISTINCT p.seminar_id) AS events
  FROM seminar_participants p JOIN seminars s ON s.id = p.seminar_id
  WHERE s.fiscal_year = @fiscalYear AND s.status <> 'cancelled' AND s.kind <> 'activity' AND p.volunteer_id IS NOT NULL
    AND EXISTS (SELECT 1 FROM seminar_attendance a WHERE a.participant_id = p.id AND a.status = 'present')
  GROUP BY p.volunteer_id`;

const thai = new Intl.Collator('th').compare;
/** Points are shown with at most two decimals; the score is the sum of the rounded parts, as the table adds up. */
const points = (x: number) => Math.round(x * 100) / 100;

/**
 * The อสร.ดีเด่น ranking of a fiscal year: each volunteer serving in it, scored by the criteria
 * (records per kind × the kind's weight, people reached, events attended, full years in office at
 * the year's end or today if sooner), highest first; those the minimum conditions leave out are
 * listed with the reason.
 */
export function rankNominees(db: Db, fiscalYear: number, district: string, criteria: NominationCriteria, today: IsoDate): NominationRanking {
  const range = fiscalYearRange(fiscalYear);
  const params = { ...range, district, fiscalYear };
  const people = db.prepare(CANDIDATES).all(params) as {
    id: number; name: string; district: string; subdistrict: string; sortName: string; status: VolunteerStatus; firstStart: IsoDate | null;
  }[];
  const all = kindList(db);
  const recorded = new Map<number, Map<number, { records: number; people: number }>>();
  for (const r of db.prepare(RECORDS).all(params) as { id: number; kindId: number; records: number; people: number }[]) {
    const mine = recorded.get(r.id) ?? new Map();
    recorded.set(r.id, mine);
    mine.set(r.kindId, r);
  }
  // Office activities of the year, under their kind, as the activity report adds them.
  for (const m of officeActivityMonths(db, range, { district })) {
    const mine = recorded.get(m.volunteerId) ?? new Map<number, { records: number; people: number }>();
    recorded.set(m.volunteerId, mine);
    const k = mine.get(OFFICE_ACTIVITY_KIND_ID) ?? { records: 0, people: 0 };
    mine.set(OFFICE_ACTIVITY_KIND_ID, { records: k.records + m.entries, people: k.people + m.people });
  }
  const events = new Map((db.prepare(EVENTS).all(params) as { id: number; events: number }[]).map((e) => [e.id, e.events]));
  const awards = awardsOfYear(db, fiscalYear);
  // A retired kind is a column only where the year used it.
  const usedKinds = new Set([...recorded.values()].flatMap((m) => [...m.keys()]));
  const kinds = all.filter((k) => k.active || usedKinds.has(k.id)).map((k) => ({ id: k.id, name: k.name, weight: kindWeight(criteria, k) }));
  const yearsAt = range.end < today ? range.end : today;

  const rows: (NominationRow & { sortName: string })[] = [];
  const excluded: NominationRanking['excluded'] = [];
  for (const p of people) {
    const name = p.name.trim();
    const mine = recorded.get(p.id) ?? new Map<number, { records: number; people: number }>();
    const records = kinds.map((k) => mine.get(k.id)?.records ?? 0);
    const total = records.reduce((a, b) => a + b, 0);
    const reached = [...mine.values()].reduce((a, r) => a + r.people, 0);
    const years = p.firstStart && p.firstStart <= yearsAt ? ageOn(p.firstStart, yearsAt) : 0;
    const reason =
      criteria.onlyActive && p.status !== 'active'
        ? `สถานะ${STATUS_LABELS[p.status]}`
        : years < criteria.minYears
          ? `ดำรงตำแหน่ง ${years} ปี (ขั้นต่ำ ${criteria.minYears} ปี)`
          : total === 0
            ? 'ไม่มีผลงานในปีงบประมาณนี้'
            : total < criteria.minRecords
              ? `มีผลงาน ${total} รายการ (ขั้นต่ำ ${criteria.minRecords} รายการ)`
              : null;
    if (reason) {
      excluded.push({ volunteerId: p.id, name, district: p.district, reason });
      continue;
    }
    const attended = events.get(p.id) ?? 0;
    const parts = {
      records: points(records.reduce((s, n, i) => s + n * kinds[i].weight, 0)),
      people: points(reached * criteria.peopleWeight),
      events: points(attended * criteria.eventWeight),
      years: points(years * criteria.yearWeight),
    };
    rows.push({
      rank: 0,
      volunteerId: p.id,
      name,
      district: p.district,
      subdistrict: p.subdistrict,
      years,
      records,
      people: reached,
      events: attended,
      parts,
      score: points(parts.records + parts.people + parts.events + parts.years),
      awards: awards.get(p.id) ?? [],
      sortName: p.sortName,
    });
  }
  rows.sort((a, b) => b.score - a.score || b.people - a.people || thai(a.district, b.district) || thai(a.sortName, b.sortName));
  return {
    fiscalYear,
    periodLabel: periodLabel({ fiscalYear, scope: 'year' }),
    district,
    criteria,
    kinds,
    rows: rows.map(({ sortName: _, ...r }, i) => ({ ...r, rank: i + 1 })),
    excluded: excluded.sort((a, b) => thai(a.district, b.district) || thai(a.name, b.name)),
  };
}
