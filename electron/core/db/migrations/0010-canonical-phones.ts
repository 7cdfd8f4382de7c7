import { normalizePhone, isCanonicalPhone } from '@shared/thai/phone';
import { searchText } from '../../volunteers/search-text';
import type { Migration } from './types';

/**
 * Volunteers' phones in the one form the form and the import store (`0812345678`), so that
 * search, duplicates and every list see one number, and each screen shows it grouped
 * (`081-234-5678`). Rows saved before that rule kept what was typed: `+66 81 234 5678`,
 * `081-234-5678`, Thai digits. A value that is still not a Thai number after normalising (an
 * extension, two numbers, a word) stays exactly as typed. The search text, which holds the phone's
 * digits, follows; the trigram index follows it through its update trigger. `updated_at` is left
 * alone: nobody edited these people.
 */
export const m0010: Migration = {
  version: 10,
  name: 'volunteer phones in canonical form',
  up(db) {
    const rows = db
      .prepare("SELECT id, title, first_name, last_name, first_name_en, last_name_en, national_id, phone FROM volunteers WHERE phone <> ''")
      .all() as { id: number; title: string; first_name: string; last_name: string; first_name_en: string; last_name_en: string; national_id: string | null; phone: string }[];
    const update = db.prepare('UPDATE volunteers SET phone = ?, search_text = ? WHERE id = ?');
    for (const r of rows) {
      const phone = normalizePhone(r.phone);
      if (phone === r.phone || !isCanonicalPhone(phone)) continue;
      const text = searchText({
        title: r.title, firstName: r.first_name, lastName: r.last_name, firstNameEn: r.first_name_en, lastNameEn: r.last_name_en, nationalId: r.national_id, phone,
      });
      update.run(phone, text, r.id);
    }
  },
};
