import type { z } from 'zod';
import { AppFailure } from '@shared/errors';
import type { Participant, ParticipantCategory, participantAmountsBulk, participantUpdate } from '@shared/schemas/seminar';
import { isValidNationalId, normalizeNationalId } from '@shared/thai';
import { getContact, nameKey } from '../contacts/service';
import type { Db } from '../db/open';

/** A participant before it has a row: the group is given separately, the category may default from it. */
export type NewParticipant = Pick<Participant, 'source' | 'volunteerId' | 'contactId' | 'name' | 'position' | 'agency' | 'phone' | 'nationalId'> & {
  category?: ParticipantCategory;
};

export interface AddResult {
  added: number;
  /** Names already in the seminar, left out. */
  skipped: string[];
  ids: number[];
}

export function requireGroup(db: Db, seminarId: number, groupId: number): { category: ParticipantCategory } {
  const g = db.prepare('SELECT category FROM seminar_groups WHERE id = ? AND seminar_id = ?').get(groupId, seminarId) as
    | { category: ParticipantCategory }
    | undefined;
  if (!g) throw new AppFailure('NOT_FOUND', 'ไม่พบกลุ่มเป้าหมายนี้ในโครงการ', { groupId: 'กรุณาเลือกกลุ่มเป้าหมาย' });
  return g;
}

/** The participant already in the seminar who is this person, matched by register entry, contact, ID or name. */
function findSame(db: Db, seminarId: number, p: NewParticipant): string | null {
  const row = db
    .prepare(
      `SELECT name FROM seminar_participants WHERE seminar_id = @seminarId AND (
         volunteer_id = @volunteerId OR contact_id = @contactId OR (@nationalId <> '' AND national_id = @nationalId) OR name_key = @nameKey)
       LIMIT 1`,
    )
    .get({ seminarId, volunteerId: p.volunteerId, contactId: p.contactId, nationalId: p.nationalId, nameKey: nameKey(p.name) }) as
    | { name: string }
    | undefined;
  return row?.name ?? null;
}

/**
 * Adds people to one group, skipping anyone already in the seminar (no person twice). The caller
 * holds the transaction, so a batch is all-or-nothing.
 */
export function addParticipants(db: Db, seminarId: number, groupId: number, people: NewParticipant[], at: string): AddResult {
  const group = requireGroup(db, seminarId, groupId);
  const insert = db.prepare(
    `INSERT INTO seminar_participants
       (seminar_id, group_id, source, volunteer_id, contact_id, name, position, agency, phone, national_id, category, name_key, created_at)
     VALUES (@seminarId, @groupId, @source, @volunteerId, @contactId, @name, @position, @agency, @phone, @nationalId, @category, @nameKey, @at)`,
  );
  const result: AddResult = { added: 0, skipped: [], ids: [] };
  for (const p of people) {
    if (findSame(db, seminarId, p)) {
      result.skipped.push(p.name);
      continue;
    }
    const id = insert.run({ ...p, seminarId, groupId, category: p.category ?? group.category, nameKey: nameKey(p.name), at }).lastInsertRowid;
    result.ids.push(Number(id));
    result.added++;
  }
  return result;
}

/** A walk-in is one person typed at the desk: a duplicate is an error the clerk must see. */
export function addWalkin(db: Db, seminarId: number, groupId: number, p: NewParticipant, at: string): number {
  const nid = normalizeNationalId(p.nationalId);
  if (nid && !isValidNationalId(nid)) {
    throw new AppFailure('VALIDATION', 'เลขประจำตัวประชาชนไม่ถูกต้อง', { nationalId: 'เลขประจำตัวประชาชนไม่ถูกต้อง' });
  }
  const person = { ...p, nationalId: nid };
  const same = findSame(db, seminarId, person);
  if (same) throw new AppFailure('CONFLICT', `"${same}" อยู่ในรายชื่อผู้เข้าร่วมโครงการนี้แล้ว`, { name: 'มีรายชื่อนี้แล้ว' });
  return addParticipants(db, seminarId, groupId, [person], at).ids[0];
}

interface VolunteerRow {
  id: number;
  name: string;
  phone: string;
  nationalId: string | null;
  subdistrict: string;
  district: string;
}

