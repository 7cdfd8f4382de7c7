import type { Migration } from './types';

/**
 * Appointment orders (คำสั่งแต่งตั้ง) and volunteer ID cards.
 *
 * An order is numbered and dated once; each person it appoints gets a term row that points at it
 * (`volunteer_terms.order_id`), so a term's order number and date are never retyped and the order's
 * list is the terms that point at it. Terms made before orders existed keep `order_id` NULL.
 *
 * A volunteer's photos are files under `photos/volunteer-<id>/` like seminar photos: a file never
 * changes, the newest row is the photo in use, older rows are kept (backup/photos.ts). Each card
 * printed is a row: the card number stays the person's, `issue_no` counts the prints (ฉบับที่ 2 …).
 */
export const m0009: Migration = {
  version: 9,
  name: 'appointment orders and volunteer cards',
  up(db) {
    db.exec(`
      CREATE TABLE appointment_orders (
        id              INTEGER PRIMARY KEY,
        order_no        TEXT NOT NULL UNIQUE,              -- as printed after ที่: 12/2568
        order_date      TEXT NOT NULL,
        kind            TEXT NOT NULL CHECK (kind IN ('new', 'renewal')),
        term_start      TEXT NOT NULL,
        term_end        TEXT NOT NULL,
        legal_basis     TEXT NOT NULL,
        signer_name     TEXT NOT NULL DEFAULT '',
        signer_position TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL
      ) STRICT;
      CREATE INDEX appointment_orders_date ON appointment_orders (order_date, id);

      ALTER TABLE volunteer_terms ADD COLUMN order_id INTEGER REFERENCES appointment_orders (id);
      CREATE INDEX volunteer_terms_order ON volunteer_terms (order_id) WHERE order_id IS NOT NULL;

      CREATE TABLE volunteer_photos (
        id           INTEGER PRIMARY KEY,
        volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
        path         TEXT NOT NULL,                        -- relative to the data folder
        mime         TEXT NOT NULL,
        size         INTEGER NOT NULL,
        created_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX volunteer_photos_volunteer ON volunteer_photos (volunteer_id, id);

      CREATE TABLE volunteer_cards (
        id           INTEGER PRIMARY KEY,
        volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
        card_no      TEXT NOT NULL,
        issue_no     INTEGER NOT NULL CHECK (issue_no > 0),
        term_start   TEXT,
        term_end     TEXT,
        issued_on    TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        UNIQUE (volunteer_id, issue_no)
      ) STRICT;
      CREATE INDEX volunteer_cards_no ON volunteer_cards (card_no);
    `);
  },
};
