import type { seminarsApi } from '@shared/api/seminars';
import { AppFailure } from '@shared/errors';
import { todayIso } from '@shared/thai';
import { diff } from '../audit';
import type { CoreContext, HandlerMap } from '../context';
import { getContact } from '../contacts/service';
import { attendanceBoard, clearAttendance, markAttendance, requireSession } from './attendance';
import { saveBudgetLine, saveSpeaker } from './budget';
import { volunteerIdsMatching } from '../volunteers/list';
import { addParticipants, addWalkin, requireGroup, volunteersAsParticipants, type NewParticipant } from './participants';
import { addPhoto, deletePhotoRow, readPhoto } from './photos';
import { insertSeminar, updateSeminar } from './plan';
import { getParticipant, getSeminar, getSeminarDetail, listSeminars, requireSeminar, volunteerSeminars } from './read';

type Keys = keyof typeof seminarsApi;

const at = (ctx: CoreContext) => ctx.now().toISOString();
const touch = (ctx: CoreContext, seminarId: number) =>
  ctx.db.prepare('UPDATE seminars SET updated_at = ? WHERE id = ?').run(at(ctx), seminarId);

function ownerSeminar(ctx: CoreContext, table: 'seminar_speakers' | 'seminar_budget_lines', id: number, what: string): number {
  const seminarId = ctx.db.prepare(`SELECT seminar_id FROM ${table} WHERE id = ?`).pluck().get(id) as number | undefined;
  if (!seminarId) throw new AppFailure('NOT_FOUND', `ไม่พบ${what}นี้ อาจถูกลบไปแล้ว`);
  return seminarId;
}

