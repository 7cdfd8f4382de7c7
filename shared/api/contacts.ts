import { z } from 'zod';
import { contactDraft, contactInput, contactSearch, MAX_BULK_CONTACTS, type Contact, type ContactDraft, type ContactRowCheck } from '../schemas/contact';
import { method, type FilePayload } from './define';
import type { HeldInBackup } from './backup';
import { filePayload } from './spreadsheets';

const bulkRows = z.array(contactDraft).max(MAX_BULK_CONTACTS, `ครั้งละไม่เกิน ${MAX_BULK_CONTACTS.toLocaleString('en-US')} รายชื่อ กรุณาแบ่งเป็นหลายครั้ง`);

/** Rows read from a paste or a file, for the clerk to review in the grid. */
export interface ContactRowsRead {
  rows: ContactDraft[];
  /** Thai notes about what was read (the header row found, columns left out). */
  notices: string[];
}

export const contactsApi = {
  'contact-search': method<Contact[]>()(contactSearch),
  'contact-save': method<Contact>()(contactInput),
  /**
   * Deletes the contact; its PDPA erase too: its audit entries lose their values, other audit texts
   * its name, ID and phone, and the file is rewritten without their bytes. Names the older backups
   * that still hold the contact, as a volunteer's erase does.
   */
  'contact-delete': method<{ deleted: boolean; heldInBackups: HeldInBackup[] }>()(z.object({ id: z.number().int().positive() })),
  /** PDPA: everything held about one contact (with its national ID and address, the seminars it joined, its audit trail), as a JSON file. */
  'contact-export': method<FilePayload>()(z.object({ id: z.number().int().positive() })),
  /** Rows copied from Excel (tab-separated), with or without their header row. */
  'contact-paste-read': method<ContactRowsRead>()(z.object({ text: z.string().max(500_000, 'ข้อความที่วางยาวเกินไป กรุณาวางครั้งละส่วน') })),
  /** An .xlsx, .xls or .csv list read with the register import's reader and header detection. */
  'contact-import-read': method<ContactRowsRead>()(z.object({ file: filePayload })),
  'contact-bulk-check': method<ContactRowCheck[]>()(z.object({ rows: bulkRows })),
  /** Saves the grid in one transaction; `keep: false` rows (duplicates the clerk skipped) are left out. */
  'contact-bulk-save': method<{ added: number; updated: number; skipped: number }>()(
    z.object({ rows: z.array(contactDraft.extend({ keep: z.boolean() })).max(MAX_BULK_CONTACTS) }),
  ),
};
