import { SEX_LABELS, STATUS_LABELS, type Address, type Area, type Sex, type VolunteerStatus } from '@shared/schemas/volunteer';
import { AWARD_KIND_LABELS, awardName, type AwardKind } from '@shared/schemas/award';
import { formatNationalId, formatPhone, formatThaiDateShort, isIsoDate } from '@shared/thai';
import { FIELD_LABELS, addressText, areaText } from './labels';

/**
 * The volunteer page's history in the clerk's words: the core stores each entry's details as
 * codes and raw values (`{ sex: ['male', 'female'] }`, `{ file, row }`); this says them in Thai.
 */

/** One value as the volunteer page shows it: Thai labels for codes, Thai dates, the ID and phone grouped. */
function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'status') return STATUS_LABELS[value as VolunteerStatus] ?? String(value);
  if (field === 'sex') return SEX_LABELS[value as Sex] ?? String(value);
  if (field === 'kind') return AWARD_KIND_LABELS[value as AwardKind] ?? String(value);
  if (field === 'nationalId' && typeof value === 'string') return formatNationalId(value);
  // Stored as digits only; read grouped, as on the page.
  if (field === 'phone' && typeof value === 'string') return formatPhone(value);
  if (field === 'address' && typeof value === 'object') return addressText(value as Address) || '—';
  if (field === 'area' && typeof value === 'object') return areaText(value as Area) || '—';
  if (typeof value === 'boolean') return value ? 'ใช่' : 'ไม่ใช่';
  if (typeof value === 'number') return value.toLocaleString('th-TH');
  if (typeof value === 'string') return isIsoDate(value) ? formatThaiDateShort(value) : value;
  return JSON.stringify(value);
}

/** The row's own timestamps: an import's changes list them, and the entry's time already says when. */
const BOOKKEEPING = new Set(['createdAt', 'updatedAt']);

/** `field: value`, or `field: old → new` for a change (a new record's blank "before" is left out). */
function fieldLines(action: string, details: Record<string, unknown>): string[] {
  return Object.entries(details).filter(([field]) => !BOOKKEEPING.has(field)).map(([field, value]) => {
    const label = FIELD_LABELS[field] ?? field;
    if (Array.isArray(value) && value.length === 2) {
      return action === 'create' ? `${label}: ${show(field, value[1])}` : `${label}: ${show(field, value[0])} → ${show(field, value[1])}`;
    }
    return `${label}: ${show(field, value)}`;
  });
}

/** Where an imported row came from: `จากไฟล์ ทะเบียน.xlsx แถวที่ 6`. */
function importSource(d: { file?: unknown; row?: unknown }): string {
  return `จากไฟล์ ${String(d.file ?? '—')} แถวที่ ${show('row', d.row)}`;
}

/** One line per detail of an audit entry of a volunteer. */
export function auditLines(action: string, details: unknown): string[] {
  if (!details || typeof details !== 'object') return [];
  const d = details as Record<string, unknown>;
  if (d.erased) return ['(รายละเอียดถูกลบตามคำขอ PDPA)'];
  switch (action) {
    case 'import':
      return [importSource(d)];
    case 'import-update':
      return [importSource(d), ...fieldLines(action, (d.changes ?? {}) as Record<string, unknown>)];
    case 'export':
      // The file a PDPA access request gets: everything held about the person.
      return ['ข้อมูลทั้งหมดของบุคคลนี้ บันทึกเป็นไฟล์ .json'];
    case 'merge': {
      const removed = (d.removed ?? {}) as Record<string, unknown>;
      const moved = (d.moved ?? {}) as Record<string, unknown>;
      return [
        `รวมแถวของ ${String(removed.title ?? '')}${String(removed.firstName ?? '')} ${String(removed.lastName ?? '')} (${show('nationalId', removed.nationalId)}) เข้ามา`,
        ...fieldLines('update', (d.changes ?? {}) as Record<string, unknown>),
        `ย้ายมา: โครงการ ${show('n', moved.seminars)} วาระ ${show('n', moved.terms)} ประวัติสถานะ ${show('n', moved.statusChanges)} ผลงาน ${show('n', moved.activities)} รูปถ่าย ${show('n', moved.photos)} บัตร ${show('n', moved.cards)} รางวัล ${show('n', moved.awards ?? 0)} รายการ`,
        `รวมรายชื่อในโครงการเดียวกัน ${show('n', Array.isArray(d.joinedParticipants) ? d.joinedParticipants.length : 0)} โครงการ`,
      ];
    }
    case 'award-create':
    case 'award-delete':
      return [`${awardName(d as { kind: AwardKind; kindText: string })} ปีงบประมาณ ${String(d.fiscalYear)}`, ...[d.givenBy, d.givenOn].filter(Boolean).map((x) => show('givenOn', x))];
    case 'certificate-issue':
      return [`เลขที่ ${String(d.number)}`];
    case 'not-duplicate':
      return [`ตรวจแล้วไม่ใช่คนเดียวกับอาสาสมัครรหัส ${show('n', d.other)}`];
    case 'erase':
      return [`เหตุผล: ${show('reason', d.reason)}`, `รายชื่อในโครงการที่ลบข้อมูล: ${show('seminarRows', d.seminarRows)} รายการ`];
    default:
      return fieldLines(action, d);
  }
}