/**
 * Volunteers as participants: a snapshot of name and area, so the seminar's documents keep what
 * was true on the day. Erased records (PDPA) are not offered; with `servingOnly`, neither is anyone
 * who has left (resigned, deceased, removed).
 */
export function volunteersAsParticipants(db: Db, ids: number[], { servingOnly = false } = {}): NewParticipant[] {
  const select = db.prepare(
    `SELECT id, title || first_name || ' ' || last_name AS name, phone, national_id AS nationalId,
            area_subdistrict AS subdistrict, area_district AS district
     FROM volunteers WHERE id = ? AND erased_at IS NULL AND (? = 0 OR status IN ('active', 'term_ended'))`,
  );
  return ids.flatMap((id) => {
    const v = select.get(id, servingOnly ? 1 : 0) as VolunteerRow | undefined;
    if (!v) return [];
    const area = [v.subdistrict && `ตำบล${v.subdistrict}`, v.district && `อำเภอ${v.district}`].filter(Boolean).join(' ');
    return [{
      source: 'volunteer' as const,
      volunteerId: v.id,
      contactId: null,
      name: v.name,
      position: 'อาสาสมัครแรงงาน',
      agency: area,
      phone: v.phone,
      nationalId: v.nationalId ?? '',
    }];
  });
}

/** Contacts of the directory as participants; a government contact defaults to "official", others to "outsider". */
export function contactsAsParticipants(db: Db, ids: number[], category: ParticipantCategory | undefined): NewParticipant[] {
  return ids.map((id) => {
    const c = getContact(db, id);
    if (!c) throw new AppFailure('NOT_FOUND', 'ไม่พบรายชื่อที่เลือกในทะเบียนรายชื่อ อาจถูกลบไปแล้ว');
    return {
      source: 'contact', volunteerId: null, contactId: c.id, name: c.name, position: c.position, agency: c.agency,
      phone: c.phone, nationalId: '', category: category ?? (c.isGovernment ? 'official' : 'outsider'),
    };
  });
}

export function updateParticipant(db: Db, change: z.output<typeof participantUpdate>): void {
  db.prepare(
    `UPDATE seminar_participants SET group_id = @groupId, category = @category, position = @position, agency = @agency,
       travel_amount = @travelAmount, allowance_amount = @allowanceAmount WHERE id = @id`,
  ).run(change);
}

/** Sets one amount for a group (or the whole seminar); returns how many participants it changed. */
export function setParticipantAmounts(db: Db, { seminarId, groupId, field, amount, onlyEmpty }: z.output<typeof participantAmountsBulk>): number {
  const column = field === 'travelAmount' ? 'travel_amount' : 'allowance_amount';
  return db
    .prepare(
      `UPDATE seminar_participants SET ${column} = @amount
       WHERE seminar_id = @seminarId AND (@groupId IS NULL OR group_id = @groupId) AND (@onlyEmpty = 0 OR ${column} IS NULL)
         AND ${column} IS NOT @amount`,
    )
    .run({ seminarId, groupId, amount, onlyEmpty: onlyEmpty ? 1 : 0 }).changes;
}

export function removeParticipant(db: Db, id: number): void {
  db.prepare('DELETE FROM seminar_participants WHERE id = ?').run(id);
}

/** What an erased person's seminar rows show instead of the name. */
export const ERASED_PARTICIPANT_NAME = 'ข้อมูลถูกลบตามคำขอของเจ้าของข้อมูล';

/**
 * PDPA erase of a volunteer: their seminar rows keep counts, attendance (evidence for past
 * payments) and certificate numbers (the office's register of numbers keeps no gap) but lose the
 * name, ID and phone. For the volunteers' erase to call in its transaction.
 */
export function eraseVolunteerFromSeminars(db: Db, volunteerId: number): number {
  return db
    .prepare(
      `UPDATE seminar_participants SET name = ?, national_id = '', phone = '',
         agency = '', name_key = 'erased-' || id WHERE volunteer_id = ?`,
    )
    .run(ERASED_PARTICIPANT_NAME, volunteerId).changes;
}
