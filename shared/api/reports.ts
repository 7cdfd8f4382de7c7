import { z } from 'zod';
import { empty, isoDate, text } from '../schemas/common';
import { method, type FilePayload } from './define';
import { volunteerListQuery } from './volunteers';
import { activityReportQuery } from '../schemas/activity';

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

/** PDF by default; letters, memos, the news and the result report also as Word files for a last change. */
export const REPORT_FORMATS = ['pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
const format = z.enum(REPORT_FORMATS).default('pdf');

export const MEMO_KINDS = ['project', 'loan', 'disbursement'] as const;
export const INVITATION_MODES = ['agency', 'group'] as const;

/** What the clerk fills in on a letter or memo: its book number, date, and the owning unit's lines. */
const letterOptions = {
  bookNo: text(100).default(''),
  /** Today when left out. */
  date: isoDateOptional,
  unit: text(200).default(''),
  fax: text(50).default(''),
};
export const PAYMENT_KINDS = ['travel', 'allowance'] as const;

/** Groups of those who run the event (คณะทำงาน, เจ้าหน้าที่): they get no certificate unless chosen. */
const ORGANISER_GROUP = /คณะทำงาน|เจ้าหน้าที่|ผู้จัด/;

/** The groups that get certificates unless the clerk chooses otherwise: all but the organisers'. */
export function certificateGroupsByDefault(groups: { id: number; name: string }[]): number[] {
  return groups.filter((g) => !ORGANISER_GROUP.test(g.name)).map((g) => g.id);
}

/** Whom the news counts: the participants planned per group, or those who attended. */
export const NEWS_COUNTS = ['planned', 'attended'] as const;
export type NewsCount = (typeof NEWS_COUNTS)[number];
/** A news item carries one or two of the seminar's photos. */
export const NEWS_MAX_PHOTOS = 2;

/** The certificate dialog's numbering: `next/fiscalYear` is the number a new certificate gets. */
export interface CertificateNumbering {
  /** B.E., of the date the certificates are given. */
  fiscalYear: number;
  next: number;
  /** People of this event who already hold a number (a reprint keeps theirs). */
  held: number;
}

/**
 * What an issue of certificates gave: the file to save, every page with its holder's number (none
 * marked as a preview), and the numbers new to their holders (`12/2563`), in order.
 */
export interface CertificatesIssued {
  file: FilePayload;
  numbers: string[];
}

/**
 * The methods that give certificate numbers. The shell calls them only once the clerk has chosen
 * where to save (bridge `save-issued`), so a cancelled save dialog gives no number.
 */
export const ISSUING_METHODS = ['report-certificates-issue', 'nomination-certificates-issue'] as const;
export type IssuingMethod = (typeof ISSUING_METHODS)[number];

/** Whose certificates, and numbered how: what a preview and the issue after it share. */
const certificateChoice = {
  seminarId,
  givenOn: isoDateOptional,
  groupIds: z.array(z.number().int().positive()).max(1000).optional(),
  speakers: z.boolean().default(false),
  startNo: z.number('เลขที่เริ่มต้นต้องเป็นตัวเลข').int('เลขที่เริ่มต้นต้องเป็นจำนวนเต็ม').min(1, 'เลขที่เริ่มต้นต้องตั้งแต่ 1 ขึ้นไป').max(999_999, 'เลขที่เริ่มต้นมากเกินไป').optional(),
};

export interface NewsDraft {
  headline: string;
  body: string;
}

export const reportsApi = {
  'report-fonts': method<ReportFontInfo[]>()(empty),
  /** Sign-in sheet for one session (or the first day when no session is given), of every group or of one. */
  'report-signin-sheet': method<FilePayload>()(
    reportOptions.extend({ seminarId, sessionId: z.number().int().positive().optional(), grouped: z.boolean().default(true), groupId: z.number().int().positive().optional() }),
  ),
  'report-payment-evidence': method<FilePayload>()(reportOptions.extend({ seminarId, kind: z.enum(PAYMENT_KINDS) })),
  'report-speaker-receipts': method<FilePayload>()(reportOptions.extend({ seminarId })),
  'report-result': method<FilePayload>()(reportOptions.extend({ seminarId, format })),
  /** หนังสือเชิญ: one letter per agency of the chosen groups' participants, or one per group with its list attached. */
  'report-invitation': method<FilePayload>()(
    reportOptions.extend({ seminarId, format, mode: z.enum(INVITATION_MODES).default('group'), groupIds: z.array(seminarId).max(30).default([]), ...letterOptions }),
  ),
  /** กำหนดการ from the seminar's days, sessions and speakers. */
  'report-agenda': method<FilePayload>()(reportOptions.extend({ seminarId })),
  /** Name tags of the chosen groups' participants (all when none chosen), with the code the check-in desk reads. */
  'report-name-tags': method<FilePayload>()(reportOptions.extend({ seminarId, groupIds: z.array(seminarId).max(30).default([]), perPage: z.union([z.literal(8), z.literal(10)]).default(8) })),
  /** แบบประเมินความพึงพอใจ to print and hand out (entered afterwards through evaluation-save). */
  'report-evaluation-form': method<FilePayload>()(reportOptions.extend({ seminarId })),
  /** บันทึกข้อความ ขออนุมัติโครงการ / ยืมเงิน / เบิกจ่าย, with the budget table. */
  'report-memo': method<FilePayload>()(reportOptions.extend({ seminarId, format, kind: z.enum(MEMO_KINDS), ...letterOptions })),
  /**
   * One page per participant present in at least one session, of `groupIds` (by default every
   * group but the organisers'; the signer never certifies herself), and per speaker if asked.
   * Each carries its number (`12/2563`): the one the person was given (report-certificates-issue).
   * A person not given one yet shows the number an issue now would give, and then the whole file
   * is a preview, marked "ตัวอย่าง" across every page: a preview gives no number.
   */
  'report-certificates': method<FilePayload>()(reportOptions.extend({ ...certificateChoice, kind: z.enum(CERTIFICATE_KINDS) })),
  /**
   * Gives the certificate numbers of report-certificates' people who have none yet, from `startNo`
   * (by default the next of the fiscal year, see report-certificate-numbering), and makes the
   * issued file to save and print. Numbers given are kept for good: called only once the clerk
   * has chosen where to save (ISSUING_METHODS).
   */
  'report-certificates-issue': method<CertificatesIssued>()(reportOptions.extend({ ...certificateChoice, kind: z.enum(CERTIFICATE_KINDS) })),
  /** The next certificate number of the fiscal year of `givenOn` (the event's last day when left out). */
  'report-certificate-numbering': method<CertificateNumbering>()(z.object({ seminarId, givenOn: isoDateOptional })),
  /** The news draft as text for the user to edit. */
  'report-news-draft': method<NewsDraft>()(z.object({ seminarId, thaiDigits: z.boolean().default(false), count: z.enum(NEWS_COUNTS).default('planned') })),
  /** The edited news, with up to two of the seminar's photos under it. */
  'report-news-pdf': method<FilePayload>()(
    reportOptions.extend({
      seminarId,
      format,
      headline: text(500).min(1, 'กรุณากรอกหัวข่าว'),
      body: text(20_000).min(1, 'กรุณากรอกเนื้อข่าว'),
      photoIds: z.array(seminarId).max(NEWS_MAX_PHOTOS, `เลือกรูปภาพได้ไม่เกิน ${NEWS_MAX_PHOTOS} รูป`).default([]),
    }),
  ),
  /** The register listing by district, filtered and sorted as the volunteer list is; IDs masked unless `fullIds`. */
  'report-volunteer-list': method<FilePayload>()(
    reportOptions.extend({ query: volunteerListQuery.omit({ page: true, pageSize: true }).prefault({}), fullIds: z.boolean().default(false) }),
  ),
  /** รายงานผลการปฏิบัติงานของอาสาสมัครแรงงาน for a month, quarter or fiscal year. */
  'report-activities': method<FilePayload>()(reportOptions.extend({ query: activityReportQuery })),
};

export type { FilePayload };
