import { z } from 'zod';
import { isValidNationalId, normalizeNationalId } from '../thai/national-id';
import { ageOn, todayIso } from '../thai/dates';
import { canonicalPhone, cleanString, isoDate, requiredText, text } from './common';

/** Statuses of DOMAIN.md, stored as stable codes; users see the Thai labels. */
export const VOLUNTEER_STATUSES = ['active', 'term_ended', 'resigned', 'deceased', 'removed'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];
export const STATUS_LABELS: Record<VolunteerStatus, string> = {
  active: 'ปฏิบัติหน้าที่',
  term_ended: 'พ้นวาระ',
  resigned: 'ลาออก',
  deceased: 'เสียชีวิต',
  removed: 'พ้นสภาพ',
};

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Record<Sex, string> = { male: 'ชาย', female: 'หญิง' };

/** Offered in the title field; any other title (ว่าที่ร้อยตรี, ดร. …) may be typed. */
export const COMMON_TITLES = ['นาย', 'นาง', 'นางสาว', 'ว่าที่ร้อยตรี', 'ว่าที่ร้อยตรีหญิง', 'ดร.', 'จ.ส.อ.', 'ด.ต.'];

/** A Thai postal address; the ตำบล/อำเภอ/จังหวัด/รหัสไปรษณีย์ part comes from the geography picker. */
export const address = z.object({
  houseNo: text(50),
  moo: text(20),
  village: text(200),
  soi: text(200),
  road: text(200),
  subdistrict: text(100),
  district: text(100),
  province: text(100),
  postcode: cleanString().refine((v) => v === '' || /^\d{5}$/.test(v), 'รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก'),
});
export type Address = z.infer<typeof address>;

export const emptyAddress: Address = {
  houseNo: '', moo: '', village: '', soi: '', road: '', subdistrict: '', district: '', province: '', postcode: '',
};

/** The subdistrict a volunteer covers (same picker as the address). */
export const area = z.object({
  subdistrict: text(100),
  district: text(100),
  province: text(100),
});
export type Area = z.infer<typeof area>;

/** An area as lists abbreviate it, `ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา`, leaving out what is blank (never a bare `ต.`). */
export function shortArea(a: Partial<Area>): string {
  return [a.subdistrict && `ต.${a.subdistrict}`, a.district && `อ.${a.district}`, a.province && `จ.${a.province}`].filter(Boolean).join(' ');
}

/** A national ID that may be left blank (a speaker's, filled in by hand on the receipt when blank). */
export const optionalNationalId = cleanString()
  .transform(normalizeNationalId)
  .refine((v) => v.length === 0 || /^\d{13}$/.test(v), 'เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลัก')
  .refine((v) => !/^\d{13}$/.test(v) || isValidNationalId(v), 'เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)');

export const nationalId = optionalNationalId.refine((v) => v.length > 0, 'กรุณากรอกเลขประจำตัวประชาชน');

const optionalDate = isoDate.nullable();

/** Everything the add/edit form sends. Status is changed by its own action, never by the form. */
export const volunteerFields = z.object({
  title: requiredText('คำนำหน้าชื่อ', 50),
  firstName: requiredText('ชื่อ', 100),
  lastName: requiredText('นามสกุล', 100),
  firstNameEn: text(100),
  lastNameEn: text(100),
  nationalId,
  birthDate: optionalDate.refine((v) => v === null || v <= todayIso(), 'วันเกิดต้องไม่เป็นวันในอนาคต'),
  sex: z.enum(SEXES, 'กรุณาเลือกเพศ').nullable(),
  phone: canonicalPhone,
  lineId: text(100),
  email: cleanString().max(200, 'ยาวเกิน 200 ตัวอักษร').refine((v) => v === '' || z.email().safeParse(v).success, 'อีเมลไม่ถูกต้อง'),
  address,
  education: text(200),
  occupation: text(200),
  level: text(100),
  area,
  appointmentOrderNo: text(100),
  appointmentDate: optionalDate,
  termStart: optionalDate,
  termEnd: optionalDate,
  notes: text(2000),
});

type Fields = z.infer<typeof volunteerFields>;
function termOrder(v: Pick<Fields, 'termStart' | 'termEnd'>, ctx: z.RefinementCtx) {
  if (v.termStart && v.termEnd && v.termEnd <= v.termStart) {
    ctx.addIssue({ code: 'custom', path: ['termEnd'], message: 'วันสิ้นสุดวาระต้องอยู่หลังวันเริ่มวาระ' });
  }
}

export const volunteerInput = volunteerFields.superRefine(termOrder);
export type VolunteerInput = z.input<typeof volunteerInput>;
export type VolunteerData = z.output<typeof volunteerInput>;

export const volunteerUpdate = volunteerFields.extend({ id: z.number().int().positive() }).superRefine(termOrder);

