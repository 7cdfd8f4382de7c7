import type { Migration } from './types';

/**
 * A contact's national ID and address: what the speaker receipt (ใบสำคัญรับเงิน) asks of a payee,
 * so a speaker picked from the contacts starts with them instead of dotted lines. Blank for the
 * contacts already kept.
 */
export const m0016: Migration = {
  version: 16,
  name: 'contact national ID and address',
  up(db) {
    db.exec(`
      ALTER TABLE contacts ADD COLUMN national_id TEXT NOT NULL DEFAULT '';
      ALTER TABLE contacts ADD COLUMN address TEXT NOT NULL DEFAULT '';
    `);
  },
};
