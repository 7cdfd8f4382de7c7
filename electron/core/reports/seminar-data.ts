import type { OfficeSettings } from '@shared/schemas/settings';
import type { SeminarDetail } from '@shared/schemas/seminar';
import { formatThaiDateLong, type IsoDate } from '@shared/thai';
import type { CertificateRecipient } from './documents/certificates';
import type { NewsData } from './documents/news';
import type { NewsCount } from '@shared/api/reports';
import type { PaymentEvidenceData } from './documents/payment-evidence';
import type { ResultReportData } from './documents/result-report';
import type { SignInSheetData } from './documents/sign-in-sheet';
import type { SpeakerReceiptData } from './documents/speaker-receipt';
import type { Signer } from './engine/frame';
import type { CertificateHolder } from '../certificates/register';
import { ERASED_PARTICIPANT_NAME } from '../seminars/participants';

/** Maps the seminar record (seminars/read.ts) to each document's plain data. */

export function venueOf(s: SeminarDetail): string {
  return [s.venueRoom, s.venuePlace, s.venueAddress].filter(Boolean).join(' ');
}

/**
 * The names a seminar's documents print (people, agencies, the venue, the office), so the line
 * breaker keeps each proper name in them whole.
 */
export function seminarNames(s: SeminarDetail, office: OfficeSettings): string[] {
  return [
    venueOf(s),
    office.officeName,
    s.chairName,
    s.reporterName,
    s.responsibleOfficer,
    office.headName,
    ...s.participants.flatMap((p) => [p.name, p.agency]),
    ...s.speakers.flatMap((p) => [p.name, p.agency]),
  ].filter(Boolean);
}

export function firstDate(s: SeminarDetail): IsoDate {
  return s.days[0].date;
}

export function lastDate(s: SeminarDetail): IsoDate {
  return s.days[s.days.length - 1].date;
}

export function heldOn(s: SeminarDetail, thaiDigits: boolean): string {
  const o = { thaiDigits };
  const first = firstDate(s);
  const last = lastDate(s);
  return first === last ? `เมื่อวันที่ ${formatThaiDateLong(first, o)}` : `ระหว่างวันที่ ${formatThaiDateLong(first, o)} ถึงวันที่ ${formatThaiDateLong(last, o)}`;
}

const signer = (name: string, position: string): Signer | null => (name ? { name, position } : null);

/** The head of office from the settings. */
export function headOf(office: OfficeSettings): Signer {
  return { name: office.headName, position: office.headPosition };
}

/** The officer who pays and reports: the seminar's responsible officer, with a position when the settings list them. */
export function officerOf(s: SeminarDetail, office: OfficeSettings): Signer {
  const named = office.signatories.find((x) => x.name === s.responsibleOfficer);
  if (named) return named;
  if (s.responsibleOfficer) return { name: s.responsibleOfficer, position: '' };
  return office.signatories[0] ?? { name: '', position: '' };
}

/** Participant ids present in at least one session (or in `sessionId` when given). */
export function presentIds(s: SeminarDetail, sessionId?: number): Set<number> {
  return new Set(s.attendance.filter((a) => a.status === 'present' && (sessionId === undefined || a.sessionId === sessionId)).map((a) => a.participantId));
}

/** The sheet for one session (or the first day), of every group or of `groupId` only; null if either is not the seminar's. */
export function signInData(s: SeminarDetail, sessionId: number | undefined, grouped: boolean, groupId?: number): SignInSheetData | null {
  const session = sessionId === undefined ? undefined : s.days.flatMap((d) => d.sessions).find((x) => x.id === sessionId);
  if (sessionId !== undefined && !session) return null;
  const groups = s.groups.filter((g) => groupId === undefined || g.id === groupId);
  if (!groups.length && groupId !== undefined) return null;
  return {
    projectTitle: s.title,
    date: session?.date ?? firstDate(s),
    session: session && { start: session.start, end: session.end, topic: session.topic },
    venue: venueOf(s),
    grouped,
    groups: groups.map((g) => ({ name: g.name, people: s.participants.filter((p) => p.groupId === g.id).map((p) => ({ name: p.name, position: p.position, agency: p.agency })) })),
  };
}

const sameName = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * Who gets a certificate: those present in at least one session, of the chosen groups, never the
 * signer (the head of office certifies others, not herself) nor a person erased under the PDPA;
 * then the speakers, if asked.
 */
