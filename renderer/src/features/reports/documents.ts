import type { FilePayload } from '@shared/api';
import type { VolunteerListQuery } from '@shared/api/volunteers';
import type { INVITATION_MODES, MEMO_KINDS, NewsCount, ReportFont, ReportFormat } from '@shared/api/reports';
import { listUnder, type KeyUnder } from '@shared/schemas/common';
import type { IssuedSave } from '@shared/api/bridge';
import { call, platform } from '../../api/client';

/** The documents the office prints, by what they are made from: a seminar's, in the order it needs them, then the register's. */
const DOCUMENTS_BY_SOURCE = {
  seminar: {
    invitation: 'หนังสือเชิญ',
    memo: 'บันทึกข้อความ ขออนุมัติโครงการ / ยืมเงิน / เบิกจ่าย',
    agenda: 'กำหนดการ',
    nametags: 'ป้ายชื่อผู้เข้าร่วม (มีบาร์โค้ดสำหรับลงชื่อ)',
    evaluation: 'แบบประเมินความพึงพอใจ (สำหรับแจก)',
    signin: 'ใบลงทะเบียนผู้เข้าร่วม',
    payment: 'หลักฐานการจ่ายเงิน (ค่าพาหนะ/เบี้ยเลี้ยง)',
    speakers: 'ใบสำคัญรับเงินวิทยากร',
    certificates: 'วุฒิบัตร / เกียรติบัตร',
    result: 'รายงานผลการดำเนินโครงการ',
    news: 'ข่าวประชาสัมพันธ์',
  },
  register: { volunteers: 'ทะเบียนอาสาสมัครแรงงาน' },
};
export const DOCUMENTS = listUnder(DOCUMENTS_BY_SOURCE).map(({ key, group, label }) => ({ key, label, source: group }));

export type DocKey = KeyUnder<typeof DOCUMENTS_BY_SOURCE>;
/** Documents that can also be saved as a Word file, for a last change before signing. */
export const WORD_DOCS: readonly DocKey[] = ['invitation', 'memo', 'news', 'result'];

export const isDocKey = (v: string | null): v is DocKey => DOCUMENTS.some((d) => d.key === v);
export const docOf = (key: DocKey) => DOCUMENTS.find((d) => d.key === key)!;

/** The register filters a listing is printed with (the volunteer list's own, less paging and sorting). */
export type RegisterFilter = Pick<Required<VolunteerListQuery>, 'q' | 'district' | 'subdistrict' | 'level' | 'status' | 'termEndsWithinDays'>;
export const NO_FILTER: RegisterFilter = { q: '', district: '', subdistrict: '', level: '', status: '', termEndsWithinDays: null };

export interface ReportChoice {
  doc: DocKey;
  seminarId: number | null;
  /** null: the whole first day. */
  sessionId: number | null;
  /** null: every group. */
  groupId: number | null;
  grouped: boolean;
  thaiDigits: boolean;
  font: ReportFont;
  paymentKind: 'travel' | 'allowance';
  certificateKind: 'completion' | 'honour';
  /** The groups that get certificates; null: all but the organisers' (certificateGroupsByDefault). */
  certificateGroupIds: number[] | null;
  certificateSpeakers: boolean;
  /** The date the certificates are given; null: the seminar's last day. */
  givenOn: string | null;
  /** The number the first new certificate gets; null: the next of the fiscal year. */
  certificateStartNo: number | null;
  fullIds: boolean;
  filter: RegisterFilter;
  news: { headline: string; body: string };
  /** Whom the news draft counts: the planned participants or those who attended. */
  newsCount: NewsCount;
  /** Up to two of the seminar's photos under the news. */
  newsPhotoIds: number[];
  invitationMode: (typeof INVITATION_MODES)[number];
  /** Empty: every group. */
  groupIds: number[];
  memoKind: (typeof MEMO_KINDS)[number];
  tagsPerPage: 8 | 10;
  /** What a letter or memo carries besides the seminar (see `letterOptions` in the contract). */
  letter: { bookNo: string; date: string | null; unit: string; fax: string };
}

export const NO_LETTER: ReportChoice['letter'] = { bookNo: '', date: null, unit: '', fax: '' };

/** Whose certificates and from which number: what the preview shows and the issue then gives. */
function certificateChoice(c: ReportChoice) {
  return { seminarId: c.seminarId!, groupIds: c.certificateGroupIds ?? undefined, speakers: c.certificateSpeakers, givenOn: c.givenOn ?? undefined, startNo: c.certificateStartNo ?? undefined };
}

/**
 * Saves the certificates the preview (`name`) showed, now issued: those who had no number are
 * given the one the preview showed, once the clerk has chosen where to save (null: cancelled,
 * nothing given).
 */
export function saveCertificates(c: ReportChoice, name: string): Promise<IssuedSave | null> {
  return platform.saveIssued('report-certificates-issue', { font: c.font, thaiDigits: c.thaiDigits, ...certificateChoice(c), kind: c.certificateKind }, name);
}

/** Asks the core for the chosen document. */
export function generate(c: ReportChoice, format: ReportFormat = 'pdf'): Promise<FilePayload> {
  const common = { font: c.font, thaiDigits: c.thaiDigits };
  const letter = { ...c.letter, date: c.letter.date ?? undefined, format };
  if (c.doc === 'volunteers') return call('report-volunteer-list', { ...common, query: c.filter, fullIds: c.fullIds });
  const seminarId = c.seminarId!;
  switch (c.doc) {
    case 'invitation':
      return call('report-invitation', { ...common, ...letter, seminarId, mode: c.invitationMode, groupIds: c.groupIds });
    case 'memo':
      return call('report-memo', { ...common, ...letter, seminarId, kind: c.memoKind });
    case 'agenda':
      return call('report-agenda', { ...common, seminarId });
    case 'nametags':
      return call('report-name-tags', { ...common, seminarId, perPage: c.tagsPerPage, groupIds: c.groupIds });
    case 'evaluation':
      return call('report-evaluation-form', { ...common, seminarId });
    case 'signin':
      return call('report-signin-sheet', { ...common, seminarId, sessionId: c.sessionId ?? undefined, grouped: c.grouped, groupId: c.groupId ?? undefined });
    case 'payment':
      return call('report-payment-evidence', { ...common, seminarId, kind: c.paymentKind });
    case 'speakers':
      return call('report-speaker-receipts', { ...common, seminarId });
    case 'certificates':
      return call('report-certificates', { ...common, ...certificateChoice(c), kind: c.certificateKind });
    case 'result':
      return call('report-result', { ...common, seminarId, format });
    case 'news':
      return call('report-news-pdf', { ...common, seminarId, ...c.news, photoIds: c.newsPhotoIds, format });
  }
}

/** `/reports?doc=signin&seminar=3`: how other pages open the Reports page with their choice made. */
export function reportsLink(doc: DocKey, params: Record<string, string | number | null | undefined> = {}): string {
  const search = new URLSearchParams({ doc });
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  return `/reports?${search.toString()}`;
}
