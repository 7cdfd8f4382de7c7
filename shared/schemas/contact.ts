import { z } from 'zod';
import { phone, requiredText, text } from './common';
import { optionalNationalId } from './volunteer';

/** The ministry's agencies in a province (DOMAIN.md), offered when typing an agency. */
export const MINISTRY_AGENCIES = [
  'สำนักงานแรงงานจังหวัด',
  'สำนักงานจัดหางานจังหวัด',
  'สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัด',
  'สำนักงานประกันสังคมจังหวัด',
  'สถาบันพัฒนาฝีมือแรงงาน',
  'สำนักงานพัฒนาฝีมือแรงงาน',
  'คณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัด',
] as const;

/** The agencies as written in the office's province: `สำนักงานจัดหางานจังหวัดสงขลา`. */
export function provinceAgencies(province: string): string[] {
  if (!province) return [...MINISTRY_AGENCIES];
  return MINISTRY_AGENCIES.map((a) => (a.endsWith('จังหวัด') ? `${a}${province}` : `${a} ${province}`));
}

/** An official, guest or speaker kept for reuse across seminars. */
export const contactInput = z.object({
  id: z.number().int().positive().optional(),
  name: requiredText('ชื่อ-นามสกุล', 200),
  position: text(300),
  agency: text(300),
  phone,
  isGovernment: z.boolean().default(true),
  notes: text(1000),
  /** What a speaker's receipt (ใบสำคัญรับเงิน) asks of the payee; carried into the speaker picked from contacts. */
  nationalId: optionalNationalId.default(''),
  address: text(500).default(''),
});
export type ContactInput = z.input<typeof contactInput>;
export type Contact = Required<z.output<typeof contactInput>>;

export const contactSearch = z.object({
  query: text(100).default(''),
  limit: z.number().int().min(1).max(500).default(50),
});

/** Most rows one paste or file may bring into the grid: a province's directory is a few hundred. */
export const MAX_BULK_CONTACTS = 2000;

/** One row of the paste/import grid as the clerk sees and edits it, before any rule applies. */
export const contactDraft = z.object({
  name: z.string().max(1000),
  position: z.string().max(1000),
  agency: z.string().max(1000),
  phone: z.string().max(200),
  nationalId: z.string().max(200).default(''),
  address: z.string().max(1000).default(''),
  isGovernment: z.boolean(),
});
export type ContactDraft = z.output<typeof contactDraft>;

/** Why a row looks like a person already in the directory or earlier in the same grid. */
export interface ContactDuplicate {
  reason: 'name' | 'phone';
  /** The directory's contact, or null when the twin is an earlier row of the grid. */
  contactId: number | null;
  /** The earlier row of the grid (0-based), or null when the twin is in the directory. */
  row: number | null;
  name: string;
}

/** A grid row checked: the values as they will be saved, Thai messages per field, and its twins. */
export interface ContactRowCheck {
  values: ContactDraft;
  errors: Partial<Record<keyof ContactDraft, string>>;
  duplicates: ContactDuplicate[];
  /** The directory already holds this exact name: "keep" brings the new details into that contact. */
  updates: number | null;
}
