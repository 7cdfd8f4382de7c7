import type { CertificateNumbering } from '@shared/api/reports';
import type { Db } from '../db/open';

/*
 * The office's register of certificate numbers (`12/2563`): one running number per fiscal year
 * (B.E., of the date the certificate is given) for every certificate the office gives, a seminar's
 * or an award's (migration 0015).
 *
 * The rule: a number is given only when certificates are issued (saved to a file to print), never
 * by a preview; once given it is the holder's for good (a reprint carries it) and it is never
 * given to anyone else, even when its holder is removed (the participant, speaker, award or
 * seminar deleted): the paper may already be out of the office, and two certificates with one
 * number is the worst a register can hold. So a freed number is never reused, the year's highest
 * included; the register keeps the row with no holder.
 */

/** Whose certificate: a participant's or a speaker's row of an event, or a volunteer's award. */
export type CertificateHolder = { participantId: number } | { speakerId: number } | { awardId: number };

/** A holder's number; `issued` false: not given yet, the number an issue now would give. */
export interface CertificateNo {
  number: number;
  fiscalYear: number;
  issued: boolean;
}

/** `12/2563`, as printed and shown. */
export const certificateNoText = (n: { number: number; fiscalYear: number }) => `${n.number}/${n.fiscalYear}`;

/** The next number the office gives in a fiscal year: one past the highest ever given, 1 in a new year. */
export function nextCertificateNo(db: Db, fiscalYear: number): number {
  return ((db.prepare('SELECT max(number) FROM certificates WHERE fiscal_year = ?').pluck().get(fiscalYear) as number | null) ?? 0) + 1;
}

/** What the certificate dialog shows: the next number of the year and how many of this event hold one. */
export function certificateNumbering(db: Db, seminarId: number, fiscalYear: number): CertificateNumbering {
  const held = db.prepare('SELECT count(*) FROM certificates WHERE seminar_id = ? AND (participant_id IS NOT NULL OR speaker_id IS NOT NULL)').pluck().get(seminarId) as number;
  return { fiscalYear, next: nextCertificateNo(db, fiscalYear), held };
}

const HOLDER_COLUMN = { participantId: 'participant_id', speakerId: 'speaker_id', awardId: 'award_id' } as const;
const holderColumn = (h: CertificateHolder) => HOLDER_COLUMN[Object.keys(h)[0] as keyof typeof HOLDER_COLUMN];
const holderId = (h: CertificateHolder) => Object.values(h)[0] as number;

/**
 * Each holder's number, in the order of `holders`, without giving any: a holder who was given one
 * keeps it (in the year it was given); the others get the free numbers of `fiscalYear` from
 * `startNo` (the next number unless the clerk typed another), in order, passing over every number
 * ever given, so two people never share one. What a preview prints and an issue then records.
 */
export function planCertificateNumbers(db: Db, holders: CertificateHolder[], fiscalYear: number, startNo?: number): CertificateNo[] {
  const held = Object.fromEntries(
    Object.values(HOLDER_COLUMN).map((col) => [col, db.prepare(`SELECT number, fiscal_year AS fiscalYear FROM certificates WHERE ${col} = ?`)]),
  );
  const taken = db.prepare('SELECT 1 FROM certificates WHERE fiscal_year = ? AND number = ?');
  let candidate = startNo ?? nextCertificateNo(db, fiscalYear);
  return holders.map((h) => {
    const kept = held[holderColumn(h)].get(holderId(h)) as { number: number; fiscalYear: number } | undefined;
    if (kept) return { ...kept, issued: true };
    while (taken.get(fiscalYear, candidate)) candidate++;
    return { number: candidate++, fiscalYear, issued: false };
  });
}

/**
 * Gives the holders without a number the ones `planCertificateNumbers` shows and records them
 * (`seminarId` for an event's people, null for an award); returns, for each holder in order, the
 * number given now (`12/2563`), or null for one who held a number already. Runs in the caller's write().
 */
export function issueCertificateNumbers(db: Db, holders: CertificateHolder[], seminarId: number | null, fiscalYear: number, startNo: number | undefined, at: string): (string | null)[] {
  const insert = db.prepare(
    'INSERT INTO certificates (fiscal_year, number, seminar_id, participant_id, speaker_id, award_id, issued_at) VALUES (@fiscalYear, @number, @seminarId, @participantId, @speakerId, @awardId, @at)',
  );
  return planCertificateNumbers(db, holders, fiscalYear, startNo).map((n, i) => {
    if (n.issued) return null;
    const h = holders[i];
    insert.run({
      fiscalYear: n.fiscalYear,
      number: n.number,
      seminarId,
      participantId: 'participantId' in h ? h.participantId : null,
      speakerId: 'speakerId' in h ? h.speakerId : null,
      awardId: 'awardId' in h ? h.awardId : null,
      at,
    });
    return certificateNoText(n);
  });
}
