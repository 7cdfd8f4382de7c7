import type { Migration } from './types';

/**
 * Certificate numbers (`12/2563`): one running number per fiscal year across the office, kept
 * per person of an event (a participant or a speaker) so a reprint carries the number first
 * given. And what the speaker receipt (ใบสำคัญรับเงิน) asks of the payee: national ID and address,
 * kept on the speaker's row of the event like the rest of what was printed for them.
 */
export const m0011: Migration = {
  version: 11,
  name: 'certificate numbers; speaker national ID and address',
  up(db) {
    db.exec(`
      ALTER TABLE seminar_speakers ADD COLUMN national_id TEXT NOT NULL DEFAULT '';
      ALTER TABLE seminar_speakers ADD COLUMN address TEXT NOT NULL DEFAULT '';

      CREATE TABLE seminar_certificates (
        fiscal_year    INTEGER NOT NULL,               -- B.E., of the date the certificate is given
        number         INTEGER NOT NULL CHECK (number > 0),
        seminar_id     INTEGER NOT NULL REFERENCES seminars (id) ON DELETE CASCADE,
        participant_id INTEGER UNIQUE REFERENCES seminar_participants (id) ON DELETE CASCADE,
        speaker_id     INTEGER UNIQUE REFERENCES seminar_speakers (id) ON DELETE CASCADE,
        issued_at      TEXT NOT NULL,
        PRIMARY KEY (fiscal_year, number),
        CHECK ((participant_id IS NULL) <> (speaker_id IS NULL))
      ) STRICT;
      CREATE INDEX seminar_certificates_seminar ON seminar_certificates (seminar_id);
    `);
  },
};
