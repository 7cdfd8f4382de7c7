import type { VolunteerDetail, volunteersApi } from '@shared/api/volunteers';
import { AppFailure } from '@shared/errors';
import { volunteerWarnings, type VolunteerData } from '@shared/schemas/volunteer';
import { todayIso } from '@shared/thai/dates';
import { normalizeNationalId } from '@shared/thai/national-id';
import { diff, readAudit } from '../audit';
import type { CoreContext, HandlerMap } from '../context';
import { listVolunteers, volunteerIdsMatching } from './list';
import { eraseVolunteer, exportPerson } from './pdpa';
import { countVolunteers, idHolder, readStatusChanges, readTerms, readVolunteer, statusChanger, updateVolunteerRow, volunteerInserter, volunteerSummary } from './repository';
import { readVolunteerRules, writeVolunteerRules } from './rules';
import { appointTerm } from './terms';
import { readOfficeSettings, saveOfficeSettings } from '../settings/service';
import { loadSampleRegister, SAMPLE_OFFICE } from './sample';
import { write } from '../write';

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

  'volunteer-summary': (_input, ctx) => volunteerSummary(ctx.db),

  'volunteer-get': ({ id }, ctx) => detail(ctx, id),

  'volunteer-create': write((input, ctx) => {
    assertIdFree(ctx, input.nationalId);
    const id = volunteerInserter(ctx.db)(input, ctx.now().toISOString());
    return {
      result: { id, warnings: volunteerWarnings(input, readVolunteerRules(ctx.db), today(ctx)) },
      audit: { entity: 'volunteer', entityId: String(id), action: 'create', details: diff<Partial<VolunteerData>>({}, filled(dataOf(input))) },
    };
  }),

  'volunteer-update': write(({ id, ...input }, ctx) => {
    const before = mustExist(ctx, id);
    if (before.erasedAt) throw new AppFailure('CONFLICT', 'ข้อมูลส่วนบุคคลของอาสาสมัครรายนี้ถูกลบแล้ว แก้ไขไม่ได้');
    assertIdFree(ctx, input.nationalId, id);
    updateVolunteerRow(ctx.db, id, input, ctx.now().toISOString());
    const changes = diff(dataOf(before), dataOf(input));
    return {
      result: { id, warnings: volunteerWarnings(input, readVolunteerRules(ctx.db), today(ctx)) },
      audit: Object.keys(changes).length ? { entity: 'volunteer', entityId: String(id), action: 'update', details: changes } : null,
    };
  }),

  'volunteer-id-holder': ({ nationalId, exceptId }, ctx) => idHolder(ctx.db, normalizeNationalId(nationalId), exceptId),

  'volunteer-status-change': write(({ id, status, date, reason }, ctx) => {
    const before = mustExist(ctx, id);
    if (before.status === status) throw new AppFailure('VALIDATION', 'สถานะนี้เป็นสถานะปัจจุบันอยู่แล้ว', { status: 'สถานะนี้เป็นสถานะปัจจุบันอยู่แล้ว' });
    statusChanger(ctx.db)(id, before.status, status, date, reason, ctx.now().toISOString());
    return {
      reply: () => detail(ctx, id),
      audit: { entity: 'volunteer', entityId: String(id), action: 'status', details: { status: [before.status, status], date, reason } },
    };
  }),

  'volunteer-term-add': write(({ id, ...term }, ctx) => {
    const before = mustExist(ctx, id);
    if (before.erasedAt) throw new AppFailure('CONFLICT', 'ข้อมูลส่วนบุคคลของอาสาสมัครรายนี้ถูกลบแล้ว');
    // The term's audit entries are appointTerm's: an appointment order writes the same ones per person.
    appointTerm(ctx, before, term);
    return { reply: () => detail(ctx, id) };
  }),

  'volunteer-erase': ({ id, reason }, ctx) => {
    const heldInBackups = eraseVolunteer(ctx, id, reason);
    return { ...detail(ctx, id), heldInBackups };
  },

  'volunteer-export-person': ({ id }, ctx) => exportPerson(ctx, id),

  'volunteer-rules-get': (_input, ctx) => readVolunteerRules(ctx.db),
  'volunteer-rules-save': write((rules, ctx) => {
    const before = readVolunteerRules(ctx.db);
    writeVolunteerRules(ctx.db, rules);
    const changes = diff(before, rules);
    return { result: rules, audit: Object.keys(changes).length ? { entity: 'settings', entityId: 'volunteer-rules', action: 'update', details: changes } : null };
  }),

  'demo-load': (input, ctx) => {
    if (countVolunteers(ctx.db) > 0) throw new AppFailure('CONFLICT', 'โหลดข้อมูลตัวอย่างได้เฉพาะเมื่อทะเบียนยังว่างอยู่ ทะเบียนนี้มีอาสาสมัครแล้ว');
    return loadSample(input, ctx);
  },
};

/** A new install has no office yet: the sample one makes the province-first suggestions work. */
const loadSample = write<'demo-load'>((_input, ctx) => {
  if (!readOfficeSettings(ctx.db).officeName) saveOfficeSettings(ctx, SAMPLE_OFFICE);
  const added = loadSampleRegister(ctx.db, ctx.now());
  return { result: { added }, audit: { entity: 'volunteer', entityId: null, action: 'demo-load', details: { added, note: 'ข้อมูลตัวอย่าง' } } };
});
