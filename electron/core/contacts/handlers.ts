import type { contactsApi } from '@shared/api/contacts';
import { AppFailure } from '@shared/errors';
import type { HandlerMap } from '../context';
import { diff } from '../audit';
import { readTable } from '../spreadsheets/import/table';
import { checkContactRows, readContactSheets, readPastedContacts, saveContactRows } from './bulk';
import { getContact, nameKey, searchContacts } from './service';

export const contactsHandlers: HandlerMap<keyof typeof contactsApi> = {
  'contact-search': ({ query, limit }, ctx) => searchContacts(ctx.db, query, limit),
  'contact-save': (input, ctx) =>
    ctx.db.transaction(() => {
      const key = nameKey(input.name);
      const twin = ctx.db.prepare('SELECT id FROM contacts WHERE name_key = ? AND id IS NOT ?').get(key, input.id ?? null);
      if (twin) throw new AppFailure('CONFLICT', `มี "${input.name}" ในทะเบียนรายชื่อแล้ว`, { name: 'ชื่อนี้มีอยู่แล้ว' });
      const at = ctx.now().toISOString();
      const values = [input.name, input.position, input.agency, input.phone, input.isGovernment ? 1 : 0, input.notes, key, at];
      if (input.id) {
        const before = getContact(ctx.db, input.id);
        if (!before) throw new AppFailure('NOT_FOUND', 'ไม่พบรายชื่อนี้ อาจถูกลบไปแล้ว');
        ctx.db
          .prepare('UPDATE contacts SET name = ?, position = ?, agency = ?, phone = ?, is_government = ?, notes = ?, name_key = ?, updated_at = ? WHERE id = ?')
          .run(...values, input.id);
        const after = getContact(ctx.db, input.id)!;
        ctx.audit({ entity: 'contact', entityId: String(input.id), action: 'update', details: diff(before, after) });
        return after;
      }
      const id = Number(
        ctx.db
          .prepare('INSERT INTO contacts (name, position, agency, phone, is_government, notes, name_key, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(...values, at).lastInsertRowid,
      );
      ctx.audit({ entity: 'contact', entityId: String(id), action: 'create', details: { name: input.name } });
      return getContact(ctx.db, id)!;
    })(),
  'contact-delete': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      // Past participants keep their own copy of the name, so only the link is cut.
      ctx.db.prepare('UPDATE seminar_participants SET contact_id = NULL WHERE contact_id = ?').run(id);
      const r = ctx.db.prepare('DELETE FROM contacts WHERE id = ?').run(id);
      if (!r.changes) throw new AppFailure('NOT_FOUND', 'ไม่พบรายชื่อนี้ อาจถูกลบไปแล้ว');
      ctx.audit({ entity: 'contact', entityId: String(id), action: 'delete', details: {} });
      return { deleted: true };
    })(),
  'contact-paste-read': ({ text }) => readPastedContacts(text),
  'contact-import-read': async ({ file }) => readContactSheets(await readTable(file.bytes)),
  'contact-bulk-check': ({ rows }, ctx) => checkContactRows(ctx.db, rows),
  'contact-bulk-save': ({ rows }, ctx) => saveContactRows(ctx, rows),
};
