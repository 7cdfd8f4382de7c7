import type { FilePayload } from '@shared/api/define';
import { AppFailure } from '@shared/errors';
import { readAudit } from '../audit';
import type { CoreContext } from '../context';
import { eraseVolunteerFromSeminars } from '../seminars/participants';
import { readStatusChanges, readTerms, readVolunteer } from './repository';

/**
 * PDPA erase: blanks everything that identifies the person and keeps an anonymous row (area,
 * level, status, terms) so the register's counts stay right. Earlier audit entries of this person
 * lose their values too; when, who and what kind of change remain. So do the person's rows in
 * seminar participant lists.
 */
export function eraseVolunteer(ctx: CoreContext, id: number, reason: string): void {
  const v = readVolunteer(ctx.db, id);
  if (!v) throw new AppFailure('NOT_FOUND', 'ไม่พบอาสาสมัครรายนี้');
  if (v.erasedAt) throw new AppFailure('CONFLICT', 'ข้อมูลส่วนบุคคลของอาสาสมัครรายนี้ถูกลบไปแล้ว');
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        `UPDATE volunteers SET title = '', first_name = 'ลบข้อมูลส่วนบุคคลแล้ว', last_name = '', first_name_en = '', last_name_en = '',
           national_id = NULL, birth_date = NULL, sex = NULL, phone = '', line_id = '', email = '', addr_house_no = '', addr_moo = '',
           addr_village = '', addr_soi = '', addr_road = '', addr_subdistrict = '', addr_district = '', addr_province = '',
           addr_postcode = '', education = '', occupation = '', notes = '', sort_name = '~', search_text = '',
           erased_at = @at, updated_at = @at
         WHERE id = @id`,
      )
      .run({ id, at });
    ctx.db.prepare("UPDATE volunteer_status_changes SET reason = '' WHERE volunteer_id = ?").run(id);
    // Seminar lists keep the row (counts, attendance, past payments) without the name or ID.
    const seminarRows = eraseVolunteerFromSeminars(ctx.db, id);
    ctx.db
      .prepare("UPDATE audit_log SET details = '{\"erased\":true}' WHERE entity = 'volunteer' AND entity_id = ?")
      .run(String(id));
    ctx.audit({ entity: 'volunteer', entityId: String(id), action: 'erase', details: { reason, seminarRows } });
  })();
}

/** Everything held about one person, for a PDPA access request; the export itself is audited. */
export function exportPerson(ctx: CoreContext, id: number): FilePayload {
  const volunteer = readVolunteer(ctx.db, id);
  if (!volunteer) throw new AppFailure('NOT_FOUND', 'ไม่พบอาสาสมัครรายนี้');
  const data = {
    exportedAt: ctx.now().toISOString(),
    volunteer,
    terms: readTerms(ctx.db, id),
    statusChanges: readStatusChanges(ctx.db, id),
    auditTrail: readAudit(ctx.db, 'volunteer', String(id)),
  };
  ctx.audit({ entity: 'volunteer', entityId: String(id), action: 'export', details: { file: 'json' } });
  const name = volunteer.erasedAt ? `volunteer-${id}` : `${volunteer.firstName}-${volunteer.lastName}`;
  return { name: `ข้อมูลส่วนบุคคล-${name}.json`, bytes: new TextEncoder().encode(JSON.stringify(data, null, 2)) };
}