export const seminarsHandlers: HandlerMap<Keys> = {
  'seminar-list': (q, ctx) => listSeminars(ctx.db, q),
  'seminar-get': ({ id }, ctx) => getSeminarDetail(ctx.db, id),
  'seminar-create': (input, ctx) =>
    ctx.db.transaction(() => {
      const id = insertSeminar(ctx.db, input, at(ctx));
      ctx.audit({ entity: 'seminar', entityId: String(id), action: 'create', details: { title: input.title } });
      return getSeminarDetail(ctx.db, id);
    })(),
  'seminar-update': ({ id, seminar }, ctx) =>
    ctx.db.transaction(() => {
      const before = getSeminar(ctx.db, id);
      updateSeminar(ctx.db, id, seminar, at(ctx));
      const after = getSeminar(ctx.db, id);
      const { updatedAt: _b, ...b } = before;
      const { updatedAt: _a, ...a } = after;
      ctx.audit({ entity: 'seminar', entityId: String(id), action: 'update', details: diff(b, a) });
      return getSeminarDetail(ctx.db, id);
    })(),
  'seminar-set-status': ({ id, status }, ctx) =>
    ctx.db.transaction(() => {
      const before = getSeminar(ctx.db, id).status;
      ctx.db.prepare('UPDATE seminars SET status = ?, updated_at = ? WHERE id = ?').run(status, at(ctx), id);
      ctx.audit({ entity: 'seminar', entityId: String(id), action: 'status', details: { status: [before, status] } });
      return getSeminarDetail(ctx.db, id);
    })(),
  'seminar-save-outcome': ({ id, ...outcome }, ctx) =>
    ctx.db.transaction(() => {
      requireSeminar(ctx.db, id);
      ctx.db
        .prepare('UPDATE seminars SET outcomes = ?, problems = ?, suggestions = ?, updated_at = ? WHERE id = ?')
        .run(outcome.outcomes, outcome.problems, outcome.suggestions, at(ctx), id);
      ctx.audit({ entity: 'seminar', entityId: String(id), action: 'outcome', details: {} });
      return getSeminarDetail(ctx.db, id);
    })(),
  // Photo files stay until no backup refers to them (backup/photos.ts), so a restore brings them back.
  'seminar-delete': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      const title = getSeminar(ctx.db, id).title;
      ctx.db.prepare('DELETE FROM seminars WHERE id = ?').run(id);
      ctx.audit({ entity: 'seminar', entityId: String(id), action: 'delete', details: { title } });
      return { deleted: true };
    })(),

  'participant-add-volunteers': ({ seminarId, groupId, volunteerIds, filter }, ctx) =>
    ctx.db.transaction(() => {
      requireSeminar(ctx.db, seminarId);
      const ids = volunteerIds?.length ? volunteerIds : volunteerIdsMatching(ctx.db, filter!, todayIso(ctx.now()));
      const people = volunteersAsParticipants(ctx.db, ids);
      const { added, skipped } = addParticipants(ctx.db, seminarId, groupId, people, at(ctx));
      if (added) touch(ctx, seminarId);
      ctx.audit({ entity: 'seminar', entityId: String(seminarId), action: 'participants-add', details: { source: 'volunteer', added, skipped: skipped.length } });
      return { added, skipped };
    })(),
  'participant-add-contacts': ({ seminarId, groupId, contactIds, category }, ctx) =>
    ctx.db.transaction(() => {
      requireSeminar(ctx.db, seminarId);
      const people: NewParticipant[] = contactIds.map((cid) => {
        const c = getContact(ctx.db, cid);
        if (!c) throw new AppFailure('NOT_FOUND', 'ไม่พบรายชื่อที่เลือกในทะเบียนรายชื่อ อาจถูกลบไปแล้ว');
        return {
          source: 'contact', volunteerId: null, contactId: c.id, name: c.name, position: c.position, agency: c.agency,
          phone: c.phone, nationalId: '', category: category ?? (c.isGovernment ? 'official' : 'outsider'),
        };
      });
      const { added, skipped } = addParticipants(ctx.db, seminarId, groupId, people, at(ctx));
      if (added) touch(ctx, seminarId);
      ctx.audit({ entity: 'seminar', entityId: String(seminarId), action: 'participants-add', details: { source: 'contact', added, skipped: skipped.length } });
      return { added, skipped };
    })(),
  'participant-add-walkin': ({ seminarId, groupId, checkInSessionId, ...p }, ctx) =>
    ctx.db.transaction(() => {
      requireSeminar(ctx.db, seminarId);
      if (checkInSessionId && requireSession(ctx.db, checkInSessionId).seminarId !== seminarId) {
        throw new AppFailure('NOT_FOUND', 'ไม่พบช่วงเวลานี้ในโครงการ');
      }
      const id = addWalkin(ctx.db, seminarId, groupId, { ...p, source: 'walkin', volunteerId: null, contactId: null }, at(ctx));
      if (checkInSessionId) markAttendance(ctx.db, checkInSessionId, id, 'present', at(ctx));
      touch(ctx, seminarId);
      ctx.audit({ entity: 'seminar', entityId: String(seminarId), action: 'participants-add', details: { source: 'walkin', name: p.name } });
      return { id };
    })(),
  'participant-update': ({ id, ...change }, ctx) =>
    ctx.db.transaction(() => {
      const before = getParticipant(ctx.db, id);
      if (!before) throw new AppFailure('NOT_FOUND', 'ไม่พบผู้เข้าร่วมนี้ อาจถูกลบไปแล้ว');
      requireGroup(ctx.db, before.seminarId, change.groupId);
      ctx.db
        .prepare(
          `UPDATE seminar_participants SET group_id = @groupId, category = @category, position = @position, agency = @agency,
             travel_amount = @travelAmount, allowance_amount = @allowanceAmount WHERE id = @id`,
        )
        .run({ ...change, id });
      const after = getParticipant(ctx.db, id)!;
      touch(ctx, before.seminarId);
      ctx.audit({ entity: 'seminar_participant', entityId: String(id), action: 'update', details: diff(before, after) });
      return { id };
    })(),
  'participant-set-amounts': ({ seminarId, groupId, field, amount, onlyEmpty }, ctx) =>
    ctx.db.transaction(() => {
      requireSeminar(ctx.db, seminarId);
      if (groupId !== null) requireGroup(ctx.db, seminarId, groupId);
      const column = field === 'travelAmount' ? 'travel_amount' : 'allowance_amount';
      const { changes } = ctx.db
        .prepare(
          `UPDATE seminar_participants SET ${column} = @amount
           WHERE seminar_id = @seminarId AND (@groupId IS NULL OR group_id = @groupId) AND (@onlyEmpty = 0 OR ${column} IS NULL)
             AND ${column} IS NOT @amount`,
        )
        .run({ seminarId, groupId, amount, onlyEmpty: onlyEmpty ? 1 : 0 });
      if (changes) touch(ctx, seminarId);
      ctx.audit({ entity: 'seminar', entityId: String(seminarId), action: 'participants-amounts', details: { field, groupId, amount, changed: changes } });
      return { changed: changes };
    })(),
  'participant-remove': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      const p = getParticipant(ctx.db, id);
      if (!p) throw new AppFailure('NOT_FOUND', 'ไม่พบผู้เข้าร่วมนี้ อาจถูกลบไปแล้ว');
      ctx.db.prepare('DELETE FROM seminar_participants WHERE id = ?').run(id);
      touch(ctx, p.seminarId);
      ctx.audit({ entity: 'seminar', entityId: String(p.seminarId), action: 'participant-remove', details: { name: p.name } });
      return { removed: true };
    })(),

  'attendance-board': ({ sessionId }, ctx) => attendanceBoard(ctx.db, sessionId),
  // Check-ins are frequent and cheap to redo, so they are not written to the audit trail one by one.
  'attendance-mark': ({ sessionId, participantId, status }, ctx) =>
    ctx.db.transaction(() => markAttendance(ctx.db, sessionId, participantId, status, at(ctx)))(),
  'attendance-clear': ({ sessionId, participantId }, ctx) =>
    ctx.db.transaction(() => clearAttendance(ctx.db, sessionId, participantId))(),

  'speaker-save': (input, ctx) =>
    ctx.db.transaction(() => {
      const id = saveSpeaker(ctx.db, input);
      touch(ctx, input.seminarId);
      ctx.audit({ entity: 'seminar', entityId: String(input.seminarId), action: 'speaker-save', details: { id, name: input.name, hours: input.hours } });
      return { id };
    })(),
  'speaker-delete': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      const seminarId = ownerSeminar(ctx, 'seminar_speakers', id, 'วิทยากร');
      ctx.db.prepare('DELETE FROM seminar_speakers WHERE id = ?').run(id);
      touch(ctx, seminarId);
      ctx.audit({ entity: 'seminar', entityId: String(seminarId), action: 'speaker-delete', details: { id } });
      return { deleted: true };
    })(),
  'budget-line-save': (input, ctx) =>
    ctx.db.transaction(() => {
      const id = saveBudgetLine(ctx.db, input);
      touch(ctx, input.seminarId);
      ctx.audit({ entity: 'seminar', entityId: String(input.seminarId), action: 'budget-save', details: { id, category: input.category, actual: input.actualAmount } });
      return { id };
    })(),
  'budget-line-delete': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      const seminarId = ownerSeminar(ctx, 'seminar_budget_lines', id, 'รายการงบประมาณ');
      ctx.db.prepare('DELETE FROM seminar_budget_lines WHERE id = ?').run(id);
      touch(ctx, seminarId);
      ctx.audit({ entity: 'seminar', entityId: String(seminarId), action: 'budget-delete', details: { id } });
      return { deleted: true };
    })(),

  'seminar-photo-add': ({ seminarId, name, bytes, caption }, ctx) =>
    ctx.db.transaction(() => {
      requireSeminar(ctx.db, seminarId);
      const id = addPhoto(ctx.db, ctx.dataDir, seminarId, name, bytes, caption, at(ctx));
      ctx.audit({ entity: 'seminar', entityId: String(seminarId), action: 'photo-add', details: { id, name } });
      return getSeminarDetail(ctx.db, seminarId).photos.find((p) => p.id === id)!;
    })(),
  'seminar-photo-get': ({ id }, ctx) => readPhoto(ctx.db, ctx.dataDir, id),
  'seminar-photo-delete': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      const r = deletePhotoRow(ctx.db, id);
      ctx.audit({ entity: 'seminar', entityId: String(r.seminarId), action: 'photo-delete', details: { id } });
      return { deleted: true };
    })(),

  'volunteer-seminars': ({ volunteerId }, ctx) => volunteerSeminars(ctx.db, volunteerId),
};
