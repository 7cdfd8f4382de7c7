import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyVolunteer } from '@shared/schemas/volunteer';
import { fromThaiDigits, toThaiDigits } from '@shared/thai/digits';
import { auditWriter, readAudit } from '../../electron/core/audit';
import { openDatabase } from '../../electron/core/db/open';
import { allPlaces, isKnownPlace } from '../../electron/core/geo/dataset';
import { toRow, volunteerBulkInserter, volunteerInserter } from '../../electron/core/volunteers/repository';
import { generateVolunteers } from '../../electron/core/volunteers/sample';
import { checkRow } from '../../electron/core/spreadsheets/import/volunteer-rows';

/**
 * The fast paths of the import's row checks (issue 7's 10,000-row target) give what the plain
 * code they replaced gave: the same blank form, the same tidied text, the same known places.
 */
describe('import row checks', () => {
  it('starts every row from the form\'s blank volunteer', () => {
    expect(checkRow([], 3, []).input).toEqual(emptyVolunteer);
    expect(checkRow(['x'], 3, [{ index: 0, header: 'ไม่รู้จัก', field: null, samples: [] }]).input).toEqual(emptyVolunteer);
  });

  it('tidies spaces exactly as replace(/\\s+/g, " ").trim() does, keeping tidy cells as they are', () => {
    const cells = [
      'สมชาย', 'สม ชาย', 'สม  ชาย', ' สมชาย', 'สมชาย ', 'สม\tชาย', 'สม\u00a0ชาย', '\u3000สมชาย', 'สม\nชาย', 'a \n b',
      '\ufeffสมชาย', 'สม\u200bชาย', '  ', ' ', '', 'a b c', 'a b  c', 'ab\r\n', '\u2028x', 'x\u202fy',
    ];
    const columns = [{ index: 0, header: 'LINE ID', field: 'lineId', samples: [] }];
    for (const cell of cells) {
      const input = checkRow([cell], 3, columns).input;
      expect(input.lineId, JSON.stringify(cell)).toBe(cell.replace(/\s+/g, ' ').trim());
    }
    const moo = [{ index: 0, header: 'หมู่ที่', field: 'address.moo', samples: [] }];
    for (const cell of [' ๑๒ ', '๓  ก', '4']) {
      expect(checkRow([cell], 3, moo).input.address.moo).toBe(fromThaiDigits(cell.replace(/\s+/g, ' ').trim()));
    }
    // The house number too, in its own column or in a whole-address cell: one address never mixes `๑๒/๓ หมู่ที่ 4`.
    expect(checkRow(['๑๒/๓'], 3, [{ index: 0, header: 'บ้านเลขที่', field: 'address.houseNo', samples: [] }]).input.address.houseNo).toBe('12/3');
    expect(checkRow(['๑๒/๓ ม.๔ ต.บ่อยาง'], 3, [{ index: 0, header: 'ที่อยู่', field: 'address.full', samples: [] }]).input.address).toMatchObject({ houseNo: '12/3', moo: '4' });
    expect(fromThaiDigits(toThaiDigits('0812345678'))).toBe('0812345678');
    expect(fromThaiDigits('ไม่มีเลขไทย')).toBe('ไม่มีเลขไทย');
  });

  it('knows every place of the dataset and no mix of two places', () => {
    const places = allPlaces();
    const key = (p: { province: string; district: string; subdistrict: string }) => `${p.province}|${p.district}|${p.subdistrict}`;
    const all = new Set(places.map(key));
    for (const p of places) expect(isKnownPlace(p)).toBe(true);
    // Each subdistrict under its neighbour's district and province: known only where the dataset says so.
    for (let i = 1; i < places.length; i += 7) {
      const mixed = { ...places[i], district: places[i - 1].district, province: places[i - 1].province };
      expect(isKnownPlace(mixed)).toBe(all.has(key(mixed)));
    }
    expect(isKnownPlace({ province: 'สงขลา', district: 'หาดใหญ่', subdistrict: '' })).toBe(false);
    expect(isKnownPlace({ province: 'ไม่มี', district: 'หาดใหญ่', subdistrict: 'คอหงส์' })).toBe(false);
  });
});

