import { z } from 'zod';
import { imageDataUrl, phone, requiredText, text } from './common';

export const signatory = z.object({
  name: requiredText('ชื่อผู้ลงนาม', 200),
  position: requiredText('ตำแหน่งผู้ลงนาม', 300),
});
export type Signatory = z.infer<typeof signatory>;

export const officeSettings = z.object({
  officeName: requiredText('ชื่อหน่วยงาน', 200),
  province: requiredText('จังหวัด', 100),
  address: text(500),
  phone,
  headName: text(200),
  headPosition: text(300),
  signatories: z.array(signatory).max(10, 'ผู้ลงนามได้ไม่เกิน 10 คน'),
  /** Who is at the keyboard, written into the audit trail. */
  operatorName: text(200),
  emblem: imageDataUrl.nullable(),
});
export type OfficeSettings = z.infer<typeof officeSettings>;

export const defaultOfficeSettings: OfficeSettings = {
  officeName: '',
  province: '',
  address: '',
  phone: '',
  headName: '',
  headPosition: '',
  signatories: [],
  operatorName: '',
  emblem: null,
};
