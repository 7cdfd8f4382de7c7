import path from 'node:path';
import Database from 'better-sqlite3';
import { BACKUP_KIND_LABELS, backupWhen, type HeldInBackup } from '@shared/api/backup';
import type { FilePayload } from '@shared/api/define';
import type { Volunteer } from '@shared/schemas/volunteer';
import { todayIso } from '@shared/thai/dates';
import { AppFailure } from '@shared/errors';
import { readAudit } from '../audit';
import { backupDir, backupFiles, readBackupInfo } from '../backup/files';
import { rotationEstimate } from '../backup/rotation';
import { readBackupSettings } from '../backup/service';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { eraseVolunteerFromSeminars } from '../seminars/participants';
import { volunteerSeminars } from '../seminars/read';
import { listVolunteerActivities } from '../activities/repository';
import { listAwards } from '../awards/repository';
import { readStatusChanges, readTerms, readVolunteer } from './repository';

const ERASED = '[ลบข้อมูลส่วนบุคคลแล้ว]';

/** The strings that name the person in free text: full name (with and without title), ID, phone, e-mail. */
function identifiers(v: Volunteer): string[] {
  const names = [`${v.firstName} ${v.lastName}`, `${v.title}${v.firstName} ${v.lastName}`, `${v.firstNameEn} ${v.lastNameEn}`];
  const all = [...names, v.nationalId ?? '', v.phone, v.email, v.lineId].map((s) => s.trim());
  // Longest first, so a full name with title is replaced whole before the name inside it.
  return [...new Set(all.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
}

function scrub(value: unknown, tokens: string[]): unknown {
  if (typeof value === 'string') return tokens.reduce((s, t) => s.split(t).join(ERASED), value);
  if (Array.isArray(value)) return value.map((x) => scrub(x, tokens));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, scrub(x, tokens)]));
  return value;
}

/**
 * Audit entries that name the person without being filed under them (a participant removed from
 * a seminar, a walk-in added, a free-text reason): their texts lose every identifier
 * (`tokens`, longest first). A contact's erase uses it too.
 */
export function scrubAudit(db: Db, tokens: string[]): number {
  const find = db.prepare('SELECT id FROM audit_log WHERE instr(details, ?) > 0').pluck();
  const ids = new Set(tokens.flatMap((t) => find.all(t) as number[]));
  const read = db.prepare('SELECT details FROM audit_log WHERE id = ?').pluck();
  const write = db.prepare('UPDATE audit_log SET details = ? WHERE id = ?');
  for (const id of ids) write.run(JSON.stringify(scrub(JSON.parse(read.get(id) as string), tokens)), id);
  return ids.size;
}

/**
 * Rewrites the database file so no byte of erased data stays behind: secure_delete (on for every
 * connection, db/open.ts) zeroes freed space, the search index is merged so its old segments go,
 * VACUUM rebuilds every page, and the WAL, which may still hold older copies of the pages, is
 * checkpointed and truncated before and after.
 */
