import type { VolunteerList, VolunteerListRow, VolunteerSort, volunteerListQuery } from '@shared/api/volunteers';
import { addDays } from '@shared/thai/dates';
import type { z } from 'zod';
import type { Db } from '../db/open';
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
}

/**
 * The WHERE and ORDER BY of a list query. Every word typed must appear in the search text; words of
 * three or more characters go through the FTS5 trigram index (a LIKE on an FTS5 trigram table is
 * answered from the index), so a substring inside a Thai word is found without scanning the table.
 */
export function listSql(q: Query, today: string): ListSql {
  const conds: string[] = [];
  const params: (string | number)[] = [];
  const words = queryWords(q.q);
  const indexed = words.filter((w) => [...w].length >= TRIGRAM);
  const short = words.filter((w) => [...w].length < TRIGRAM);
  if (indexed.length) {
    conds.push(`v.id IN (SELECT rowid FROM volunteers_fts WHERE ${indexed.map(() => 'search_text LIKE ?').join(' AND ')})`);
    params.push(...indexed.map((w) => `%${w}%`));
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
  if (q.termEndsWithinDays !== null) {
    conds.push("v.term_end BETWEEN ? AND ? AND v.status = 'active'");
    params.push(today, addDays(today, q.termEndsWithinDays));
  }
  const dir = q.sortDir === 'desc' ? 'DESC' : 'ASC';
  const orderBy = [...ORDER[q.sortBy], 'v.id'].map((c) => `${c} ${dir}`).join(', ');
  return { where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params, orderBy };
}

const ROW_COLUMNS = `v.id, v.title, v.first_name, v.last_name, v.national_id, v.phone, v.level, v.area_subdistrict,
  v.area_district, v.status, v.term_end, v.erased_at`;

export function pageSql(s: ListSql): string {
  return `SELECT ${ROW_COLUMNS} FROM volunteers v ${s.where} ORDER BY ${s.orderBy} LIMIT ? OFFSET ?`;
}

export function countSql(s: ListSql): string {
  return `SELECT count(*) FROM volunteers v ${s.where}`;
}

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
  const raw = db.prepare(pageSql(s)).all(...s.params, q.pageSize, (q.page - 1) * q.pageSize) as RawRow[];
  const total = db.prepare(countSql(s)).pluck().get(...s.params) as number;
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
