import type { DuplicatePair, DuplicateReason } from '@shared/api/volunteer-merge';
import { isCanonicalPhone, normalizePhone } from '@shared/thai/phone';
import type { Db } from '../db/open';
import { readVolunteer } from './repository';

/** More pairs than a clerk will look at in one sitting; the rest come after these are settled. */
const MAX_PAIRS = 300;
/** A number or name shared by more rows than this is an office's (a shared phone), not one person's. */
const MAX_GROUP = 12;

interface Row {
  id: number;
  nameKey: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  phone: string;
  nationalId: string;
  termStart: string | null;
  /** The ID's first 12 digits as a number (exact below 2^53), set after reading. */
  body: number;
}

const key = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);

/**
 * Rows of the register that may be one person entered twice: the same name and birth date, the
 * same name with a birth date missing, the same name under another appointment (a re-appointed
 * person added as a new row), the same phone, or national IDs one digit apart or with two
 * adjacent digits swapped. Erased records and pairs dismissed as different people are left out.
 */
export function findDuplicates(db: Db): DuplicatePair[] {
  const rows = db
    .prepare(
      `SELECT id, replace(first_name || last_name, ' ', '') AS nameKey, first_name AS firstName, last_name AS lastName, birth_date AS birthDate, phone, national_id AS nationalId,
              coalesce(term_start, appointment_date) AS termStart
       FROM volunteers WHERE erased_at IS NULL AND national_id IS NOT NULL ORDER BY id`,
    )
    .all() as Row[];
  for (const r of rows) r.body = Number(r.nationalId.slice(0, 12));
  const dismissed = new Set((db.prepare('SELECT a, b FROM volunteer_not_duplicates').all() as { a: number; b: number }[]).map((d) => key(d.a, d.b)));
  const found = new Map<string, Set<DuplicateReason>>();
  const add = (a: Row, b: Row, reason: DuplicateReason) => {
    const k = key(a.id, b.id);
    if (dismissed.has(k)) return;
    if (!found.has(k)) found.set(k, new Set());
    found.get(k)!.add(reason);
  };
  /**
   * Calls `judge` for each pair of rows that share a key. Most keys are held by one row, so only
   * the first holder is remembered and a list is made on a second: at 100,000 rows and the twelve
   * keys of the ID check, lists for every key would cost seconds of allocation.
   */
  const sharing = <K extends string | number>(keyOf: (r: Row) => K | null, judge: (a: Row, b: Row) => void) => {
    const first = new Map<K, Row>();
    const more = new Map<K, Row[]>();
    for (const r of rows) {
      const k = keyOf(r);
      if (k === null || k === '') continue;
      const holder = first.get(k);
      if (!holder) {
        first.set(k, r);
        continue;
      }
      const group = more.get(k);
      if (group) group.push(r);
      else more.set(k, [holder, r]);
    }
    for (const group of more.values()) {
      if (group.length > MAX_GROUP) continue;
      for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) judge(group[i], group[j]);
    }
  };

  sharing((r) => r.nameKey || null, (a, b) => {
    if (a.birthDate && b.birthDate && a.birthDate !== b.birthDate) return;
    add(a, b, a.birthDate && b.birthDate ? 'name-birth' : 'same-name');
    if (a.termStart && b.termStart && a.termStart !== b.termStart) add(a, b, 'reappointed');
  });
  sharing((r) => {
    const p = normalizePhone(r.phone);
    return isCanonicalPhone(p) ? p : null;
  }, (a, b) => add(a, b, 'phone'));
  // Compared on the first 12 digits: the 13th is a check digit computed from them, so a typo in
  // one digit (or two swapped) changes it too. One digit apart: blanking that digit makes them equal.
  // IDs issued in one district run in sequence, so two people of a province's register are often
  // one digit apart: the pair is offered only when the first or the last name is the same too.
  // Keys by arithmetic on the number, not 1.2 million strings built.
  const PLACE = Array.from({ length: 12 }, (_, i) => 10 ** (11 - i));
  const digit = (n: number, i: number) => Math.floor(n / PLACE[i]) % 10;
  const sameName = (a: Row, b: Row) => a.firstName === b.firstName || a.lastName === b.lastName;
  const idTypo = (a: Row, b: Row) => sameName(a, b) && add(a, b, 'id-typo');
  for (let i = 0; i < 12; i++) {
    sharing((r) => r.body - digit(r.body, i) * PLACE[i], idTypo);
  }
  const byBody = new Map(rows.map((r) => [r.body, r]));
  for (const r of rows) {
    const n = r.body;
    for (let i = 0; i < 11; i++) {
      const [x, y] = [digit(n, i), digit(n, i + 1)];
      if (x === y) continue;
      const twin = byBody.get(n + (y - x) * PLACE[i] + (x - y) * PLACE[i + 1]);
      if (twin && twin.id > r.id) idTypo(r, twin);
    }
  }

  const seminars = db.prepare('SELECT count(DISTINCT seminar_id) FROM seminar_participants WHERE volunteer_id = ?').pluck();
  const terms = db.prepare('SELECT count(*) FROM volunteer_terms WHERE volunteer_id = ?').pluck();
  const side = (id: number) => ({ volunteer: readVolunteer(db, id)!, seminars: seminars.get(id) as number, terms: terms.get(id) as number });
  return [...found.entries()].slice(0, MAX_PAIRS).map(([k, reasons]) => {
    const [a, b] = k.split(':').map(Number);
    return { a: side(a), b: side(b), reasons: [...reasons] };
  });
}

/** "ไม่ใช่คนเดียวกัน": the pair is remembered and not offered again. */
export function dismissPair(db: Db, a: number, b: number, at: string): void {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  db.prepare('INSERT OR IGNORE INTO volunteer_not_duplicates (a, b, dismissed_at) VALUES (?, ?, ?)').run(lo, hi, at);
}
