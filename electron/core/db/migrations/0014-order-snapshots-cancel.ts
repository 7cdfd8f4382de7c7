import type { Migration } from './types';

/**
 * Appointment orders as they were issued, and their cancellation (ยกเลิกคำสั่ง).
 *
 * - `appointment_order_people`: each person an order lists, as printed when it was issued (name
 *   with title, area, level, place in the list). A reprint shows these, not the register's rows,
 *   which may have changed since (a new surname, another area). Orders issued before this version
 *   take the register's rows as they are now: the best record left of what was printed.
 * - `appointment_orders.cancelled_*`: a cancelled order keeps its number and its list, says when
 *   and why it was cancelled, and the terms it created are removed (orders/cancel.ts).
 */
export const m0014: Migration = {
  version: 14,
  name: 'appointment order snapshots and cancellation',
  up(db) {
    db.exec(`
      CREATE TABLE appointment_order_people (
        id               INTEGER PRIMARY KEY,
        order_id         INTEGER NOT NULL REFERENCES appointment_orders (id),
        volunteer_id     INTEGER NOT NULL REFERENCES volunteers (id),
        seq              INTEGER NOT NULL,                 -- place in the printed list
        name             TEXT NOT NULL,                    -- with the title, as printed
        area_subdistrict TEXT NOT NULL DEFAULT '',
        area_district    TEXT NOT NULL DEFAULT '',
        level            TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX appointment_order_people_order ON appointment_order_people (order_id, seq);
      CREATE INDEX appointment_order_people_volunteer ON appointment_order_people (volunteer_id);

      INSERT INTO appointment_order_people (order_id, volunteer_id, seq, name, area_subdistrict, area_district, level)
      SELECT t.order_id, v.id,
             row_number() OVER (PARTITION BY t.order_id ORDER BY v.area_district, v.area_subdistrict, v.sort_name, v.id),
             trim(v.title || v.first_name || ' ' || v.last_name), v.area_subdistrict, v.area_district, v.level
      FROM volunteer_terms t JOIN volunteers v ON v.id = t.volunteer_id
      WHERE t.order_id IS NOT NULL;

      ALTER TABLE appointment_orders ADD COLUMN cancelled_on TEXT;                    -- the date of cancellation
      ALTER TABLE appointment_orders ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
      ALTER TABLE appointment_orders ADD COLUMN cancelled_at TEXT;                    -- when it was recorded
    `);
  },
};
