import type { ContactRowsRead } from '@shared/api/contacts';
import { AppFailure } from '@shared/errors';
import { contactInput, type ContactDraft, type ContactDuplicate, type ContactRowCheck } from '@shared/schemas/contact';
import { stripControls } from '@shared/schemas/common';
import { fromThaiDigits } from '@shared/thai/digits';
import { normalizeNationalId } from '@shared/thai';
import { isCanonicalPhone, normalizePhone } from '@shared/thai/phone';
import { diff } from '../audit';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { parseCsv } from '../spreadsheets/import/csv';
import { detectHeader, unmappedColumns, type FieldDef } from '../spreadsheets/import/headers';
import type { RawCell, RawRow, RawSheet } from '../spreadsheets/import/table';
import { splitTitle, textOf } from '../spreadsheets/import/volunteer-rows';
import { fieldByKey } from '../spreadsheets/volunteer-fields';
import { getContact, nameKey } from './service';

/** The register import's own header names for the parts of a name and the phone, plus a contact's two. */
const borrowed = (key: string): FieldDef => {
  const f = fieldByKey(key)!;
  return { key: f.key, label: f.label, aliases: f.aliases };
};
const CONTACT_FIELDS: FieldDef[] = [
  borrowed('title'),
  borrowed('firstName'),
  borrowed('lastName'),
  borrowed('fullName'),
  { key: 'position', label: 'ตำแหน่ง', aliases: ['ตำแหน่งงาน', 'ตำแหน่งหน้าที่', 'position', 'job title'] },
  { key: 'agency', label: 'หน่วยงาน', aliases: ['สังกัด', 'หน่วยงาน/สังกัด', 'ส่วนราชการ', 'หน่วยงานต้นสังกัด', 'agency', 'organization', 'organisation', 'office'] },
  borrowed('phone'),
  borrowed('nationalId'),
  { key: 'address', label: 'ที่อยู่', aliases: ['ที่อยู่ปัจจุบัน', 'ที่อยู่ตามบัตรประชาชน', 'ที่อยู่ที่ติดต่อได้', 'address'] },
];

/** The order of a list without a header row: as the grid shows it. */
const ORDER = ['name', 'position', 'agency', 'phone', 'nationalId', 'address'] as const;
/** A running number (ลำดับ) in front of a headerless row: `1`, `๑๒.`. */
const RUNNING_NUMBER = /^\d{1,4}\.?$/;

const isBlank = (row: RawRow) => row.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
const looksLikePhone = (cell: RawCell) => cell !== null && isCanonicalPhone(normalizePhone(textOf(cell, 'phone')));

/**
 * A headerless row, read in the grid's order. Gaps are tolerated: a cell holding a phone number
 * fills the phone wherever it stands, a running number in front is dropped, and a title alone in
 * its cell (`นาย` | `สมชาย ใจดี`) is joined to the name after it.
 */
function positionalRow(row: RawRow): ContactDraft {
  const cells = row.filter((c) => c !== null && String(c).trim() !== '');
  if (cells.length > 1 && RUNNING_NUMBER.test(fromThaiDigits(String(cells[0]).trim()))) cells.shift();
  const out = { name: '', position: '', agency: '', phone: '', nationalId: '', address: '', isGovernment: true };
  let next = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!out.phone && next > 0 && looksLikePhone(cell)) {
      out.phone = textOf(cell, 'phone');
      // Taken in its own place, the columns after it (ID, address) follow on.
      if (ORDER[next] === 'phone') next++;
      continue;
    }
    if (next === 0 && i + 1 < cells.length && splitTitle(textOf(cell, 'text'))[1] === '') {
      out.name = `${textOf(cell, 'text')}${textOf(cells[i + 1], 'text')}`;
      i++;
      next = 1;
      continue;
    }
    const field = ORDER[next++];
    if (!field) break;
    if (field === 'phone' && out.phone) continue;
    out[field] = textOf(cell, field === 'phone' ? 'phone' : 'text');
  }
  return out;
}

