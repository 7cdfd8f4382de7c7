import type { ActivityKindInfo } from '@shared/schemas/activity';
import type { FieldDef } from './import/headers';
import { fieldByKey } from './volunteer-fields';

/**
 * The columns of an office's activity report, with the header names offices use. Who the row is
 * reuses the register's own names for the ID and name columns, so a sheet that starts as a copy of
 * the register is read the same way.
 */
export interface ActivityField extends FieldDef {
  required?: boolean;
}

const from = (key: string, extra: string[] = []): ActivityField => {
  const f = fieldByKey(key)!;
  return { key, label: f.label, aliases: [...f.aliases, ...extra] };
};

const f = (key: string, label: string, aliases: string[]): ActivityField => ({ key, label, aliases });

const FIXED: ActivityField[] = [
  from('nationalId'),
  from('fullName', ['ชื่อ-สกุล อาสาสมัคร', 'ชื่ออาสาสมัคร', 'ชื่อ อสร.', 'อาสาสมัคร', 'volunteer']),
  from('title'),
  from('firstName'),
  from('lastName'),
  f('district', 'อำเภอ', ['อำเภอ/เขต', 'เขต', 'อ.', 'อำเภอที่รับผิดชอบ', 'พื้นที่รับผิดชอบ อำเภอ', 'district', 'amphoe']),
  f('date', 'วันที่', ['วันที่ปฏิบัติงาน', 'วันที่ทำกิจกรรม', 'วันที่ดำเนินการ', 'วัน/เดือน/ปี', 'ว/ด/ป', 'date', 'activity date']),
  f('month', 'เดือน', ['เดือน/ปี', 'ประจำเดือน', 'เดือนที่รายงาน', 'month']),
  f('kind', 'ประเภทกิจกรรม', ['ประเภท', 'กิจกรรม', 'ประเภทงาน', 'ลักษณะกิจกรรม', 'ลักษณะงาน', 'activity', 'kind', 'type']),
  f('people', 'จำนวนคน', ['จำนวน', 'จำนวนผู้ได้รับ', 'จำนวนผู้รับบริการ', 'จำนวนผู้ได้รับประโยชน์', 'ผู้ได้รับประโยชน์', 'จำนวนผู้เข้าร่วม', 'people', 'count', 'persons']),
  f('place', 'สถานที่', ['สถานที่ปฏิบัติงาน', 'สถานที่จัด', 'สถานที่ดำเนินการ', 'place', 'location', 'venue']),
  f('notes', 'รายละเอียด', ['หมายเหตุ', 'รายละเอียดกิจกรรม', 'notes', 'note', 'remark', 'remarks', 'details']),
  f('agency', 'หน่วยงานที่ส่งต่อ', ['หน่วยงาน', 'ส่งต่อหน่วยงาน', 'ส่งต่อไปยัง', 'agency', 'referred to']),
  f('outcome', 'ผลการส่งต่อ', ['ผล', 'ผลการช่วยเหลือ', 'ผลการดำเนินการ', 'outcome', 'result']),
];

/** A column holding one kind's counts in a volunteer × kind table. */
export const KIND_COLUMN = 'kind:';

/** Names a kind goes by in a header or a cell: its full name and, for `ชี้เป้า/ส่งต่อ…`, the part before the slash. */
export function kindNames(name: string): string[] {
  const head = name.split('/')[0].trim();
  return head && head !== name ? [name, head] : [name];
}

/** The fixed fields, then a column per active kind for the table shape. */
export function activityFields(kinds: ActivityKindInfo[]): ActivityField[] {
  return [...FIXED, ...kinds.filter((k) => k.active).map((k) => ({ key: `${KIND_COLUMN}${k.id}`, label: `จำนวน: ${k.name}`, aliases: kindNames(k.name) }))];
}