describe('bulk insert path', () => {
  it('binds every column by position to the value toRow names it with, and audits with one time and operator', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-desk-insert-'));
    const db = openDatabase(path.join(dir, 'test.sqlite'));
    try {
      const insert = volunteerInserter(db);
      const at = new Date('2024-10-01T03:04:05.678Z');
      const audit = auditWriter(db, '', at);
      for (const v of generateVolunteers(50, { seed: 11 })) {
        const id = insert(v, at.toISOString());
        audit({ entity: 'volunteer', entityId: String(id), action: 'import', details: { file: 'ก.xlsx', row: id + 2 } });
        const stored = db.prepare('SELECT * FROM volunteers WHERE id = ?').get(id) as Record<string, unknown>;
        expect(stored).toMatchObject({ ...toRow(v), status: 'active', created_at: at.toISOString(), updated_at: at.toISOString() });
        expect(db.prepare('SELECT rowid FROM volunteers_fts WHERE volunteers_fts MATCH ?').pluck().all(`"${v.nationalId}"`)).toEqual([id]);
        expect(readAudit(db, 'volunteer', String(id))).toEqual([
          { id: expect.any(Number), at: at.toISOString(), operator: 'ไม่ระบุชื่อผู้ใช้', entity: 'volunteer', entityId: String(id), action: 'import', details: { file: 'ก.xlsx', row: id + 2 } },
        ]);
      }
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bulk insert for imports', () => {
  it('leaves the same rows, terms, trigram index and search results as inserting one by one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-desk-bulk-'));
    const one = openDatabase(path.join(dir, 'one.sqlite'));
    const bulk = openDatabase(path.join(dir, 'bulk.sqlite'));
    try {
      const people = generateVolunteers(300, { seed: 12 }).map((v, i) =>
        // Some without any term field, some with only one of them.
        i % 5 === 0 ? { ...v, appointmentOrderNo: '', appointmentDate: null, termStart: null, termEnd: null }
        : i % 5 === 1 ? { ...v, appointmentOrderNo: 'ที่ 12/2567', appointmentDate: null, termStart: null, termEnd: null }
        : i % 5 === 2 ? { ...v, appointmentOrderNo: '', appointmentDate: null, termStart: null, termEnd: '2027-09-30' }
        : v,
      );
      const at = '2024-10-01T00:00:00.000Z';
      // Both start after existing people, as an import into a register does.
      for (const db of [one, bulk]) {
        const insert = volunteerInserter(db);
        db.transaction(() => generateVolunteers(20, { seed: 13 }).forEach((v) => insert(v, at)))();
      }
      const single = volunteerInserter(one);
      const ids1 = one.transaction(() => people.map((v) => single(v, at)))();
      const many = volunteerBulkInserter(bulk);
      const ids2 = bulk.transaction(() => {
        const ids = people.map((v) => many.add(v, at));
        many.finish();
        return ids;
      })();
      expect(ids2).toEqual(ids1);
      for (const sql of [
        'SELECT * FROM volunteers ORDER BY id',
        'SELECT * FROM volunteer_terms ORDER BY id',
        'SELECT * FROM volunteers_fts_docsize ORDER BY id',
      ]) {
        expect(bulk.prepare(sql).all(), sql).toEqual(one.prepare(sql).all());
      }
      expect(bulk.prepare('SELECT count(*) FROM volunteer_terms').pluck().get()).toBeGreaterThan(200);
      bulk.exec("INSERT INTO volunteers_fts (volunteers_fts) VALUES ('integrity-check')");
      const search = (db: typeof one, q: string) => db.prepare('SELECT rowid FROM volunteers_fts WHERE volunteers_fts MATCH ? ORDER BY rowid').pluck().all(q);
      for (const v of people.slice(0, 40)) {
        for (const q of [`"${v.nationalId}"`, `"${v.firstName.slice(0, 3)}"`, `"${v.lastName}"`]) expect(search(bulk, q), q).toEqual(search(one, q));
      }
    } finally {
      one.close();
      bulk.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