function columnRows(rows: RawRow[], headerRow: number, columns: { index: number; field: string | null }[]): ContactDraft[] {
  const at = (row: RawRow, key: string) => {
    const col = columns.find((c) => c.field === key);
    return col ? textOf(row[col.index] ?? null, key === 'phone' ? 'phone' : 'text') : '';
  };
  const out: ContactDraft[] = [];
  for (const row of rows.slice(headerRow + 1)) {
    if (isBlank(row)) continue;
    const parts = [at(row, 'title') + at(row, 'firstName'), at(row, 'lastName')].filter(Boolean).join(' ');
    out.push({ name: at(row, 'fullName') || parts, position: at(row, 'position'), agency: at(row, 'agency'), phone: at(row, 'phone'), nationalId: at(row, 'nationalId'), address: at(row, 'address'), isGovernment: true });
  }
  return out;
}

const NO_HEADER = 'ไม่มีแถวหัวตาราง จึงอ่านคอลัมน์ตามลำดับ: ชื่อ-นามสกุล ตำแหน่ง หน่วยงาน โทรศัพท์ เลขประจำตัวประชาชน ที่อยู่ กรุณาตรวจในตารางก่อนบันทึก';

/** A spreadsheet's rows (the register import's reader): by its header row when it has one (the same detection), else in the grid's order. */
export function readContactSheets(sheets: RawSheet[]): ContactRowsRead {
  let detected: ReturnType<typeof detectHeader> | null = null;
  try {
    detected = detectHeader(sheets, CONTACT_FIELDS);
  } catch (e) {
    if (!(e instanceof AppFailure)) throw e;
  }
  const ensure = (r: ContactRowsRead) => {
    if (!r.rows.length) throw new AppFailure('BAD_FILE', 'ไม่พบรายชื่อในข้อมูลนี้ กรุณาคัดลอกแถวที่มีชื่อ ตำแหน่ง หน่วยงาน และโทรศัพท์');
    return r;
  };
  if (!detected || !detected.columns.some((c) => c.field && ['fullName', 'firstName'].includes(c.field))) {
    const rows = (sheets[0]?.rows ?? []).filter((r) => !isBlank(r)).map(positionalRow);
    return ensure({ rows, notices: [NO_HEADER] });
  }
  const { sheet, headerRow, columns } = detected;
  const left = unmappedColumns(columns);
  const notices = [`อ่านหัวตารางจากแถวที่ ${headerRow + 1}${sheets.length > 1 ? ` ของแผ่นงาน "${sheet.name}"` : ''}`];
  if (left.length) notices.push(`คอลัมน์ที่ไม่ได้นำเข้า: ${left.join(', ')}`);
  return ensure({ rows: columnRows(sheet.rows, headerRow, columns), notices });
}

/** Rows pasted from Excel: tab-separated lines, with or without the header row. */
export function readPastedContacts(text: string): ContactRowsRead {
  return readContactSheets([{ name: 'CSV', rows: parseCsv(stripControls(text)) }]);
}

/** The row's values as they will be saved: controls stripped, spaces tidied, the title joined, the phone in its one form. */
function tidy(d: ContactDraft): ContactDraft {
  const line = (s: string) => stripControls(s).replace(/\s+/g, ' ').trim();
  const [title, rest] = splitTitle(line(d.name));
  return {
    name: title ? `${title}${rest}` : rest,
    position: line(d.position),
    agency: line(d.agency),
    phone: normalizePhone(line(d.phone)),
    nationalId: normalizeNationalId(line(d.nationalId)),
    address: line(d.address),
    isGovernment: d.isGovernment,
  };
}

/** A name without its title and spaces: `น.ส. สมหญิง ดี` and `นางสาวสมหญิง ดี` are one person. */
const personKey = (name: string) => nameKey(splitTitle(name)[1]);

/**
 * Checks grid rows: the contact form's own rules, and twins by name (title aside) or by phone in
 * the directory and in earlier rows of the grid.
 */
