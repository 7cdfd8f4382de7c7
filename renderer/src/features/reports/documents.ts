import type { FilePayload } from '@shared/api';
import type { VolunteerListQuery } from '@shared/api/volunteers';
import type { ReportFont } from '@shared/api/reports';
import { call } from '../../api/client';

/** The documents the office prints, in the order a seminar needs them, then the register. */
export const DOCUMENTS = [
  { key: 'signin', label: 'ใบลงทะเบียนผู้เข้าร่วม', source: 'seminar' },
  { key: 'payment', label: 'หลักฐานการจ่ายเงิน (ค่าพาหนะ/เบี้ยเลี้ยง)', source: 'seminar' },
  { key: 'speakers', label: 'ใบสำคัญรับเงินวิทยากร', source: 'seminar' },
  { key: 'certificates', label: 'วุฒิบัตร / เกียรติบัตร', source: 'seminar' },
  { key: 'result', label: 'รายงานผลการดำเนินโครงการ', source: 'seminar' },
  { key: 'news', label: 'ข่าวประชาสัมพันธ์', source: 'seminar' },
  { key: 'volunteers', label: 'ทะเบียนอาสาสมัครแรงงาน', source: 'register' },
] as const;

export type DocKey = (typeof DOCUMENTS)[number]['key'];
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
  grouped: boolean;
  thaiDigits: boolean;
  font: ReportFont;
  paymentKind: 'travel' | 'allowance';
  certificateKind: 'completion' | 'honour';
  fullIds: boolean;
  filter: RegisterFilter;
  news: { headline: string; body: string };
}

/** Asks the core for the chosen document. */
export function generate(c: ReportChoice): Promise<FilePayload> {
  const common = { font: c.font, thaiDigits: c.thaiDigits };
  if (c.doc === 'volunteers') return call('report-volunteer-list', { ...common, query: c.filter, fullIds: c.fullIds });
  const seminarId = c.seminarId!;
  switch (c.doc) {
    case 'signin':
      return call('report-signin-sheet', { ...common, seminarId, sessionId: c.sessionId ?? undefined, grouped: c.grouped });
    case 'payment':
      return call('report-payment-evidence', { ...common, seminarId, kind: c.paymentKind });
    case 'speakers':
      return call('report-speaker-receipts', { ...common, seminarId });
    case 'certificates':
      return call('report-certificates', { ...common, seminarId, kind: c.certificateKind });
    case 'result':
      return call('report-result', { ...common, seminarId });
    case 'news':
      return call('report-news-pdf', { ...common, seminarId, ...c.news });
  }
}

/** `/reports?doc=signin&seminar=3`: how other pages open the Reports page with their choice made. */
export function reportsLink(doc: DocKey, params: Record<string, string | number | null | undefined> = {}): string {
  const search = new URLSearchParams({ doc });
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  return `/reports?${search.toString()}`;
}
