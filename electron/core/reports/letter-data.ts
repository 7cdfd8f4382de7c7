import type { OfficeSettings } from '@shared/schemas/settings';
import type { SeminarDetail } from '@shared/schemas/seminar';
import { digits, formatPhone, formatThaiDateLong, formatThaiTime, type IsoDate } from '@shared/thai';
import { participantCode } from '@shared/schemas/participant-code';
import type { AgendaData } from './documents/agenda';
import type { InvitationData, InvitationRecipient } from './documents/invitation';
import type { NameTagData } from './documents/name-tags';
import type { MemoData, MemoKind } from './documents/memo';
import type { MemoBudgetLine, OfficeContact } from './engine/saraban';
import { headOf, officerOf, venueOf } from './seminar-data';

/** What the clerk types for a letter or memo on the Reports page. */
export interface LetterInput {
  bookNo: string;
  date: IsoDate;
  unit: string;
  fax: string;
  thaiDigits: boolean;
}

export function contactOf(office: OfficeSettings, input: LetterInput): OfficeContact {
  return { officeName: office.officeName, address: office.address, unit: input.unit, phone: office.phone ? formatPhone(office.phone) : '', fax: input.fax };
}

/** `ในวันที่ 13 มีนาคม 2563 เวลา 09.00 น.`, or `ระหว่างวันที่ … ถึงวันที่ …` for several days: when the seminar is, as a letter says it. */
export function whenOf(s: SeminarDetail, thaiDigits: boolean): string {
  const o = { thaiDigits };
  const first = s.days[0];
  const last = s.days[s.days.length - 1];
  const start = first.sessions[0] ? ` เวลา ${formatThaiTime(first.sessions[0].start, o)}` : '';
  return first.date === last.date
    ? `ในวันที่ ${formatThaiDateLong(first.date, o)}${start}`
    : `ระหว่างวันที่ ${formatThaiDateLong(first.date, o)} ถึงวันที่ ${formatThaiDateLong(last.date, o)}`;
}

/**
 * Who heads an agency, as a letter's เรียน names them: `สำนักงานจัดหางานจังหวัดสงขลา` is headed by
 * `จัดหางานจังหวัดสงขลา`; other agencies by their director.
 */
export function headOfAgency(agency: string): string {
  const a = agency.trim();
  return a.startsWith('สำนักงาน') ? a.slice('สำนักงาน'.length) : `ผู้อำนวยการ${a}`;
}

export type InvitationMode = 'agency' | 'group';

/** A volunteer's "agency" is where they live (`ตำบลบ่อยาง อำเภอเมืองสงขลา`): an area, not an agency to write to. */
const AREA = /^(ตำบล|ต\.|แขวง|อำเภอ|อ\.|เขต|จังหวัด|จ\.)/;

export function invitationData(s: SeminarDetail, office: OfficeSettings, input: LetterInput & { mode: InvitationMode; groupIds: number[] }): InvitationData {
  const groups = s.groups.filter((g) => !input.groupIds.length || input.groupIds.includes(g.id));
  const people = (groupId: number) => s.participants.filter((p) => p.groupId === groupId).map((p) => ({ name: p.name, position: p.position, agency: p.agency }));
  const groupLetter = (g: { name: string }, list: InvitationRecipient['people']): InvitationRecipient => ({
    to: `${g.name} (ตามบัญชีรายชื่อแนบท้าย)`,
    people: list,
    attachList: true,
    listTitle: `บัญชีรายชื่อ${g.name}`,
  });
  let recipients: InvitationRecipient[];
  if (input.mode === 'group') {
    recipients = groups.map((g) => groupLetter(g, people(g.id)));
  } else {
    const byAgency = new Map<string, InvitationRecipient['people']>();
    // Those with no agency to write to (none given, or an area) are invited by their group's letter with its list.
    const byGroup: InvitationRecipient[] = [];
    // The office does not write to itself: its own staff are not sent a letter.
    const own = office.officeName.trim();
    for (const g of groups) {
      const rest: InvitationRecipient['people'] = [];
      for (const p of people(g.id)) {
        const agency = p.agency.trim();
        if (agency === own) continue;
        if (!agency || AREA.test(agency)) rest.push(p);
        else byAgency.set(agency, [...(byAgency.get(agency) ?? []), p]);
      }
      if (rest.length) byGroup.push(groupLetter(g, rest));
    }
    recipients = [...[...byAgency].map(([agency, list]) => ({ to: headOfAgency(agency), people: list, attachList: false, listTitle: '' })), ...byGroup];
  }
  return {
    head: { bookNo: input.bookNo, date: input.date },
    projectTitle: digits(s.title, input.thaiDigits),
    when: whenOf(s, input.thaiDigits),
    venue: venueOf(s),
    objectives: s.objectives,
    recipients,
    signer: headOf(office),
    contact: contactOf(office, input),
  };
}

