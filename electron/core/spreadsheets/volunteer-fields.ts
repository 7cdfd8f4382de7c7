import type { FieldDef } from './import/headers';

/**
 * The columns of a volunteer list, with the header names offices use. The first name in each
 * list is what our own export writes, so an exported register imports back unchanged.
 */
export type ValueKind = 'text' | 'multiline' | 'date' | 'nationalId' | 'sex' | 'phone' | 'digits' | 'place' | 'fullName' | 'fullAddress';

export interface VolunteerField extends FieldDef {
  kind: ValueKind;
  required?: boolean;
}

const f = (key: string, label: string, kind: ValueKind, aliases: string[], required = false): VolunteerField => ({ key, label, kind, aliases, required });

export const VOLUNTEER_FIELDS: VolunteerField[] = [
  f('title', 'คำนำหน้าชื่อ', 'text', ['คำนำหน้า', 'คำนำหน้านาม', 'คำนำหน้าชื่อ', 'title', 'prefix', 'name title'], true),
  f('firstName', 'ชื่อ', 'text', ['ชื่อจริง', 'first name', 'firstname', 'name', 'given name'], true),
  f('lastName', 'นามสกุล', 'text', ['สกุล', 'last name', 'lastname', 'surname', 'family name'], true),
  // One column "ชื่อ-สกุล" holding `นายสมชาย ใจดี` is split into title, first and last name.
  f('fullName', 'ชื่อ-นามสกุล', 'fullName', ['ชื่อ-สกุล', 'ชื่อ สกุล', 'ชื่อและนามสกุล', 'ชื่อ-สกุล อสร.', 'ชื่อ-นามสกุล อสร.', 'full name', 'fullname', 'name-surname', 'name and surname']),
  f('firstNameEn', 'ชื่อภาษาอังกฤษ', 'text', ['first name english', 'firstnameen']),
  f('lastNameEn', 'นามสกุลภาษาอังกฤษ', 'text', ['last name english', 'lastnameen']),
  f('nationalId', 'เลขประจำตัวประชาชน', 'nationalId', ['เลขบัตรประชาชน', 'เลขบัตรประจำตัวประชาชน', 'เลขประจำตัวประชาชน 13 หลัก', 'บัตรประชาชน', 'เลขที่บัตรประชาชน', 'เลขบัตร', 'เลขประจำตัว', 'national id', 'nationalid', 'national id no', 'id card', 'id card no', 'id no', 'id number', 'citizen id', 'identification number', 'pid'], true),
  f('birthDate', 'วันเกิด', 'date', ['วันเดือนปีเกิด', 'วัน/เดือน/ปี เกิด', 'ว/ด/ป เกิด', 'เกิดวันที่', 'birth date', 'birthdate', 'birthday', 'date of birth', 'dob']),
  f('sex', 'เพศ', 'sex', ['sex', 'gender']),
  f('phone', 'โทรศัพท์', 'phone', ['เบอร์โทร', 'เบอร์โทรศัพท์', 'หมายเลขโทรศัพท์', 'โทร', 'มือถือ', 'เบอร์มือถือ', 'โทรศัพท์มือถือ', 'หมายเลขโทรศัพท์มือถือ', 'เบอร์ติดต่อ', 'phone', 'phone no', 'phone number', 'telephone', 'mobile', 'mobile phone', 'mobile no', 'tel', 'tel no']),
  f('lineId', 'LINE ID', 'text', ['ไลน์', 'ไอดีไลน์', 'ไลน์ไอดี', 'line', 'lineid']),
  f('email', 'อีเมล', 'text', ['e-mail', 'email', 'อีเมล์', 'e-mail address']),
  // One column "ที่อยู่" holding `12/3 ม.4 ต.บ่อยาง อ.เมืองสงขลา จ.สงขลา 90000` is split into its parts.
  f('address.full', 'ที่อยู่ (ทั้งข้อความ)', 'fullAddress', ['ที่อยู่', 'ที่อยู่ตามทะเบียนบ้าน', 'ที่อยู่ปัจจุบัน', 'ที่อยู่ที่ติดต่อได้', 'ที่อยู่ที่สามารถติดต่อได้', 'address', 'home address']),
  f('address.houseNo', 'บ้านเลขที่', 'digits', ['เลขที่', 'ที่อยู่เลขที่', 'เลขที่บ้าน', 'house no', 'houseno', 'house number', 'address no']),
  f('address.moo', 'หมู่ที่', 'digits', ['หมู่', 'ม.', 'moo', 'village no', 'village number', 'mu']),
  f('address.village', 'หมู่บ้าน/อาคาร', 'text', ['หมู่บ้าน', 'ชื่อหมู่บ้าน', 'อาคาร', 'village', 'village name', 'building']),
  f('address.soi', 'ซอย', 'text', ['ซ.', 'soi', 'lane', 'alley']),
  f('address.road', 'ถนน', 'text', ['ถ.', 'road', 'street', 'thanon']),
  f('address.subdistrict', 'ตำบล/แขวง', 'place', ['ตำบล', 'แขวง', 'ต.', 'subdistrict', 'sub district', 'tambon', 'tambol', 'khwaeng']),
  f('address.district', 'อำเภอ/เขต', 'place', ['อำเภอ', 'เขต', 'อ.', 'district', 'amphoe', 'amphur', 'khet']),
  f('address.province', 'จังหวัด', 'place', ['จ.', 'province', 'changwat']),
  f('address.postcode', 'รหัสไปรษณีย์', 'digits', ['ไปรษณีย์', 'รหัส ปณ.', 'postcode', 'post code', 'zip', 'zip code', 'postal code']),
  f('education', 'การศึกษา', 'text', ['วุฒิการศึกษา', 'ระดับการศึกษา', 'การศึกษาสูงสุด', 'education', 'education level']),
  f('occupation', 'อาชีพ', 'text', ['อาชีพหลัก', 'occupation', 'career', 'job']),
  f('level', 'ระดับ อสร.', 'text', ['ระดับ', 'ประเภท อสร.', 'ประเภท', 'level']),
  f('area.subdistrict', 'ตำบลที่รับผิดชอบ', 'place', ['ตำบลที่รับผิดชอบ/แขวง', 'พื้นที่รับผิดชอบ', 'พื้นที่รับผิดชอบ ตำบล', 'area subdistrict']),
  f('area.district', 'อำเภอที่รับผิดชอบ', 'place', ['อำเภอที่รับผิดชอบ/เขต', 'พื้นที่รับผิดชอบ อำเภอ', 'area district']),
  f('area.province', 'จังหวัดที่รับผิดชอบ', 'place', ['พื้นที่รับผิดชอบ จังหวัด', 'area province']),
  f('appointmentOrderNo', 'เลขที่คำสั่งแต่งตั้ง', 'text', ['คำสั่งแต่งตั้ง', 'คำสั่งที่', 'เลขที่คำสั่ง', 'order no']),
  f('appointmentDate', 'วันที่แต่งตั้ง', 'date', ['ลงวันที่', 'วันที่คำสั่ง', 'วันที่คำสั่งแต่งตั้ง', 'appointment date']),
  f('termStart', 'วันเริ่มวาระ', 'date', ['เริ่มวาระ', 'วันเริ่มต้นวาระ', 'term start']),
  f('termEnd', 'วันสิ้นสุดวาระ', 'date', ['สิ้นสุดวาระ', 'ครบวาระ', 'วันครบวาระ', 'term end']),
  f('notes', 'หมายเหตุ', 'multiline', ['notes', 'note', 'remark', 'remarks']),
];

const BY_KEY = new Map(VOLUNTEER_FIELDS.map((x) => [x.key, x]));

export function fieldByKey(key: string): VolunteerField | undefined {
  return BY_KEY.get(key);
}
