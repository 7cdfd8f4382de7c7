import type { ParsedInput } from '@shared/api';
import { AppFailure } from '@shared/errors';
import type { Contact } from '@shared/schemas/contact';
import type { Db } from '../db/open';

/** Two spellings of one name that differ only in spacing are the same person. */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

const COLUMNS = 'id, name, position, agency, phone, is_government AS isGovernment, notes';
type Row = Omit<Contact, 'isGovernment'> & { isGovernment: number };
const toContact = (r: Row): Contact => ({ ...r, isGovernment: r.isGovernment === 1 });

export function getContact(db: Db, id: number): Contact | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM contacts WHERE id = ?`).get(id) as Row | undefined;
  return row ? toContact(row) : null;
}

/** Contacts whose name, position or agency contain the query, by name. */
export function searchContacts(db: Db, query: string, limit: number): Contact[] {
  const like = `%${query.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM contacts
       WHERE @query = '' OR name LIKE @like ESCAPE '\\' OR position LIKE @like ESCAPE '\\' OR agency LIKE @like ESCAPE '\\'
       ORDER BY name LIMIT @limit`,
    )
    .all({ query, like, limit }) as Row[];
  return rows.map(toContact);
}

/**
 * Saves a contact (a new one without `id`) and gives its id and, for an edit, the row as it was;
 * a second contact whose name differs only in spacing is refused.
 */
export function saveContact(db: Db, input: ParsedInput<'contact-save'>, at: string): { id: number; before: Contact | null } {
  const key = nameKey(input.name);
  const twin = db.prepare('SELECT id FROM contacts WHERE name_key = ? AND id IS NOT ?').get(key, input.id ?? null);
  if (twin) throw new AppFailure('CONFLICT', `มี "${input.name}" ในทะเบียนรายชื่อแล้ว`, { name: 'ชื่อนี้มีอยู่แล้ว' });
  const values = [input.name, input.position, input.agency, input.phone, input.isGovernment ? 1 : 0, input.notes, key, at];
  if (input.id) {
    const before = getContact(db, input.id);
    if (!before) throw new AppFailure('NOT_FOUND', 'ไม่พบรายชื่อนี้ อาจถูกลบไปแล้ว');
    db.prepare('UPDATE contacts SET name = ?, position = ?, agency = ?, phone = ?, is_government = ?, notes = ?, name_key = ?, updated_at = ? WHERE id = ?').run(...values, input.id);
    return { id: input.id, before };
  }
  const id = Number(
    db.prepare('INSERT INTO contacts (name, position, agency, phone, is_government, notes, name_key, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(...values, at).lastInsertRowid,
  );
  return { id, before: null };
}

export function deleteContact(db: Db, id: number): void {
  // Past participants keep their own copy of the name, so only the link is cut.
  db.prepare('UPDATE seminar_participants SET contact_id = NULL WHERE contact_id = ?').run(id);
  const r = db.prepare('DELETE FROM contacts WHERE id = ?').run(id);
  if (!r.changes) throw new AppFailure('NOT_FOUND', 'ไม่พบรายชื่อนี้ อาจถูกลบไปแล้ว');
}