export function certificateRecipients(
  s: SeminarDetail,
  office: OfficeSettings,
  groupIds: number[],
  speakers: boolean,
): (Omit<CertificateRecipient, 'number'> & { holder: CertificateHolder })[] {
  const present = presentIds(s);
  const groups = new Set(groupIds);
  const people = s.participants.filter(
    (p) => present.has(p.id) && groups.has(p.groupId) && p.name !== ERASED_PARTICIPANT_NAME && !(office.headName && sameName(p.name, office.headName)),
  );
  return [
    ...people.map((p) => ({ name: p.name, holder: { participantId: p.id } })),
    ...(speakers ? s.speakers.map((sp) => ({ name: sp.name, speaker: true, holder: { speakerId: sp.id } })) : []),
  ];
}

export const PAYMENT_PURPOSE = { travel: 'ค่าพาหนะเดินทาง', allowance: 'ค่าเบี้ยเลี้ยง' } as const;

export function paymentData(s: SeminarDetail, office: OfficeSettings, kind: keyof typeof PAYMENT_PURPOSE): PaymentEvidenceData {
  const amountOf = (p: SeminarDetail['participants'][number]) => (kind === 'travel' ? p.travelAmount : p.allowanceAmount);
  return {
    purpose: PAYMENT_PURPOSE[kind],
    projectTitle: s.title,
    date: firstDate(s),
    venue: venueOf(s),
    rows: s.participants.filter((p) => (amountOf(p) ?? 0) > 0).map((p) => ({ name: p.name, agency: p.agency, amount: amountOf(p)! })),
    payer: officerOf(s, office),
    certifier: office.headName ? headOf(office) : null,
  };
}

export function speakerData(s: SeminarDetail, office: OfficeSettings, feeLine: (date: IsoDate, hours: number, rate: number) => string): SpeakerReceiptData {
  const sessions = s.days.flatMap((d) => d.sessions);
  return {
    date: firstDate(s),
    payer: officerOf(s, office),
    receipts: s.speakers
      .filter((sp) => sp.fee > 0)
      .map((sp) => ({
        speaker: { name: sp.name, position: sp.position, agency: sp.agency, nationalId: sp.nationalId, address: sp.address },
        items: [{ description: feeLine(sessions.find((x) => x.id === sp.sessionId)?.date ?? firstDate(s), sp.hours, sp.rate ?? sp.fee / (sp.hours || 1)), amount: sp.fee }],
      })),
  };
}

export function resultData(s: SeminarDetail, office: OfficeSettings, photos: ResultReportData['photos']): ResultReportData {
  return {
    projectTitle: s.title,
    fiscalYear: s.fiscalYear,
    days: s.days.map((d) => ({ date: d.date, sessions: d.sessions.map((x) => ({ start: x.start, end: x.end, topic: x.topic })) })),
    venue: venueOf(s),
    chair: signer(s.chairName, s.chairPosition),
    reporter: signer(s.reporterName, s.reporterPosition),
    objectives: s.objectives,
    groups: s.summary.groups.map((g) => ({ name: g.name, planned: g.planned, attended: g.attended })),
    budget: s.budget.map((b) => ({ description: b.description, planned: b.plannedAmount, actual: b.actualAmount })),
    outcomes: s.outcomes,
    problems: s.problems,
    suggestions: s.suggestions,
    photos,
    reportedBy: officerOf(s, office),
  };
}

/**
 * The news draft's facts. `count` is the clerk's choice: the people planned per group (as the
 * ministry's own news of a seminar gives them) or those who attended (registered, before
 * attendance is taken).
 */
export function newsData(s: SeminarDetail, office: OfficeSettings, count: NewsCount): NewsData {
  const present = presentIds(s);
  const firstSession = s.days[0]?.sessions[0];
  return {
    projectTitle: s.title,
    eventKind: s.kind,
    date: firstDate(s),
    time: firstSession?.start ?? null,
    venue: venueOf(s),
    chair: signer(s.chairName, s.chairPosition),
    reporter: signer(s.reporterName, s.reporterPosition),
    objectives: s.objectives,
    groups: s.groups.map((g) => {
      if (count === 'planned') return { name: g.name, count: g.plannedCount };
      const inGroup = s.participants.filter((p) => p.groupId === g.id);
      return { name: g.name, count: present.size ? inGroup.filter((p) => present.has(p.id)).length : inGroup.length };
    }),
    officeName: office.officeName,
  };
}
