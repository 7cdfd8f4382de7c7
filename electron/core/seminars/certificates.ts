import type { CertificateNumbering } from '@shared/api/reports';
import type { Db } from '../db/open';

/** Whose certificate: a participant's or a speaker's row of the event. */
export type CertificateHolder = { participantId: number } | { speakerId: number };

/** The next number the office gives in a fiscal year: one past the highest given, 1 in a new year. */
export function nextCertificateNo(db: Db, fiscalYear: number): number {
  return ((db.prepare('SELECT max(number) FROM seminar_certificates WHERE fiscal_year = ?').pluck().get(fiscalYear) as number | null) ?? 0) + 1;
}

/** What the certificate dialog shows: the next number of the year and how many of this event already hold one. */
export function certificateNumbering(db: Db, seminarId: number, fiscalYear: number): CertificateNumbering {
  const held = db.prepare('SELECT count(*) FROM seminar_certificates WHERE seminar_id = ?').pluck().get(seminarId) as number;
  return { fiscalYear, next: nextCertificateNo(db, fiscalYear), held };
}

const holderKey = (h: CertificateHolder) => ('participantId' in h ? `p${h.participantId}` : `s${h.speakerId}`);

/**
 * Each holder's certificate number as printed (`12/2563`). A holder who was given one keeps it (a
 * reprint carries the same number, in the year it was given); the others get the free numbers of
 * `fiscalYear` from `startNo` (the next number unless the clerk typed another), in order, skipping
 * any already given, so two people never share a number. In the order of `holders`; runs inside
 * the caller's transaction.
 */
export function assignCertificateNumbers(
  db: Db,
  seminarId: number,
  holders: CertificateHolder[],
  fiscalYear: number,
  startNo: number | undefined,
  at: string,
): { number: number; fiscalYear: number }[] {
  const given = new Map(
    (db.prepare('SELECT participant_id AS p, speaker_id AS s, number, fiscal_year AS fiscalYear FROM seminar_certificates WHERE seminar_id = ?').all(seminarId) as {
      p: number | null;
      s: number | null;
      number: number;
      fiscalYear: number;
    }[]).map((r) => [r.p !== null ? `p${r.p}` : `s${r.s}`, { number: r.number, fiscalYear: r.fiscalYear }]),
  );
  const taken = db.prepare('SELECT 1 FROM seminar_certificates WHERE fiscal_year = ? AND number = ?');
  const insert = db.prepare(
    'INSERT INTO seminar_certificates (fiscal_year, number, seminar_id, participant_id, speaker_id, issued_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let candidate = startNo ?? nextCertificateNo(db, fiscalYear);
  return holders.map((h) => {
    const kept = given.get(holderKey(h));
    if (kept) return kept;
    while (taken.get(fiscalYear, candidate)) candidate++;
    insert.run(fiscalYear, candidate, seminarId, 'participantId' in h ? h.participantId : null, 'speakerId' in h ? h.speakerId : null, at);
    return { number: candidate++, fiscalYear };
  });
}
