import type { attendanceApi } from '@shared/api/attendance';
import type { evaluationApi } from '@shared/api/evaluation';
import type { seminarsApi } from '@shared/api/seminars';
import { summarizeEvaluation } from '@shared/schemas/evaluation';
import { AppFailure } from '@shared/errors';
import { todayIso } from '@shared/thai';
import { diff } from '../audit';
import type { CoreContext, HandlerMap } from '../context';
import { attendanceBoard, clearAttendance, markAttendance, requireSession } from './attendance';
import { attendanceSheet, copyAttendance, copySources, saveSheet } from './attendance-bulk';
import { deleteBudgetLine, deleteSpeaker, saveBudgetLine, saveSpeaker } from './budget';
import { volunteerIdsMatching } from '../volunteers/list';
import { write } from '../write';
import { addParticipants, addWalkin, contactsAsParticipants, removeParticipant, requireGroup, setParticipantAmounts, updateParticipant, volunteersAsParticipants } from './participants';
import { addPhoto, deletePhotoRow, readPhoto } from './photos';
import { deleteSeminar, insertSeminar, saveSeminarOutcome, setSeminarStatus, touchSeminar, updateSeminar } from './plan';
import { deleteEvaluation, listEvaluations, readEvaluation, saveEvaluation } from './evaluation';
import { getGroups, getParticipant, getSeminar, getSeminarDetail, listSeminars, requireSeminar, volunteerSeminars } from './read';

type Keys = keyof typeof seminarsApi;

const at = (ctx: CoreContext) => ctx.now().toISOString();
const touch = (ctx: CoreContext, seminarId: number) => touchSeminar(ctx.db, seminarId, at(ctx));

function mustParticipant(ctx: CoreContext, id: number) {
  const p = getParticipant(ctx.db, id);
  if (!p) throw new AppFailure('NOT_FOUND', 'ไม่พบผู้เข้าร่วมนี้ อาจถูกลบไปแล้ว');
  return p;
}