export const emptyVolunteer: VolunteerInput = {
  title: '', firstName: '', lastName: '', firstNameEn: '', lastNameEn: '', nationalId: '', birthDate: null, sex: null,
  phone: '', lineId: '', email: '', address: emptyAddress, education: '', occupation: '', level: '',
  area: { subdistrict: '', district: '', province: '' }, appointmentOrderNo: '', appointmentDate: null,
  termStart: null, termEnd: null, notes: '',
};

/** A stored volunteer. After a PDPA erase the personal fields are blank and `erasedAt` is set. */
export interface Volunteer extends VolunteerData {
  id: number;
  status: VolunteerStatus;
  statusDate: string | null;
  erasedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const statusChange = z
  .object({
    id: z.number().int().positive(),
    status: z.enum(VOLUNTEER_STATUSES, 'กรุณาเลือกสถานะ'),
    date: isoDate,
    reason: text(1000),
  })
  .refine((v) => v.status === 'active' || v.reason.length > 0, { path: ['reason'], message: 'กรุณาระบุเหตุผล' });

export const termInput = z
  .object({
    id: z.number().int().positive(),
    orderNo: text(100),
    orderDate: optionalDate,
    termStart: isoDate,
    termEnd: isoDate,
  })
  .refine((v) => v.termEnd > v.termStart, { path: ['termEnd'], message: 'วันสิ้นสุดวาระต้องอยู่หลังวันเริ่มวาระ' });

/** One appointment term (วาระ) of the history. */
export interface VolunteerTerm {
  id: number;
  orderNo: string;
  orderDate: string | null;
  termStart: string | null;
  termEnd: string | null;
}

export interface VolunteerStatusChange {
  id: number;
  fromStatus: VolunteerStatus | null;
  toStatus: VolunteerStatus;
  date: string;
  reason: string;
  recordedAt: string;
}

/** Office rules about who may serve: checked as warnings, never as hard errors (DOMAIN.md). */
export const volunteerRules = z.object({
  termYears: z.number().int().min(1, 'วาระต้องอย่างน้อย 1 ปี').max(10, 'วาระไม่เกิน 10 ปี'),
  minAge: z.number().int().min(0).max(100).nullable(),
  maxAge: z.number().int().min(0).max(120).nullable(),
  /** Where the home address must lie compared with the covered area. */
  residence: z.enum(['none', 'province', 'district', 'subdistrict']),
  levels: z.array(requiredText('ระดับ', 100)).max(20, 'ระดับได้ไม่เกิน 20 รายการ'),
});
export type VolunteerRules = z.infer<typeof volunteerRules>;

export const defaultVolunteerRules: VolunteerRules = {
  termYears: 3,
  minAge: 18,
  maxAge: null,
  residence: 'district',
  levels: ['อาสาสมัครแรงงานระดับตำบล', 'อาสาสมัครแรงงานระดับอำเภอ', 'แกนนำอาสาสมัครแรงงาน', 'พี่เลี้ยงอาสาสมัครแรงงาน'],
};

export const RESIDENCE_LABELS: Record<VolunteerRules['residence'], string> = {
  none: 'ไม่ตรวจสอบ',
  province: 'อยู่ในจังหวัดเดียวกับพื้นที่รับผิดชอบ',
  district: 'อยู่ในอำเภอเดียวกับพื้นที่รับผิดชอบ',
  subdistrict: 'อยู่ในตำบลเดียวกับพื้นที่รับผิดชอบ',
};

export function fullName(v: { title: string; firstName: string; lastName: string }): string {
  return `${v.title}${v.firstName} ${v.lastName}`.trim();
}

/** One line of a volunteer's audit trail as the detail page shows it. */
export interface VolunteerAuditEntry {
  id: number;
  at: string;
  operator: string;
  action: string;
  /** `{ field: [old, new] }` for changes, or a description. */
  details: unknown;
}

/** Rule checks that warn but never stop saving (DOMAIN.md: qualifications are configurable). */
export function volunteerWarnings(
  v: Pick<VolunteerData, 'birthDate' | 'address' | 'area'>,
  rules: VolunteerRules,
  today: string,
): string[] {
  const out: string[] = [];
  if (v.birthDate) {
    const age = ageOn(v.birthDate, today);
    if (rules.minAge !== null && age < rules.minAge) out.push(`อายุ ${age} ปี ต่ำกว่าเกณฑ์ ${rules.minAge} ปี`);
    if (rules.maxAge !== null && age > rules.maxAge) out.push(`อายุ ${age} ปี เกินเกณฑ์ ${rules.maxAge} ปี`);
  }
  // The first level that differs is the one worth saying; a different province implies the rest.
  const levels = [['province', 'จังหวัด'], ['district', 'อำเภอ'], ['subdistrict', 'ตำบล']] as const;
  const depth = { none: 0, province: 1, district: 2, subdistrict: 3 }[rules.residence];
  for (const [key, label] of levels.slice(0, depth)) {
    const home = v.address[key];
    const covered = v.area[key];
    if (home && covered && home !== covered) {
      out.push(`ที่อยู่ไม่อยู่ใน${label}${covered} ซึ่งเป็นพื้นที่รับผิดชอบ`);
      break;
    }
  }
  return out;
}
