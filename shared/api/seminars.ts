import { z } from 'zod';
import {
  addContactsInput,
  addWalkinInput,
  attendanceMark,
  attendanceRef,
  budgetLineInput,
  outcomeInput,
  photoAddInput,
  photoRef,
  seminarInput,
  seminarListQuery,
  seminarRef,
  seminarStatusInput,
  seminarUpdate,
  sessionRef,
  participantAmountsBulk,
  participantUpdate,
  speakerInput,
  type AttendanceBoard,
  type AttendanceStatus,
  type SeminarDetail,
  type SeminarListItem,
  type SeminarPhoto,
  type VolunteerSeminar,
} from '../schemas/seminar';
import { method, type FilePayload } from './define';
import { volunteerListQuery } from './volunteers';

const id = z.number().int().positive();

export interface AddParticipantsResult {
  added: number;
  /** Names already in the seminar, left out. */
  skipped: string[];
}

export interface AttendanceMarkResult {
  participantId: number;
  name: string;
  status: AttendanceStatus;
  at: string;
  previous: { status: AttendanceStatus; at: string } | null;
}

export const seminarsApi = {
  'seminar-list': method<SeminarListItem[]>()(seminarListQuery),
  'seminar-get': method<SeminarDetail>()(seminarRef),
  'seminar-create': method<SeminarDetail>()(seminarInput),
  'seminar-update': method<SeminarDetail>()(seminarUpdate),
  'seminar-set-status': method<SeminarDetail>()(seminarStatusInput),
  'seminar-save-outcome': method<SeminarDetail>()(outcomeInput),
  'seminar-delete': method<{ deleted: boolean }>()(seminarRef),

  'participant-add-volunteers': method<AddParticipantsResult>()(
    z
      .object({
        seminarId: id,
        groupId: id,
        /** The people ticked in the list… */
        volunteerIds: z.array(id).max(20_000).optional(),
        /** …or everyone the register's filters match (e.g. all active volunteers of one district). */
        filter: volunteerListQuery.omit({ page: true, pageSize: true }).optional(),
      })
      .refine((v) => (v.volunteerIds?.length ?? 0) > 0 || v.filter, { message: 'กรุณาเลือกอาสาสมัครอย่างน้อย 1 คน', path: ['volunteerIds'] }),
  ),
  'participant-add-contacts': method<AddParticipantsResult>()(addContactsInput),
  /** A walk-in typed at the desk; with `checkInSessionId` also checked in. Returns the participant id. */
  'participant-add-walkin': method<{ id: number }>()(addWalkinInput),
  'participant-update': method<{ id: number }>()(participantUpdate),
  /** Sets one amount for a group or for all; returns how many participants changed. */
  'participant-set-amounts': method<{ changed: number }>()(participantAmountsBulk),
  'participant-remove': method<{ removed: boolean }>()(z.object({ id })),

  'attendance-board': method<AttendanceBoard>()(sessionRef),
  'attendance-mark': method<AttendanceMarkResult>()(attendanceMark),
  /** Undo a mark: back to "not yet marked". */
  'attendance-clear': method<{ cleared: boolean }>()(attendanceRef),

  'speaker-save': method<{ id: number }>()(speakerInput),
  'speaker-delete': method<{ deleted: boolean }>()(z.object({ id })),
  'budget-line-save': method<{ id: number }>()(budgetLineInput),
  'budget-line-delete': method<{ deleted: boolean }>()(z.object({ id })),

  'seminar-photo-add': method<SeminarPhoto>()(photoAddInput),
  'seminar-photo-get': method<FilePayload>()(photoRef),
  'seminar-photo-delete': method<{ deleted: boolean }>()(photoRef),

  /** The seminars a volunteer took part in, for the volunteer's detail page. */
  'volunteer-seminars': method<VolunteerSeminar[]>()(z.object({ volunteerId: id })),
};