export const seminarsHandlers: HandlerMap<Keys> = {
  'seminar-list': (q, ctx) => listSeminars(ctx.db, q),
  'seminar-get': ({ id }, ctx) => getSeminarDetail(ctx.db, id),
  'seminar-create': write((input, ctx) => {
    const id = insertSeminar(ctx.db, input, at(ctx));
    return { result: getSeminarDetail(ctx.db, id), audit: { entity: 'seminar', entityId: String(id), action: 'create', details: { title: input.title } } };
  }),
  'seminar-update': write(({ id, seminar }, ctx) => {
    const { updatedAt: _b, ...before } = getSeminar(ctx.db, id);
    updateSeminar(ctx.db, id, seminar, at(ctx));
    const { updatedAt: _a, ...after } = getSeminar(ctx.db, id);
    return { result: getSeminarDetail(ctx.db, id), audit: { entity: 'seminar', entityId: String(id), action: 'update', details: diff(before, after) } };
  }),
  'seminar-set-status': write(({ id, status }, ctx) => {
    const before = getSeminar(ctx.db, id).status;
    setSeminarStatus(ctx.db, id, status, at(ctx));
    return { result: getSeminarDetail(ctx.db, id), audit: { entity: 'seminar', entityId: String(id), action: 'status', details: { status: [before, status] } } };
  }),
  'seminar-save-outcome': write(({ id, ...outcome }, ctx) => {
    requireSeminar(ctx.db, id);
    saveSeminarOutcome(ctx.db, id, outcome, at(ctx));
    return { result: getSeminarDetail(ctx.db, id), audit: { entity: 'seminar', entityId: String(id), action: 'outcome', details: {} } };
  }),
  // Photo files stay until no backup refers to them (backup/photos.ts), so a restore brings them back.
  'seminar-delete': write(({ id }, ctx) => {
    const title = getSeminar(ctx.db, id).title;
    deleteSeminar(ctx.db, id);
    return { result: { deleted: true }, audit: { entity: 'seminar', entityId: String(id), action: 'delete', details: { title } } };
  }),

  'participant-add-volunteers': write(({ seminarId, groupId, volunteerIds, filter }, ctx) => {
    requireSeminar(ctx.db, seminarId);
    const ids = volunteerIds?.length ? volunteerIds : volunteerIdsMatching(ctx.db, filter!, todayIso(ctx.now()));
    const { added, skipped } = addParticipants(ctx.db, seminarId, groupId, volunteersAsParticipants(ctx.db, ids), at(ctx));
    if (added) touch(ctx, seminarId);
    return {
      result: { added, skipped },
      audit: { entity: 'seminar', entityId: String(seminarId), action: 'participants-add', details: { source: 'volunteer', added, skipped: skipped.length } },
    };
  }),
  'participant-add-contacts': write(({ seminarId, groupId, contactIds, category }, ctx) => {
    requireSeminar(ctx.db, seminarId);
    const { added, skipped } = addParticipants(ctx.db, seminarId, groupId, contactsAsParticipants(ctx.db, contactIds, category), at(ctx));
    if (added) touch(ctx, seminarId);
    return {
      result: { added, skipped },
      audit: { entity: 'seminar', entityId: String(seminarId), action: 'participants-add', details: { source: 'contact', added, skipped: skipped.length } },
    };
  }),
  'participant-add-walkin': write(({ seminarId, groupId, checkInSessionId, ...p }, ctx) => {
    requireSeminar(ctx.db, seminarId);
    if (checkInSessionId && requireSession(ctx.db, checkInSessionId).seminarId !== seminarId) {
      throw new AppFailure('NOT_FOUND', 'ไม่พบช่วงเวลานี้ในโครงการ');
    }
    const id = addWalkin(ctx.db, seminarId, groupId, { ...p, source: 'walkin', volunteerId: null, contactId: null }, at(ctx));
    if (checkInSessionId) markAttendance(ctx.db, checkInSessionId, id, 'present', at(ctx));
    touch(ctx, seminarId);
    return { result: { id }, audit: { entity: 'seminar', entityId: String(seminarId), action: 'participants-add', details: { source: 'walkin', name: p.name } } };
  }),
  'participant-update': write((change, ctx) => {
    const before = mustParticipant(ctx, change.id);
    requireGroup(ctx.db, before.seminarId, change.groupId);
    updateParticipant(ctx.db, change);
    const after = getParticipant(ctx.db, change.id)!;
    touch(ctx, before.seminarId);
    return { result: { id: change.id }, audit: { entity: 'seminar_participant', entityId: String(change.id), action: 'update', details: diff(before, after) } };
  }),
  'participant-set-amounts': write((input, ctx) => {
    const { seminarId, groupId, field, amount } = input;
    requireSeminar(ctx.db, seminarId);
    if (groupId !== null) requireGroup(ctx.db, seminarId, groupId);
    const changed = setParticipantAmounts(ctx.db, input);
    if (changed) touch(ctx, seminarId);
    return {
      result: { changed },
      audit: { entity: 'seminar', entityId: String(seminarId), action: 'participants-amounts', details: { field, groupId, amount, changed } },
    };
  }),
  'participant-remove': write(({ id }, ctx) => {
    const p = mustParticipant(ctx, id);
    removeParticipant(ctx.db, id);
    touch(ctx, p.seminarId);
    return { result: { removed: true }, audit: { entity: 'seminar', entityId: String(p.seminarId), action: 'participant-remove', details: { name: p.name } } };
  }),

  'attendance-board': ({ sessionId }, ctx) => attendanceBoard(ctx.db, sessionId),
  // Check-ins are frequent and cheap to redo, so they are not written to the audit trail one by one.
  'attendance-mark': write(({ sessionId, participantId, status }, ctx) => ({ result: markAttendance(ctx.db, sessionId, participantId, status, at(ctx)) })),
  'attendance-clear': write(({ sessionId, participantId }, ctx) => ({ result: clearAttendance(ctx.db, sessionId, participantId) })),

  'speaker-save': write((input, ctx) => {
    const id = saveSpeaker(ctx.db, input);
    touch(ctx, input.seminarId);
    return { result: { id }, audit: { entity: 'seminar', entityId: String(input.seminarId), action: 'speaker-save', details: { id, name: input.name, hours: input.hours } } };
  }),
  'speaker-delete': write(({ id }, ctx) => {
    const seminarId = deleteSpeaker(ctx.db, id);
    touch(ctx, seminarId);
    return { result: { deleted: true }, audit: { entity: 'seminar', entityId: String(seminarId), action: 'speaker-delete', details: { id } } };
  }),
  'budget-line-save': write((input, ctx) => {
    const id = saveBudgetLine(ctx.db, input);
    touch(ctx, input.seminarId);
    return {
      result: { id },
      audit: { entity: 'seminar', entityId: String(input.seminarId), action: 'budget-save', details: { id, category: input.category, actual: input.actualAmount } },
    };
  }),
  'budget-line-delete': write(({ id }, ctx) => {
    const seminarId = deleteBudgetLine(ctx.db, id);
    touch(ctx, seminarId);
    return { result: { deleted: true }, audit: { entity: 'seminar', entityId: String(seminarId), action: 'budget-delete', details: { id } } };
  }),

  'seminar-photo-add': write(({ seminarId, name, bytes, caption }, ctx) => {
    requireSeminar(ctx.db, seminarId);
    const id = addPhoto(ctx.db, ctx.dataDir, seminarId, name, bytes, caption, at(ctx));
    return {
      result: getSeminarDetail(ctx.db, seminarId).photos.find((p) => p.id === id)!,
      audit: { entity: 'seminar', entityId: String(seminarId), action: 'photo-add', details: { id, name } },
    };
  }),
  'seminar-photo-get': ({ id }, ctx) => readPhoto(ctx.db, ctx.dataDir, id),
  'seminar-photo-delete': write(({ id }, ctx) => {
    const { seminarId } = deletePhotoRow(ctx.db, id);
    return { result: { deleted: true }, audit: { entity: 'seminar', entityId: String(seminarId), action: 'photo-delete', details: { id } } };
  }),

  'volunteer-seminars': ({ volunteerId }, ctx) => volunteerSeminars(ctx.db, volunteerId),
};

