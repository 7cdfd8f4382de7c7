import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/core';
import { tempDir, testCore } from '../helpers/core';

describe('migration 0014 (orders as printed, cancellation) on a version 12 register', () => {
  it('keeps each order’s list as the register read when migrated, which a later rename does not change, and lets the order be cancelled', async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, DATABASE_FILE);
    fs.copyFileSync(path.resolve('tests/fixtures/db/schema-v12.sqlite'), file);
    const old = new Database(file, { readonly: true });
    const listed = old
      .prepare(
        `SELECT t.order_id AS orderId, v.id AS volunteerId, v.title || v.first_name || ' ' || v.last_name AS name, v.area_subdistrict AS areaSubdistrict, v.area_district AS areaDistrict, v.level
         FROM volunteer_terms t JOIN volunteers v ON v.id = t.volunteer_id WHERE t.order_id IS NOT NULL ORDER BY v.area_district, v.area_subdistrict, v.sort_name, v.id`,
      )
      .all() as { orderId: number; volunteerId: number; name: string; areaSubdistrict: string; areaDistrict: string; level: string }[];
    old.close();
    expect(listed.length).toBeGreaterThan(0);
    const orderId = listed[0].orderId;

    const core = testCore({ dataDir, now: () => new Date('2026-11-25T03:00:00Z') });
    const order = await core.call('order-get', { id: orderId });
    expect(order).toMatchObject({ cancelledOn: null, cancelReason: '', people: listed.length });
    expect(order.members).toEqual(listed.map(({ orderId: _, ...m }) => m));

    const first = listed[0];
    const { volunteer } = await core.call('volunteer-get', { id: first.volunteerId });
    await core.call('volunteer-update', { ...volunteer, lastName: 'สกุลใหม่หลังย้ายข้อมูล' });
    expect((await core.call('order-get', { id: orderId })).members[0].name).toBe(first.name);

    const cancelled = await core.call('order-cancel', { id: orderId, reason: 'ออกคำสั่งผิดคน', cancelledOn: '2026-11-25' });
    expect(cancelled).toMatchObject({ cancelledOn: '2026-11-25', people: listed.length });
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM volunteer_terms WHERE order_id = ?').pluck().get(orderId)).toBe(0);
    expect(db.prepare('SELECT version FROM schema_migrations WHERE version = 14').pluck().get()).toBe(14);
    db.close();
  });
});
