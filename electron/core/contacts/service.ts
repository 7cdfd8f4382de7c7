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
