import { z } from 'zod';
import { empty } from '../schemas/common';
import { method, type FilePayload } from './define';

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

export const reportsApi = {
  'report-fonts': method<ReportFontInfo[]>()(empty),
};

export type { FilePayload };
