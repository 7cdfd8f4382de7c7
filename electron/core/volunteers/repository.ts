import type { VolunteerSummary } from '@shared/api/volunteers';
import { VOLUNTEER_STATUSES, type Volunteer, type VolunteerData, type VolunteerStatus, type VolunteerStatusChange, type VolunteerTerm } from '@shared/schemas/volunteer';
import type { Db } from '../db/open';
import { searchText, sortName } from './search-text';

/** Column ← field of the form, in one place so insert, update and read agree. */
const COLUMNS = {
  title: 'title', first_name: 'firstName', last_name: 'lastName', first_name_en: 'firstNameEn', last_name_en: 'lastNameEn',
  national_id: 'nationalId', birth_date: 'birthDate', sex: 'sex', phone: 'phone', line_id: 'lineId', email: 'email',
  education: 'education', occupation: 'occupation', level: 'level', appointment_order_no: 'appointmentOrderNo',
  appointment_date: 'appointmentDate', term_start: 'termStart', term_end: 'termEnd', notes: 'notes',
} as const satisfies Record<string, keyof VolunteerData>;
const ADDRESS = {
  addr_house_no: 'houseNo', addr_moo: 'moo', addr_village: 'village', addr_soi: 'soi', addr_road: 'road',
  addr_subdistrict: 'subdistrict', addr_district: 'district', addr_province: 'province', addr_postcode: 'postcode',
} as const satisfies Record<string, keyof VolunteerData['address']>;
const AREA = { area_subdistrict: 'subdistrict', area_district: 'district', area_province: 'province' } as const;

type Row = Record<string, string | number | null>;

/** The row values of a volunteer's data, including the derived sort and search keys. */
export function toRow(v: VolunteerData): Row {
  const row: Row = {};
  for (const [col, field] of Object.entries(COLUMNS)) row[col] = v[field] as string | null;
  for (const [col, field] of Object.entries(ADDRESS)) row[col] = v.address[field];
  for (const [col, field] of Object.entries(AREA)) row[col] = v.area[field];
  row.sort_name = sortName(v);
  row.search_text = searchText(v);
  return row;
}

export function fromRow(r: Row): Volunteer {
  const v: Record<string, unknown> = {};
  for (const [col, field] of Object.entries(COLUMNS)) v[field] = r[col];
  v.address = Object.fromEntries(Object.entries(ADDRESS).map(([col, field]) => [field, r[col]]));
  v.area = Object.fromEntries(Object.entries(AREA).map(([col, field]) => [field, r[col]]));
  return {
    ...(v as unknown as VolunteerData),
    nationalId: (r.national_id as string | null) ?? '',
    id: r.id as number,
    status: r.status as VolunteerStatus,
    statusDate: r.status_date as string | null,
    erasedAt: r.erased_at as string | null,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
  };
}

const DATA_COLUMNS = [...Object.keys(COLUMNS), ...Object.keys(ADDRESS), ...Object.keys(AREA), 'sort_name', 'search_text'];
const FIELDS = Object.values(COLUMNS);
const ADDRESS_FIELDS = Object.values(ADDRESS);
const AREA_FIELDS = Object.values(AREA);

/**
 * A new row's values in the order of `DATA_COLUMNS` + status, created_at, updated_at: bound by
 * position, which spares building an object of 37 named values and binding each by name.
 */
function insertValues(v: VolunteerData, searchText: string, status: VolunteerStatus, at: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (const f of FIELDS) out.push(v[f]);
  for (const f of ADDRESS_FIELDS) out.push(v.address[f]);
  for (const f of AREA_FIELDS) out.push(v.area[f]);
  out.push(sortName(v), searchText, status, at, at);
  return out;
}

/** A new row's columns, in insertValues' order. */
const INSERT_COLUMNS = [...DATA_COLUMNS, 'status', 'created_at', 'updated_at'];
const INSERT_VOLUNTEER = `INSERT INTO volunteers (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map(() => '?').join(', ')})`;

/**
 * How a volunteer row is added (an import uses volunteerBulkInserter, below). The statements are
 * prepared once per inserter: sample data and benchmarks insert many rows. It also adds the row to
 * the trigram index: since migration 0005 no trigger does (a trigger made FTS5 flush its pending
 * terms at every row), so a row inserted any other way would not be found by the search box.
 */
