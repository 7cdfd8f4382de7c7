import { z } from 'zod';
import { empty, isoDate, text } from '../schemas/common';
import { method, type FilePayload } from './define';
import { volunteerListQuery } from './volunteers';

export const REPORT_FONTS = ['sarabun', 'th-sarabun-new'] as const;
export type ReportFont = (typeof REPORT_FONTS)[number];
export const REPORT_FONT_LABELS: Record<ReportFont, string> = {
  sarabun: 'Sarabun (มากับโปรแกรม)',
  'th-sarabun-new': 'TH Sarabun New (ติดตั้งในเครื่อง)',
};

/** What every printed document lets the user choose. */
export const reportOptions = z.object({
  font: z.enum(REPORT_FONTS).default('sarabun'),
  /** Thai digits (๐–๙) in dates and numbering; money tables keep Arabic digits. */
  thaiDigits: z.boolean().default(false),
});

export interface ReportFontInfo {
  id: ReportFont;
  label: string;
  available: boolean;
}

const seminarId = z.number().int().positive();
const isoDateOptional = isoDate.optional();

export const CERTIFICATE_KINDS = ['completion', 'honour'] as const;
export const PAYMENT_KINDS = ['travel', 'allowance'] as const;

export interface NewsDraft {
  headline: string;
  body: string;
}

export const reportsApi = {
  'report-fonts': method<ReportFontInfo[]>()(empty),
  /** Sign-in sheet for one session (or the first day when no session is given). */
  'report-signin-sheet': method<FilePayload>()(
    reportOptions.extend({ seminarId, sessionId: z.number().int().positive().optional(), grouped: z.boolean().default(true) }),
  ),
  'report-payment-evidence': method<FilePayload>()(reportOptions.extend({ seminarId, kind: z.enum(PAYMENT_KINDS) })),
  'report-speaker-receipts': method<FilePayload>()(reportOptions.extend({ seminarId })),
  'report-result': method<FilePayload>()(reportOptions.extend({ seminarId })),
  /** One page per participant present in at least one session. */
  'report-certificates': method<FilePayload>()(reportOptions.extend({ seminarId, kind: z.enum(CERTIFICATE_KINDS), givenOn: isoDateOptional })),
  /** The news draft as text for the user to edit. */
  'report-news-draft': method<NewsDraft>()(z.object({ seminarId, thaiDigits: z.boolean().default(false) })),
  'report-news-pdf': method<FilePayload>()(
    reportOptions.extend({ seminarId, headline: text(500).min(1, 'กรุณากรอกหัวข่าว'), body: text(20_000).min(1, 'กรุณากรอกเนื้อข่าว') }),
  ),
  /** The register listing by district, filtered and sorted as the volunteer list is; IDs masked unless `fullIds`. */
  'report-volunteer-list': method<FilePayload>()(
    reportOptions.extend({ query: volunteerListQuery.omit({ page: true, pageSize: true }).prefault({}), fullIds: z.boolean().default(false) }),
  ),
};

export type { FilePayload };
