import type { ParsedInput } from '@shared/api';
import { AppFailure } from '@shared/errors';
import type { Contact } from '@shared/schemas/contact';
import type { Db } from '../db/open';
import type { FilePayload } from '@shared/api/define';
import { readAudit } from '../audit';
import { afterErase, scrubAudit } from '../volunteers/pdpa';
import type { CoreContext } from '../context';
import type { HeldInBackup } from '@shared/api/backup';

/** Two spellings of one name that differ only in spacing are the same person. */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, '').toLowerCase();
}

const COLUMNS = 'id, name, position, agency, phone, is_government AS isGovernment, notes, national_id AS nationalId, address';
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
  const values = [input.name, input.position, input.agency, input.phone, input.isGovernment ? 1 : 0, input.notes, input.nationalId, input.address, key, at];
  if (input.id) {
    const before = getContact(db, input.id);
    if (!before) throw new AppFailure('NOT_FOUND', 'ไม่พบรายชื่อนี้ อาจถูกลบไปแล้ว');
    db.prepare('UPDATE contacts SET name = ?, position = ?, agency = ?, phone = ?, is_government = ?, notes = ?, national_id = ?, address = ?, name_key = ?, updated_at = ? WHERE id = ?').run(...values, input.id);
    return { id: input.id, before };
  }
  const id = Number(
    db.prepare('INSERT INTO contacts (name, position, agency, phone, is_government, notes, national_id, address, name_key, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(...values, at).lastInsertRowid,
  );
  return { id, before: null };
}

/**
 * Deletes a contact, which is its PDPA erase too: the row goes, the contact's earlier audit entries
 * lose their values (the national ID and address a correction recorded), and every other audit
 * text loses its name, ID and phone; when, who and what kind of change remain. Past participants
 * keep their own copy of the name (only the link is cut), and a speaker's row keeps what its
 * receipt printed, as a payment's evidence must.
 */
function deleteContact(db: Db, id: number): Contact {
  const c = getContact(db, id);
  if (!c) throw new AppFailure('NOT_FOUND', 'ไม่พบรายชื่อนี้ อาจถูกลบไปแล้ว');
  db.prepare('UPDATE seminar_participants SET contact_id = NULL WHERE contact_id = ?').run(id);
  db.prepare('DELETE FROM contacts WHERE id = ?').run(id);
  db.prepare("UPDATE audit_log SET details = '{\"erased\":true}' WHERE entity = 'contact' AND entity_id = ?").run(String(id));
  const tokens = [c.name, c.nationalId, c.phone, c.address].map((s) => s.trim()).filter((s) => s.length >= 4);
  scrubAudit(db, [...new Set(tokens)].sort((a, b) => b.length - a.length));
  return c;
}

/** contact-delete: the delete above with its audit entry, then what follows every PDPA erase; the backups that still hold the contact. */
export function eraseContact(ctx: CoreContext, id: number): HeldInBackup[] {
  const c = ctx.db.transaction(() => {
    const gone = deleteContact(ctx.db, id);
    ctx.audit({ entity: 'contact', entityId: String(id), action: 'delete', details: {} });
    return gone;
  })();
  return afterErase(ctx, (copy) => !!copy.prepare('SELECT 1 FROM contacts WHERE id = ? AND name = ?').get(c.id, c.name));
}

/** Everything held about one contact, for a PDPA access request (the export itself is audited by the caller). */
export function exportContact(db: Db, id: number, at: string): FilePayload {
  const contact = getContact(db, id);
  if (!contact) throw new AppFailure('NOT_FOUND', 'ไม่พบรายชื่อนี้ อาจถูกลบไปแล้ว');
  const data = {
    exportedAt: at,
    contact,
    seminars: db
      .prepare(
        `SELECT s.id AS seminarId, s.title, s.first_date AS firstDate, g.name AS groupName, p.name, p.position, p.agency
         FROM seminar_participants p JOIN seminars s ON s.id = p.seminar_id JOIN seminar_groups g ON g.id = p.group_id
         WHERE p.contact_id = ? ORDER BY s.first_date, s.id`,
      )
      .all(id),
    auditTrail: readAudit(db, 'contact', String(id)),
  };
  return { name: `ข้อมูลส่วนบุคคล-${contact.name.replace(/\s+/g, '-')}.json`, bytes: new TextEncoder().encode(JSON.stringify(data, null, 2)) };
}
