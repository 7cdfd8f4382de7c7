import { z } from 'zod';
import { phone, requiredText, text } from './common';

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
});
export type ContactInput = z.input<typeof contactInput>;
export type Contact = Required<z.output<typeof contactInput>>;

export const contactSearch = z.object({
  query: text(100).default(''),
  limit: z.number().int().min(1).max(500).default(50),
});
