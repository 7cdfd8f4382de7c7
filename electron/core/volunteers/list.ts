import type { VolunteerList, VolunteerListRow, VolunteerSort, volunteerListQuery } from '@shared/api/volunteers';
import { addDays } from '@shared/thai/dates';
import type { z } from 'zod';
import type { Db } from '../db/open';
import { prepared } from '../db/prepared';
import { queryWords } from './search-text';

type Query = z.output<typeof volunteerListQuery>;

const ORDER: Record<VolunteerSort, string[]> = {
  name: ['v.sort_name'],
  nationalId: ['v.national_id'],
  district: ['v.area_district', 'v.area_subdistrict', 'v.sort_name'],
  level: ['v.level', 'v.sort_name'],
  status: ['v.status', 'v.sort_name'],
  termEnd: ['v.term_end', 'v.sort_name'],
};

/** The trigram index answers words of three or more characters; shorter ones are checked row by row. */
const TRIGRAM = 3;

export interface ListSql {
  where: string;
  params: (string | number)[];
  orderBy: string;
  /** The FTS5 query when the trigram index takes part (the queries then have two plans, see `plan`). */
  match: string | null;
  /** Whether the trigram match is the only condition. */
  matchOnly: boolean;
}

/** `"word"`: an FTS5 phrase, which on the trigram index matches the word as a substring. */
function phrase(word: string): string {
  return `"${word.replaceAll('"', '""')}"`;
}

/**
 * The WHERE and ORDER BY of a list query. Every word typed must appear in the search text; words of
 * three or more characters are matched as phrases on the FTS5 trigram index, so a substring inside
 * a Thai word is found from the index alone. Shorter words are checked row by row.
 */
export function listSql(q: Query, today: string): ListSql {
  const conds: string[] = [];
  const params: (string | number)[] = [];
  const words = queryWords(q.q);
  const indexed = words.filter((w) => [...w].length >= TRIGRAM);
  const short = words.filter((w) => [...w].length < TRIGRAM);
  if (indexed.length) {
    conds.push('v.id IN (SELECT rowid FROM volunteers_fts WHERE volunteers_fts MATCH ?)');
    params.push(indexed.map(phrase).join(' AND '));
  }
  for (const w of short) {
    conds.push('v.search_text LIKE ?');
    params.push(`%${w}%`);
  }
  const eq = (col: string, value: string) => {
    if (value) {
      conds.push(`${col} = ?`);
      params.push(value);
    }
  };
  eq('v.area_district', q.district);
  eq('v.area_subdistrict', q.subdistrict);
  eq('v.level', q.level);
  eq('v.status', q.status);
  if (q.notInSeminar !== null) {
    conds.push('v.id NOT IN (SELECT volunteer_id FROM seminar_participants WHERE seminar_id = ? AND volunteer_id IS NOT NULL)');
    params.push(q.notInSeminar);
  }
  if (q.attendedSeminar !== null) {
    conds.push(`v.id IN (SELECT p.volunteer_id FROM seminar_participants p JOIN seminar_attendance a ON a.participant_id = p.id
      WHERE p.seminar_id = ? AND a.status = 'present')`);
    params.push(q.attendedSeminar);
  }
  if (q.termEndsWithinDays !== null) {
    conds.push("v.term_end BETWEEN ? AND ? AND v.status = 'active'");
    params.push(today, addDays(today, q.termEndsWithinDays));
  }
  const dir = q.sortDir === 'desc' ? 'DESC' : 'ASC';
  const orderBy = [...ORDER[q.sortBy], 'v.id'].map((c) => `${c} ${dir}`).join(', ');
  const match = indexed.length ? indexed.map(phrase).join(' AND ') : null;
  return { where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params, orderBy, match, matchOnly: match !== null && conds.length === 1 };
}

/** Ids of every volunteer the filters match, in list order: the register's own query without paging. */
export function volunteerIdsMatching(db: Db, filter: Omit<Query, 'page' | 'pageSize'>, today: string): number[] {
  const s = listSql({ ...filter, page: 1, pageSize: 1 }, today);
  return db.prepare(`SELECT v.id FROM volunteers v ${s.where} ORDER BY ${s.orderBy}`).pluck().all(...s.params) as number[];
}

const ROW_COLUMNS = `v.id, v.title, v.first_name, v.last_name, v.national_id, v.phone, v.level, v.area_subdistrict,
  v.area_district, v.status, v.term_end, v.erased_at`;

/**
 * How many matches make looking rows up by id dearer than walking an index in order: up to this
 * many, matched rows are fetched by id (and sorted); above it, the other filters' or the ORDER BY
 * index is walked and each row checked against the matches (a page stops early).
 */
export const WALK_ABOVE = 1000;

/** The unary `+` keeps SQLite from looking rows up by the matched ids, so it walks an index. */
function plan(s: ListSql, many: boolean): string {
  return s.match !== null && many ? s.where.replace('v.id IN (SELECT rowid', '+v.id IN (SELECT rowid') : s.where;
}

export function pageSql(s: ListSql, many = false): string {
  return `SELECT ${ROW_COLUMNS} FROM volunteers v ${plan(s, many)} ORDER BY ${s.orderBy} LIMIT ? OFFSET ?`;
}

export function countSql(s: ListSql, many = false): string {
  return `SELECT count(*) FROM volunteers v ${plan(s, many)}`;
}

/** Counting the trigram matches alone needs no row at all. */
export const MATCH_COUNT_SQL = 'SELECT count(*) FROM volunteers_fts WHERE volunteers_fts MATCH ?';

interface RawRow {
  id: number;
  title: string;
  first_name: string;
  last_name: string;
  national_id: string | null;
  phone: string;
  level: string;
  area_subdistrict: string;
  area_district: string;
  status: VolunteerListRow['status'];
  term_end: string | null;
  erased_at: string | null;
}

export function listVolunteers(db: Db, q: Query, today: string): VolunteerList {
  const s = listSql(q, today);
  const matches = s.match === null ? null : (prepared(db, MATCH_COUNT_SQL).pluck().get(s.match) as number);
  const many = matches !== null && matches > WALK_ABOVE;
  const total = s.matchOnly ? (matches as number) : (prepared(db, countSql(s, many)).pluck().get(...s.params) as number);
  const raw = prepared(db, pageSql(s, many)).all(...s.params, q.pageSize, (q.page - 1) * q.pageSize) as RawRow[];
  const rows = raw.map((r) => ({
    id: r.id,
    title: r.title,
    firstName: r.first_name,
    lastName: r.last_name,
    nationalId: r.national_id,
    phone: r.phone,
    level: r.level,
    areaSubdistrict: r.area_subdistrict,
    areaDistrict: r.area_district,
    status: r.status,
    termEnd: r.term_end,
    erased: r.erased_at !== null,
  }));
  return { rows, total };
}