function rewriteWithoutRemnants(db: Db): void {
  db.prepare("INSERT INTO volunteers_fts (volunteers_fts) VALUES ('optimize')").run();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Backups in the data folder that still hold the person (`holds` asks a copy), with when each leaves. */
function backupsHolding(ctx: CoreContext, holds: (copy: Database.Database) => boolean): HeldInBackup[] {
  const names = backupFiles(ctx.dataDir);
  const settings = readBackupSettings(ctx.db);
  const out: HeldInBackup[] = [];
  for (const name of names) {
    let held = false;
    try {
      const db = new Database(path.join(backupDir(ctx.dataDir), name), { readonly: true, fileMustExist: true });
      try {
        held = holds(db);
      } finally {
        db.close();
      }
    } catch {
      // A damaged copy cannot be read by anyone either; it is not offered for restore.
    }
    if (!held) continue;
    const info = readBackupInfo(path.join(backupDir(ctx.dataDir), name), name, ctx.dataDir, 'quick');
    out.push({
      id: name,
      label: `ข้อมูลสำรอง (${BACKUP_KIND_LABELS[info.kind]}) ${backupWhen(info)}`,
      leaves: rotationEstimate(name, names, settings, todayIso(ctx.now())),
    });
  }
  return out;
}

/**
 * What follows every PDPA erase once it is committed (a volunteer's, a contact's): the file is
 * rewritten without the erased bytes, and the backups that still hold the person (`holds` asks a
 * copy) are named with when each goes.
 */
export function afterErase(ctx: CoreContext, holds: (copy: Database.Database) => boolean): HeldInBackup[] {
  rewriteWithoutRemnants(ctx.db);
  return backupsHolding(ctx, holds);
}

/**
 * PDPA erase: blanks everything that identifies the person and keeps an anonymous row (area,
 * level, status, terms) so the register's counts stay right. Earlier audit entries of this person
 * lose their values too, and every other audit text loses the person's name, ID, phone and
 * e-mail; when, who and what kind of change remain. So do the person's rows in seminar participant
 * lists, their activity records lose their place and notes (the counts stay), and their awards
 * their notes. Then the file is rewritten so the bytes are gone too. Returns the backups that still hold the person and
 * when the rotation removes them.
 */
export function eraseVolunteer(ctx: CoreContext, id: number, reason: string): HeldInBackup[] {
  const v = readVolunteer(ctx.db, id);
  if (!v) throw new AppFailure('NOT_FOUND', 'ไม่พบอาสาสมัครรายนี้');
  if (v.erasedAt) throw new AppFailure('CONFLICT', 'ข้อมูลส่วนบุคคลของอาสาสมัครรายนี้ถูกลบไปแล้ว');
  const at = ctx.now().toISOString();
  const tokens = identifiers(v);
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
    const participantIds = ctx.db.prepare('SELECT id FROM seminar_participants WHERE volunteer_id = ?').pluck().all(id) as number[];
    // Seminar lists keep the row (counts, attendance, past payments) without the name or ID.
    const seminarRows = eraseVolunteerFromSeminars(ctx.db, id);
    const erasedEntry = ctx.db.prepare("UPDATE audit_log SET details = '{\"erased\":true}' WHERE entity = ? AND entity_id = ?");
    erasedEntry.run('volunteer', String(id));
    for (const pid of participantIds) erasedEntry.run('seminar_participant', String(pid));
    // Activity records keep their counts (reports stay right) without the free text about them.
    const activityIds = ctx.db.prepare('SELECT id FROM activities WHERE volunteer_id = ?').pluck().all(id) as number[];
    ctx.db.prepare("UPDATE activities SET place = '', notes = '' WHERE volunteer_id = ?").run(id);
    for (const aid of activityIds) erasedEntry.run('activity', String(aid));
    // Orders keep their lists (the count and the areas) without the name as printed.
    ctx.db.prepare("UPDATE appointment_order_people SET name = 'ลบข้อมูลส่วนบุคคลแล้ว' WHERE volunteer_id = ?").run(id);
    // Awards stay (the office's count of who was honoured) without the free text about the person.
    ctx.db.prepare("UPDATE volunteer_awards SET notes = '' WHERE volunteer_id = ?").run(id);
    // The card photos go with the person: their files leave at the sweep after the backups that hold them.
    ctx.db.prepare('DELETE FROM volunteer_photos WHERE volunteer_id = ?').run(id);
    scrubAudit(ctx.db, tokens);
    ctx.audit({ entity: 'volunteer', entityId: String(id), action: 'erase', details: { reason: scrub(reason, tokens), seminarRows } });
  })();
  return afterErase(ctx, (copy) => !!copy.prepare('SELECT 1 FROM volunteers WHERE id = ? AND erased_at IS NULL AND (national_id IS ? OR (first_name = ? AND last_name = ?))').get(v.id, v.nationalId, v.firstName, v.lastName));
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
    activities: listVolunteerActivities(ctx.db, id),
    seminars: volunteerSeminars(ctx.db, id),
    awards: listAwards(ctx.db, id),
    cards: ctx.db.prepare('SELECT card_no AS cardNo, issue_no AS issueNo, term_start AS termStart, term_end AS termEnd, issued_on AS issuedOn FROM volunteer_cards WHERE volunteer_id = ? ORDER BY issue_no').all(id),
    photos: ctx.db.prepare('SELECT path, mime, size, created_at AS createdAt FROM volunteer_photos WHERE volunteer_id = ? ORDER BY id').all(id),
    auditTrail: readAudit(ctx.db, 'volunteer', String(id)),
  };
  ctx.audit({ entity: 'volunteer', entityId: String(id), action: 'export', details: { file: 'json' } });
  const name = volunteer.erasedAt ? `volunteer-${id}` : `${volunteer.firstName}-${volunteer.lastName}`;
  return { name: `ข้อมูลส่วนบุคคล-${name}.json`, bytes: new TextEncoder().encode(JSON.stringify(data, null, 2)) };
}
