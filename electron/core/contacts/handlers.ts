import type { contactsApi } from '@shared/api/contacts';
import type { HandlerMap } from '../context';
import { diff } from '../audit';
import { readTable } from '../spreadsheets/import/table';
import { write } from '../write';
import { checkContactRows, readContactSheets, readPastedContacts, saveContactRows } from './bulk';
import { eraseContact, exportContact, getContact, saveContact, searchContacts } from './service';

export const contactsHandlers: HandlerMap<keyof typeof contactsApi> = {
  'contact-search': ({ query, limit }, ctx) => searchContacts(ctx.db, query, limit),
  'contact-save': write((input, ctx) => {
    const { id, before } = saveContact(ctx.db, input, ctx.now().toISOString());
    const after = getContact(ctx.db, id)!;
    const audit = before
      ? { entity: 'contact', entityId: String(id), action: 'update', details: diff(before, after) }
      : { entity: 'contact', entityId: String(id), action: 'create', details: { name: input.name } };
    return { result: after, audit };
  }),
  'contact-delete': ({ id }, ctx) => ({ deleted: true, heldInBackups: eraseContact(ctx, id) }),
  'contact-export': write(({ id }, ctx) => ({
    result: exportContact(ctx.db, id, ctx.now().toISOString()),
    audit: { entity: 'contact', entityId: String(id), action: 'export', details: { file: 'json' } },
  })),
  'contact-paste-read': ({ text }) => readPastedContacts(text),
  'contact-import-read': async ({ file }) => readContactSheets(await readTable(file.bytes)),
  'contact-bulk-check': ({ rows }, ctx) => checkContactRows(ctx.db, rows),
  'contact-bulk-save': ({ rows }, ctx) => saveContactRows(ctx, rows),
};
