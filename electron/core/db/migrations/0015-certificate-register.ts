import type { Migration } from './types';

/**
 * The office's register of certificate numbers (`12/2563`), for every certificate it gives: a
 * seminar's participants and speakers, and a volunteer's award (เกียรติบัตร อสร.ดีเด่น). A number
 * once given is never given again: the row outlives its holder (a participant removed, a speaker
 * deleted, an award deleted, a seminar deleted: the reference is cleared, the number stays
 * taken), because the paper that carries it may already be out of the office.
 * Replaces 0011's seminar_certificates, whose rows went with their holder and let the year's
 * highest number be given a second time.
 */
export const m0015: Migration = {
  version: 15,
  name: 'certificate register kept for good; award certificates',
  up(db) {
    db.exec(`
      CREATE TABLE certificates (
        fiscal_year    INTEGER NOT NULL,               -- B.E., of the date the certificate is given
        number         INTEGER NOT NULL CHECK (number > 0),
        seminar_id     INTEGER REFERENCES seminars (id) ON DELETE SET NULL,
        participant_id INTEGER UNIQUE REFERENCES seminar_participants (id) ON DELETE SET NULL,
        speaker_id     INTEGER UNIQUE REFERENCES seminar_speakers (id) ON DELETE SET NULL,
        award_id       INTEGER UNIQUE REFERENCES volunteer_awards (id) ON DELETE SET NULL,
        issued_at      TEXT NOT NULL,
        PRIMARY KEY (fiscal_year, number),
        -- One holder at most: none once the holder is gone, the number still taken.
        CHECK ((participant_id IS NOT NULL) + (speaker_id IS NOT NULL) + (award_id IS NOT NULL) <= 1)
      ) STRICT;
      INSERT INTO certificates (fiscal_year, number, seminar_id, participant_id, speaker_id, issued_at)
        SELECT fiscal_year, number, seminar_id, participant_id, speaker_id, issued_at FROM seminar_certificates;
      DROP TABLE seminar_certificates;
      CREATE INDEX certificates_seminar ON certificates (seminar_id);
    `);
  },
};