/** Satisfaction forms returned at a seminar, typed in one by one (shared/api/evaluation.ts). */
export const evaluationHandlers: HandlerMap<keyof typeof evaluationApi> = {
  'evaluation-list': ({ seminarId }, ctx) => {
    const forms = listEvaluations(ctx.db, seminarId);
    return { forms, summary: summarizeEvaluation(forms, getGroups(ctx.db, seminarId)) };
  },
  // Audited with the seminar: the form's number and its answers, whole when it is entered or removed.
  'evaluation-save': write((input, ctx) => {
    const before = input.id ? readEvaluation(ctx.db, input.id) : null;
    const id = saveEvaluation(ctx.db, input, at(ctx));
    const { seminarId, ...after } = readEvaluation(ctx.db, id)!;
    const entry = { entity: 'seminar', entityId: String(seminarId) };
    if (!before) return { result: { id }, audit: { ...entry, action: 'evaluation-add', details: after } };
    const { seminarId: _s, ...was } = before;
    const changes = diff(was, after);
    return { result: { id }, audit: Object.keys(changes).length ? { ...entry, action: 'evaluation-update', details: { id, formNo: after.formNo, changes } } : null };
  }),
  'evaluation-delete': write(({ id }, ctx) => {
    const form = readEvaluation(ctx.db, id);
    if (!form) return { result: { deleted: false } };
    const { seminarId, ...details } = form;
    deleteEvaluation(ctx.db, id);
    return { result: { deleted: true }, audit: { entity: 'seminar', entityId: String(seminarId), action: 'evaluation-delete', details } };
  }),
};

/** Attendance many marks at a time: from an earlier session's list, or keyed from the paper sheets. */
export const attendanceHandlers: HandlerMap<keyof typeof attendanceApi> = {
  'attendance-copy-sources': ({ sessionId }, ctx) => copySources(ctx.db, sessionId),
  'attendance-copy': write(({ sessionId, fromSessionId }, ctx) => copyAttendance(ctx.db, sessionId, fromSessionId, at(ctx))),
  'attendance-sheet': ({ seminarId }, ctx) => attendanceSheet(ctx.db, seminarId),
  'attendance-save': write((input, ctx) => saveSheet(ctx.db, input, at(ctx))),
};