export function volunteerInserter(db: Db) {
  const insert = db.prepare(INSERT_VOLUNTEER);
  const fts = db.prepare('INSERT INTO volunteers_fts (rowid, search_text) VALUES (?, ?)');
  const term = db.prepare('INSERT INTO volunteer_terms (volunteer_id, order_no, order_date, term_start, term_end) VALUES (?, ?, ?, ?, ?)');
  return (v: VolunteerData, at: string, status: VolunteerStatus = 'active'): number => {
    const search = searchText(v);
    const id = Number(insert.run(insertValues(v, search, status, at)).lastInsertRowid);
    fts.run(id, search);
    if (v.appointmentOrderNo || v.appointmentDate || v.termStart || v.termEnd) {
      term.run(id, v.appointmentOrderNo, v.appointmentDate, v.termStart, v.termEnd);
    }
    return id;
  };
}

/**
 * For an import: adds rows as `volunteerInserter` does, but their trigram rows and first terms
 * are added by `finish()` for all of them at once, two INSERT … SELECT statements instead of up to
 * 20,000 single-row ones. Call `finish()` in the same transaction, after the last `add`. The rows
 * get the same ids, the trigram index the same rows in the same (rowid) order, and each new
 * volunteer the same term row, under the same condition as `volunteerInserter`'s.
 */
export function volunteerBulkInserter(db: Db) {
  const insert = db.prepare(INSERT_VOLUNTEER);
  let first = 0;
  let last = 0;
  return {
    add(v: VolunteerData, at: string, status: VolunteerStatus = 'active'): number {
      const id = Number(insert.run(insertValues(v, searchText(v), status, at)).lastInsertRowid);
      if (first === 0) first = id;
      last = id;
      return id;
    },
    finish(): void {
      if (first === 0) return;
      db.prepare('INSERT INTO volunteers_fts (rowid, search_text) SELECT id, search_text FROM volunteers WHERE id BETWEEN ? AND ? ORDER BY id').run(first, last);
      // `COALESCE(x, '') <> ''` is the JavaScript truthiness volunteerInserter tests these by.
      db.prepare(
        `INSERT INTO volunteer_terms (volunteer_id, order_no, order_date, term_start, term_end)
         SELECT id, appointment_order_no, appointment_date, term_start, term_end FROM volunteers
         WHERE id BETWEEN ? AND ?
           AND (COALESCE(appointment_order_no, '') <> '' OR COALESCE(appointment_date, '') <> '' OR COALESCE(term_start, '') <> '' OR COALESCE(term_end, '') <> '')
         ORDER BY id`,
      ).run(first, last);
      first = last = 0;
    },
  };
}

/**
 * Reads volunteers by id through one prepared statement, for bulk work (an import comparing 50,000
 * people with the register): a statement prepared per read keeps its native memory until V8 happens
 * to collect it, and 50,000 of them took the core past 1.7 GB of RSS with 270 MB of heap in use.
 */
export function volunteerReader(db: Db): (id: number) => Volunteer | null {
  const select = db.prepare('SELECT * FROM volunteers WHERE id = ?');
  return (id) => {
    const r = select.get(id) as Row | undefined;
    return r ? fromRow(r) : null;
  };
}

export function readVolunteer(db: Db, id: number): Volunteer | null {
  return volunteerReader(db)(id);
}

/** Writes volunteers' data by id through prepared-once statements (see `volunteerReader` for why, in bulk). */
export function volunteerRowUpdater(db: Db): (id: number, v: VolunteerData, at: string) => void {
  const update = db.prepare(`UPDATE volunteers SET ${DATA_COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @at WHERE id = @id`);
  const latestTerm = db.prepare('SELECT id FROM volunteer_terms WHERE volunteer_id = ? ORDER BY id DESC LIMIT 1').pluck();
  const updateTerm = db.prepare('UPDATE volunteer_terms SET order_no = ?, order_date = ?, term_start = ?, term_end = ? WHERE id = ?');
  const insertTerm = db.prepare('INSERT INTO volunteer_terms (volunteer_id, order_no, order_date, term_start, term_end) VALUES (?, ?, ?, ?, ?)');
  return (id, v, at) => {
    update.run({ ...toRow(v), at, id });
    // The form edits the current term: keep the newest history row in step with it.
    const latest = latestTerm.get(id) as number | undefined;
    if (latest !== undefined) updateTerm.run(v.appointmentOrderNo, v.appointmentDate, v.termStart, v.termEnd, latest);
    else if (v.appointmentOrderNo || v.appointmentDate || v.termStart || v.termEnd) insertTerm.run(id, v.appointmentOrderNo, v.appointmentDate, v.termStart, v.termEnd);
  };
}