function budgetLines(s: SeminarDetail, kind: MemoKind): MemoBudgetLine[] {
  return s.budget
    .filter((b) => (kind === 'disbursement' ? (b.actualAmount ?? 0) > 0 : b.plannedAmount > 0))
    .map((b) => ({
      description: b.description,
      detail: kind !== 'disbursement' && b.quantity > 0 && b.rate > 0 ? `${b.quantity.toLocaleString('en-US')} × ${b.times.toLocaleString('en-US')} × ${b.rate.toLocaleString('en-US')} บาท` : '',
      amount: kind === 'disbursement' ? b.actualAmount! : b.plannedAmount,
    }));
}

export function memoData(s: SeminarDetail, office: OfficeSettings, input: LetterInput & { kind: MemoKind }): MemoData {
  return {
    kind: input.kind,
    head: { bookNo: input.bookNo, date: input.date },
    approver: headOf(office),
    projectTitle: digits(s.title, input.thaiDigits),
    fiscalYear: s.fiscalYear,
    when: whenOf(s, input.thaiDigits),
    venue: venueOf(s),
    objectives: s.objectives,
    groups: s.groups.map((g) => ({ name: g.name, count: g.plannedCount })),
    budget: budgetLines(s, input.kind),
    officer: officerOf(s, office),
    contact: contactOf(office, input),
  };
}

type AgendaRow = AgendaData['days'][number]['sessions'][number];

/**
 * The break between two sessions, as an agenda prints it: lunch when it spans midday, a
 * refreshment break otherwise (times are `HH:MM`, so they compare as text).
 */
function breakBetween(end: string, start: string): AgendaRow | null {
  if (end >= start) return null;
  const lunch = end <= '12:30' && start >= '12:30';
  return { start: end, end: start, topic: lunch ? 'พักรับประทานอาหารกลางวัน' : 'พักรับประทานอาหารว่างและเครื่องดื่ม', speakers: [] };
}

export function agendaData(s: SeminarDetail): AgendaData {
  return {
    projectTitle: s.title,
    venue: venueOf(s),
    days: s.days.map((d) => ({
      date: d.date,
      sessions: d.sessions.flatMap((x, i) => {
        const row: AgendaRow = { start: x.start, end: x.end, topic: x.topic, speakers: s.speakers.filter((sp) => sp.sessionId === x.id).map((sp) => ({ name: sp.name, position: sp.position })) };
        const pause = i > 0 ? breakBetween(d.sessions[i - 1].end, x.start) : null;
        return pause ? [pause, row] : [row];
      }),
    })),
  };
}

/** Tags in the order of the groups, then of registration; only the chosen groups when any are chosen. */
export function nameTagData(s: SeminarDetail, groupIds: number[], perPage: 8 | 10): NameTagData {
  const groups = s.groups.filter((g) => !groupIds.length || groupIds.includes(g.id));
  return {
    projectTitle: s.title,
    perPage,
    tags: groups.flatMap((g) => s.participants.filter((p) => p.groupId === g.id).map((p) => ({ name: p.name, group: g.name, agency: p.agency, code: participantCode(p.id) }))),
  };
}
