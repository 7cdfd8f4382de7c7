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
  const dismissed = new Set((db.prepare('SELECT a, b FROM volunteer_not_duplicates').all() as { a: number; b: number }[]).map((d) => key(d.a, d.b)));
  const found = new Map<string, Set<DuplicateReason>>();
  const add = (a: Row, b: Row, reason: DuplicateReason) => {
    const k = key(a.id, b.id);
    if (dismissed.has(k)) return;
    if (!found.has(k)) found.set(k, new Set());
    found.get(k)!.add(reason);
  };
  const pairsIn = (groups: Map<string, Row[]>, judge: (a: Row, b: Row) => void) => {
    for (const group of groups.values()) {
      if (group.length < 2 || group.length > MAX_GROUP) continue;
      for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) judge(group[i], group[j]);
    }
  };
  const groupBy = (keyOf: (r: Row) => string[]) => {
    const groups = new Map<string, Row[]>();
    for (const r of rows) {
      for (const k of keyOf(r)) {
        const group = groups.get(k);
        if (group) group.push(r);
        else groups.set(k, [r]);
      }
    }
    return groups;
  };

  pairsIn(groupBy((r) => (r.nameKey ? [r.nameKey] : [])), (a, b) => {
    if (a.birthDate && b.birthDate && a.birthDate !== b.birthDate) return;
    add(a, b, a.birthDate && b.birthDate ? 'name-birth' : 'same-name');
    if (a.termStart && b.termStart && a.termStart !== b.termStart) add(a, b, 'reappointed');
  });
  pairsIn(groupBy((r) => {
    const p = normalizePhone(r.phone);
    return isCanonicalPhone(p) ? [p] : [];
  }), (a, b) => add(a, b, 'phone'));
  // Compared on the first 12 digits: the 13th is a check digit computed from them, so a typo in
  // one digit (or two swapped) changes it too. One digit apart: blanking that digit makes them equal.
  // IDs issued in one district run in sequence, so two people of a province's register are often
  // one digit apart: the pair is offered only when the first or the last name is the same too.
  const body = (r: Row) => r.nationalId.slice(0, 12);
  const sameName = (a: Row, b: Row) => a.firstName === b.firstName || a.lastName === b.lastName;
  const idTypo = (a: Row, b: Row) => sameName(a, b) && add(a, b, 'id-typo');
  pairsIn(groupBy((r) => Array.from(body(r), (_, i) => `${body(r).slice(0, i)}_${body(r).slice(i + 1)}`)), idTypo);
  const byBody = new Map(rows.map((r) => [body(r), r]));
  for (const r of rows) {
    const d = body(r);
    for (let i = 0; i + 1 < d.length; i++) {
      if (d[i] === d[i + 1]) continue;
      const twin = byBody.get(`${d.slice(0, i)}${d[i + 1]}${d[i]}${d.slice(i + 2)}`);
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
