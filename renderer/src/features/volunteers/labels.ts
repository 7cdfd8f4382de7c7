import { STATUS_LABELS, type VolunteerStatus } from '@shared/schemas/volunteer';
import { formatThaiDateShort } from '@shared/thai';

export const STATUS_COLORS: Record<VolunteerStatus, string> = {
  active: 'green',
  term_ended: 'yellow',
  resigned: 'gray',
  deceased: 'dark',
  removed: 'red',
};

export const statusOptions = (Object.keys(STATUS_LABELS) as VolunteerStatus[]).map((s) => ({ value: s, label: STATUS_LABELS[s] }));

/** `13 มี.ค. 2563`, or a dash for no date. */
export function dateText(iso: string | null | undefined): string {
  return iso ? formatThaiDateShort(iso) : '—';
}

/** Thai names of the fields, for the audit trail. */
export const FIELD_LABELS: Record<string, string> = {
  title: 'คำนำหน้า', firstName: 'ชื่อ', lastName: 'นามสกุล', firstNameEn: 'ชื่อ (อังกฤษ)', lastNameEn: 'นามสกุล (อังกฤษ)',
  nationalId: 'เลขประจำตัวประชาชน', birthDate: 'วันเกิด', sex: 'เพศ', phone: 'โทรศัพท์', lineId: 'LINE ID', email: 'อีเมล',
  address: 'ที่อยู่', education: 'การศึกษา', occupation: 'อาชีพ', level: 'ระดับ', area: 'พื้นที่รับผิดชอบ',
  appointmentOrderNo: 'คำสั่งแต่งตั้งเลขที่', appointmentDate: 'วันที่คำสั่ง', termStart: 'เริ่มวาระ', termEnd: 'สิ้นสุดวาระ',
  notes: 'หมายเหตุ', status: 'สถานะ', date: 'วันที่', reason: 'เหตุผล', orderNo: 'คำสั่งเลขที่', orderDate: 'วันที่คำสั่ง', seminarRows: 'รายชื่อในโครงการที่ลบข้อมูล',
};

export const ACTION_LABELS: Record<string, string> = {
  create: 'เพิ่มข้อมูล',
  update: 'แก้ไขข้อมูล',
  status: 'เปลี่ยนสถานะ',
  term: 'แต่งตั้งวาระใหม่',
  erase: 'ลบข้อมูลส่วนบุคคล (PDPA)',
  export: 'ส่งออกข้อมูลส่วนบุคคล',
};