export function checkContactRows(db: Db, drafts: ContactDraft[]): ContactRowCheck[] {
  const directory = db.prepare('SELECT id, name, phone, name_key AS nameKey FROM contacts').all() as { id: number; name: string; phone: string; nameKey: string }[];
  const byName = new Map<string, typeof directory>();
  const byPhone = new Map<string, typeof directory>();
  const byExact = new Map<string, number>();
  for (const c of directory) {
    byName.set(personKey(c.name), [...(byName.get(personKey(c.name)) ?? []), c]);
    const p = normalizePhone(c.phone);
    if (isCanonicalPhone(p)) byPhone.set(p, [...(byPhone.get(p) ?? []), c]);
    byExact.set(c.nameKey, c.id);
  }
  const earlierName = new Map<string, number>();
  const earlierPhone = new Map<string, number>();
  return drafts.map((draft, i) => {
    const values = tidy(draft);
    const parsed = contactInput.safeParse({ ...values, notes: '' });
    const errors: ContactRowCheck['errors'] = {};
    if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path[0] as keyof ContactDraft] ??= issue.message;
    const duplicates: ContactDuplicate[] = [];
    const key = personKey(values.name);
    const phone = isCanonicalPhone(values.phone) ? values.phone : '';
    for (const c of (key && byName.get(key)) || []) duplicates.push({ reason: 'name', contactId: c.id, row: null, name: c.name });
    for (const c of (phone && byPhone.get(phone)) || []) if (!duplicates.some((d) => d.contactId === c.id)) duplicates.push({ reason: 'phone', contactId: c.id, row: null, name: c.name });
    const twinByName = key ? earlierName.get(key) : undefined;
    const twinByPhone = phone ? earlierPhone.get(phone) : undefined;
    if (twinByName !== undefined) duplicates.push({ reason: 'name', contactId: null, row: twinByName, name: tidy(drafts[twinByName]).name });
    else if (twinByPhone !== undefined) duplicates.push({ reason: 'phone', contactId: null, row: twinByPhone, name: tidy(drafts[twinByPhone]).name });
    if (key && !earlierName.has(key)) earlierName.set(key, i);
    if (phone && !earlierPhone.has(phone)) earlierPhone.set(phone, i);
    return { values, errors, duplicates, updates: byExact.get(nameKey(values.name)) ?? null };
  });
}

/**
 * Saves the rows the clerk kept, in one transaction (all or nothing). A kept row whose exact name
 * is already a contact (in the directory or saved earlier in this grid) brings its filled-in
 * details into that contact; any other kept row becomes a new contact. Each change is audited.
 */
export function saveContactRows(ctx: CoreContext, rows: (ContactDraft & { keep: boolean })[]): { added: number; updated: number; skipped: number } {
  return ctx.db.transaction(() => {
    const checked = checkContactRows(ctx.db, rows);
    const fields: Record<string, string> = {};
    checked.forEach((c, i) => {
      if (!rows[i].keep) return;
      for (const [field, message] of Object.entries(c.errors)) fields[`rows.${i}.${field}`] = message;
    });
    const wrong = Object.keys(fields).length;
    if (wrong) throw new AppFailure('VALIDATION', `ยังบันทึกไม่ได้ มี ${wrong} ช่องที่ต้องแก้ไข (ดูข้อความสีแดงในตาราง) หรือเลือก "ข้าม" แถวนั้น`, fields);
    const at = ctx.now().toISOString();
    const audit = ctx.auditMany();
    const find = ctx.db.prepare('SELECT id FROM contacts WHERE name_key = ?');
    const insert = ctx.db.prepare(
      'INSERT INTO contacts (name, position, agency, phone, is_government, notes, national_id, address, name_key, updated_at, created_at) VALUES (?, ?, ?, ?, ?, \'\', ?, ?, ?, ?, ?)',
    );
    const update = ctx.db.prepare('UPDATE contacts SET position = ?, agency = ?, phone = ?, national_id = ?, address = ?, is_government = ?, updated_at = ? WHERE id = ?');
    let added = 0;
    let updated = 0;
    checked.forEach(({ values: v }, i) => {
      if (!rows[i].keep) return;
      const key = nameKey(v.name);
      const twin = find.get(key) as { id: number } | undefined;
      if (twin) {
        const before = getContact(ctx.db, twin.id)!;
        update.run(v.position || before.position, v.agency || before.agency, v.phone || before.phone, v.nationalId || before.nationalId, v.address || before.address, v.isGovernment ? 1 : 0, at, twin.id);
        const changes = diff(before, getContact(ctx.db, twin.id)!);
        if (Object.keys(changes).length) {
          audit({ entity: 'contact', entityId: String(twin.id), action: 'update', details: changes });
          updated++;
        }
        return;
      }
      const id = Number(insert.run(v.name, v.position, v.agency, v.phone, v.isGovernment ? 1 : 0, v.nationalId, v.address, key, at, at).lastInsertRowid);
      audit({ entity: 'contact', entityId: String(id), action: 'create', details: { name: v.name } });
      added++;
    });
    return { added, updated, skipped: rows.filter((r) => !r.keep).length };
  })();
}