export function updateVolunteerRow(db: Db, id: number, v: VolunteerData, at: string): void {
  volunteerRowUpdater(db)(id, v, at);
}

export function readTerms(db: Db, id: number): VolunteerTerm[] {
  return db
    .prepare('SELECT id, order_no AS orderNo, order_date AS orderDate, term_start AS termStart, term_end AS termEnd FROM volunteer_terms WHERE volunteer_id = ? ORDER BY id')
    .all(id) as VolunteerTerm[];
}

export function readStatusChanges(db: Db, id: number): VolunteerStatusChange[] {
  return db
    .prepare(
      `SELECT id, from_status AS fromStatus, to_status AS toStatus, changed_on AS date, reason, recorded_at AS recordedAt
       FROM volunteer_status_changes WHERE volunteer_id = ? ORDER BY id`,
    )
    .all(id) as VolunteerStatusChange[];
}

export function idHolder(db: Db, nationalId: string, exceptId?: number): { id: number; name: string } | null {
  const r = db.prepare('SELECT id, title, first_name, last_name FROM volunteers WHERE national_id = ? AND id IS NOT ?').get(nationalId, exceptId ?? null) as
    | { id: number; title: string; first_name: string; last_name: string }
    | undefined;
  return r ? { id: r.id, name: `${r.title}${r.first_name} ${r.last_name}` } : null;
}

/**
 * Moves a volunteer to a new status and records the move in their history: the one place a status
 * changes (the status form, a new term after one ended, the sample register). Prepared once.
 */
export function statusChanger(db: Db) {
  const set = db.prepare('UPDATE volunteers SET status = ?, status_date = ?, updated_at = ? WHERE id = ?');
  const record = db.prepare(
    'INSERT INTO volunteer_status_changes (volunteer_id, from_status, to_status, changed_on, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return (id: number, from: VolunteerStatus, to: VolunteerStatus, date: string, reason: string, at: string): void => {
    set.run(to, date, at, id);
    record.run(id, from, to, date, reason, at);
  };
}

/** A new appointment: a row in the term history (with the order that made it, if any), and the volunteer's current term follows it. */
export function addTerm(db: Db, id: number, term: Omit<VolunteerTerm, 'id'>, orderId: number | null, at: string): void {
  const { orderNo, orderDate, termStart, termEnd } = term;
  db.prepare('INSERT INTO volunteer_terms (volunteer_id, order_no, order_date, term_start, term_end, order_id) VALUES (?, ?, ?, ?, ?, ?)').run(
    id, orderNo, orderDate, termStart, termEnd, orderId,
  );
  db.prepare('UPDATE volunteers SET appointment_order_no = ?, appointment_date = ?, term_start = ?, term_end = ?, updated_at = ? WHERE id = ?').run(
    orderNo, orderDate, termStart, termEnd, at, id,
  );
}

export function countVolunteers(db: Db): number {
  return db.prepare('SELECT count(*) FROM volunteers').pluck().get() as number;
}

/** The register's head counts: by status, by area of responsibility (district, then subdistrict), and the levels in use. */
export function volunteerSummary(db: Db): VolunteerSummary {
  const byStatus = Object.fromEntries(VOLUNTEER_STATUSES.map((s) => [s, 0])) as Record<VolunteerStatus, number>;
  for (const r of db.prepare('SELECT status, count(*) AS n FROM volunteers GROUP BY status').all() as { status: VolunteerStatus; n: number }[]) {
    byStatus[r.status] = r.n;
  }
  const areas = db
    .prepare(
      `SELECT area_district AS district, area_subdistrict AS subdistrict, count(*) AS count FROM volunteers
       WHERE area_district <> '' GROUP BY area_district, area_subdistrict ORDER BY area_district, area_subdistrict`,
    )
    .all() as { district: string; subdistrict: string; count: number }[];
  const districts: VolunteerSummary['districts'] = [];
  for (const a of areas) {
    if (districts.at(-1)?.district !== a.district) districts.push({ district: a.district, count: 0, subdistricts: [] });
    const d = districts.at(-1)!;
    d.count += a.count;
    if (a.subdistrict) d.subdistricts.push({ subdistrict: a.subdistrict, count: a.count });
  }
  const levels = db.prepare("SELECT DISTINCT level FROM volunteers WHERE level <> '' ORDER BY level").pluck().all() as string[];
  return {
    total: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
    erased: db.prepare('SELECT count(*) FROM volunteers WHERE erased_at IS NOT NULL').pluck().get() as number,
    districts,
    levels,
  };
}
