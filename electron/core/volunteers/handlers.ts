import type { VolunteerDetail, VolunteerSummary, volunteersApi } from '@shared/api/volunteers';
import { AppFailure } from '@shared/errors';
import { VOLUNTEER_STATUSES, volunteerWarnings, type VolunteerData } from '@shared/schemas/volunteer';
import { todayIso } from '@shared/thai/dates';
import { normalizeNationalId } from '@shared/thai/national-id';
import { diff, readAudit } from '../audit';
import type { CoreContext, HandlerMap } from '../context';
import { listVolunteers, volunteerIdsMatching } from './list';
import { eraseVolunteer, exportPerson } from './pdpa';
import { idHolder, readStatusChanges, readTerms, readVolunteer, updateVolunteerRow, volunteerInserter } from './repository';
import { readVolunteerRules, writeVolunteerRules } from './rules';
import { appointTerm } from './terms';
import { readOfficeSettings, saveOfficeSettings } from '../settings/service';
import { loadSampleRegister, SAMPLE_OFFICE } from './sample';

const today = (ctx: CoreContext) => todayIso(ctx.now());

function mustExist(ctx: CoreContext, id: number) {
  const v = readVolunteer(ctx.db, id);
  if (!v) throw new AppFailure('NOT_FOUND', 'ไม่พบอาสาสมัครรายนี้ อาจถูกลบหรือเปลี่ยนแปลงไปแล้ว');
  return v;
}

/** The national ID is unique: the error names who already holds it. */
function assertIdFree(ctx: CoreContext, nationalId: string, exceptId?: number) {
  const holder = idHolder(ctx.db, nationalId, exceptId);
  if (holder) {
    const message = `เลขประจำตัวประชาชนนี้มีอยู่แล้วในทะเบียน (${holder.name})`;
    throw new AppFailure('CONFLICT', message, { nationalId: message });
  }
}

function detail(ctx: CoreContext, id: number): VolunteerDetail {
  const volunteer = mustExist(ctx, id);
  return {
    volunteer,
    terms: readTerms(ctx.db, id),
    statusChanges: readStatusChanges(ctx.db, id),
    audit: readAudit(ctx.db, 'volunteer', String(id)).map(({ id: entryId, at, operator, action, details }) => ({ id: entryId, at, operator, action, details })),
    warnings: volunteer.erasedAt ? [] : volunteerWarnings(volunteer, readVolunteerRules(ctx.db), today(ctx)),
  };
}

function dataOf(v: VolunteerData): VolunteerData {
  const { title, firstName, lastName, firstNameEn, lastNameEn, nationalId, birthDate, sex, phone, lineId, email, address, education, occupation, level, area, appointmentOrderNo, appointmentDate, termStart, termEnd, notes } = v;
  return { title, firstName, lastName, firstNameEn, lastNameEn, nationalId, birthDate, sex, phone, lineId, email, address, education, occupation, level, area, appointmentOrderNo, appointmentDate, termStart, termEnd, notes };
}

/** The fields that hold something, so a new record's audit entry lists only what was entered. */
function filled(v: VolunteerData): Partial<VolunteerData> {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== '' && x !== null)) as Partial<VolunteerData>;
}

