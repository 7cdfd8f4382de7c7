import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { tempDir, testCore } from '../helpers/core';

describe('migration 0009 (appointment orders, volunteer photos and cards) on a version 7 register', () => {
  it('keeps every term as it was, without an order, and lets an order renew them', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    fs.copyFileSync(path.resolve('tests/fixtures/db/schema-v7.sqlite'), file);
    const old = new Database(file, { readonly: true });
    const terms = old.prepare('SELECT * FROM volunteer_terms ORDER BY id').all() as Record<string, unknown>[];
    old.close();
    expect(terms.length).toBeGreaterThan(0);

    const core = testCore({ dataDir, now: () => new Date('2026-11-24T03:00:00Z') });
    const db = new Database(file, { readonly: true });
    const after = db.prepare('SELECT * FROM volunteer_terms ORDER BY id').all() as Record<string, unknown>[];
    expect(after).toEqual(terms.map((t) => ({ ...t, order_id: null })));
    for (const table of ['appointment_orders', 'volunteer_photos', 'volunteer_cards']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    expect(db.prepare('SELECT version FROM schema_migrations WHERE version = 9').pluck().get()).toBe(9);
    db.close();

    const volunteer = terms[0].volunteer_id as number;
    const order = await core.call('order-create', { kind: 'renewal', orderNo: '1/2570', orderDate: '2026-11-24', termStart: '2026-12-01', termEnd: '2029-11-30', volunteerIds: [volunteer] });
    const detail = await core.call('volunteer-get', { id: volunteer });
    expect(detail.terms).toHaveLength(terms.filter((t) => t.volunteer_id === volunteer).length + 1);
    expect(order.members.map((m) => m.volunteerId)).toEqual([volunteer]);
  });
});