export const volunteersHandlers: HandlerMap<keyof typeof volunteersApi> = {
  'volunteer-list': (q, ctx) => listVolunteers(ctx.db, q, today(ctx)),
  'volunteer-ids': (q, ctx) => volunteerIdsMatching(ctx.db, q, today(ctx)),

  'volunteer-summary': (_input, ctx) => {
    const byStatus = Object.fromEntries(VOLUNTEER_STATUSES.map((s) => [s, 0])) as Record<(typeof VOLUNTEER_STATUSES)[number], number>;
    for (const r of ctx.db.prepare('SELECT status, count(*) AS n FROM volunteers GROUP BY status').all() as { status: keyof typeof byStatus; n: number }[]) {
      byStatus[r.status] = r.n;
    }
    const areas = ctx.db
      .prepare(
        `SELECT area_district AS district, area_subdistrict AS subdistrict, count(*) AS count FROM volunteers
         WHERE area_district <> '' GROUP BY area_district, area_subdistrict ORDER BY area_district, area_subdistrict`,
      )
      .all() as { district: string; subdistrict: string; count: number }[];
    const districts: VolunteerSummary['districts'] = [];
    for (const a of areas) {
      if (districts.at(-1)?.district !== a.district) districts.push({ district: a.district, count: 0, subdistricts: [] });
      const d = districts.at(-1)!;
      d.count += a.count;
      if (a.subdistrict) d.subdistricts.push({ subdistrict: a.subdistrict, count: a.count });
    }
    const levels = ctx.db.prepare("SELECT DISTINCT level FROM volunteers WHERE level <> '' ORDER BY level").pluck().all() as string[];
    return {
      total: Object.values(byStatus).reduce((a, b) => a + b, 0),
      byStatus,
      erased: ctx.db.prepare('SELECT count(*) FROM volunteers WHERE erased_at IS NOT NULL').pluck().get() as number,
      districts,
      levels,
    };
  },

  'volunteer-get': ({ id }, ctx) => detail(ctx, id),

  'volunteer-create': (input, ctx) =>
    ctx.db.transaction(() => {
      assertIdFree(ctx, input.nationalId);
      const id = volunteerInserter(ctx.db)(input, ctx.now().toISOString());
      ctx.audit({ entity: 'volunteer', entityId: String(id), action: 'create', details: diff<Partial<VolunteerData>>({}, filled(dataOf(input))) });
      return { id, warnings: volunteerWarnings(input, readVolunteerRules(ctx.db), today(ctx)) };
    })(),

  'volunteer-update': ({ id, ...input }, ctx) =>
    ctx.db.transaction(() => {
      const before = mustExist(ctx, id);
      if (before.erasedAt) throw new AppFailure('CONFLICT', 'ข้อมูลส่วนบุคคลของอาสาสมัครรายนี้ถูกลบแล้ว แก้ไขไม่ได้');
      assertIdFree(ctx, input.nationalId, id);
      updateVolunteerRow(ctx.db, id, input, ctx.now().toISOString());
      const changes = diff(dataOf(before), dataOf(input));
      if (Object.keys(changes).length) ctx.audit({ entity: 'volunteer', entityId: String(id), action: 'update', details: changes });
      return { id, warnings: volunteerWarnings(input, readVolunteerRules(ctx.db), today(ctx)) };
    })(),

  'volunteer-id-holder': ({ nationalId, exceptId }, ctx) => idHolder(ctx.db, normalizeNationalId(nationalId), exceptId),

  'volunteer-status-change': ({ id, status, date, reason }, ctx) => {
    ctx.db.transaction(() => {
      const before = mustExist(ctx, id);
      if (before.status === status) throw new AppFailure('VALIDATION', 'สถานะนี้เป็นสถานะปัจจุบันอยู่แล้ว', { status: 'สถานะนี้เป็นสถานะปัจจุบันอยู่แล้ว' });
      const at = ctx.now().toISOString();
      ctx.db.prepare('UPDATE volunteers SET status = ?, status_date = ?, updated_at = ? WHERE id = ?').run(status, date, at, id);
      ctx.db
        .prepare('INSERT INTO volunteer_status_changes (volunteer_id, from_status, to_status, changed_on, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, before.status, status, date, reason, at);
      ctx.audit({ entity: 'volunteer', entityId: String(id), action: 'status', details: { status: [before.status, status], date, reason } });
    })();
    return detail(ctx, id);
  },

  'volunteer-term-add': ({ id, orderNo, orderDate, termStart, termEnd }, ctx) => {
    ctx.db.transaction(() => {
      const before = mustExist(ctx, id);
      if (before.erasedAt) throw new AppFailure('CONFLICT', 'ข้อมูลส่วนบุคคลของอาสาสมัครรายนี้ถูกลบแล้ว');
      appointTerm(ctx, before, { orderNo, orderDate, termStart, termEnd });
    })();
    return detail(ctx, id);
  },

  'volunteer-erase': ({ id, reason }, ctx) => {
    const heldInBackups = eraseVolunteer(ctx, id, reason);
    return { ...detail(ctx, id), heldInBackups };
  },

  'volunteer-export-person': ({ id }, ctx) => exportPerson(ctx, id),

  'volunteer-rules-get': (_input, ctx) => readVolunteerRules(ctx.db),
  'volunteer-rules-save': (rules, ctx) =>
    ctx.db.transaction(() => {
      const before = readVolunteerRules(ctx.db);
      writeVolunteerRules(ctx.db, rules);
      const changes = diff(before, rules);
      if (Object.keys(changes).length) ctx.audit({ entity: 'settings', entityId: 'volunteer-rules', action: 'update', details: changes });
      return rules;
    })(),

  'demo-load': (_input, ctx) => {
    const count = ctx.db.prepare('SELECT count(*) FROM volunteers').pluck().get() as number;
    if (count > 0) throw new AppFailure('CONFLICT', 'โหลดข้อมูลตัวอย่างได้เฉพาะเมื่อทะเบียนยังว่างอยู่ ทะเบียนนี้มีอาสาสมัครแล้ว');
    return ctx.db.transaction(() => {
      // A new install has no office yet: the sample one makes the province-first suggestions work.
      if (!readOfficeSettings(ctx.db).officeName) saveOfficeSettings(ctx, SAMPLE_OFFICE);
      const added = loadSampleRegister(ctx.db, ctx.now());
      ctx.audit({ entity: 'volunteer', entityId: null, action: 'demo-load', details: { added, note: 'ข้อมูลตัวอย่าง' } });
      return { added };
    })();
  },
};
