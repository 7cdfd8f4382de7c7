import { z } from 'zod';
import { MAX_PHOTO_BYTES, megabytes } from '../api/limits';
import { clockTime, isoDate, phone, requiredText, text } from './common';
import { rateItem, trainingType, type RateItem, type TrainingType } from './rate';
import { optionalNationalId } from './volunteer';

/** 'activity': an office activity such as a community-service day, run with the same participants and attendance. */
export const SEMINAR_KINDS = ['seminar', 'training', 'meeting', 'activity'] as const;
export type SeminarKind = (typeof SEMINAR_KINDS)[number];
export const SEMINAR_KIND_LABELS: Record<SeminarKind, string> = { seminar: 'สัมมนา', training: 'ฝึกอบรม', meeting: 'ประชุม', activity: 'กิจกรรมจิตอาสา' };

export const SEMINAR_STATUSES = ['planned', 'running', 'done', 'cancelled'] as const;
export type SeminarStatus = (typeof SEMINAR_STATUSES)[number];
export const SEMINAR_STATUS_LABELS: Record<SeminarStatus, string> = {
  planned: 'วางแผน',
  running: 'กำลังดำเนินการ',
  done: 'เสร็จสิ้น',
  cancelled: 'ยกเลิก',
};

/** Decides the meal and snack rates: a government venue or a private one (hotel). */
export const VENUE_KINDS = ['gov', 'private'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];
export const VENUE_KIND_LABELS: Record<VenueKind, string> = { gov: 'สถานที่ราชการ', private: 'สถานที่เอกชน' };

/** For budget purposes a participant is paid for as an official or as an outsider. */
export const PARTICIPANT_CATEGORIES = ['official', 'outsider'] as const;
export type ParticipantCategory = (typeof PARTICIPANT_CATEGORIES)[number];
export const PARTICIPANT_CATEGORY_LABELS: Record<ParticipantCategory, string> = { official: 'บุคลากรของรัฐ', outsider: 'บุคคลภายนอก' };

export const PARTICIPANT_SOURCES = ['volunteer', 'contact', 'walkin'] as const;
export type ParticipantSource = (typeof PARTICIPANT_SOURCES)[number];

export const BUDGET_CATEGORIES = ['meal', 'snack', 'venue', 'accommodation', 'speaker', 'travel', 'other'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];
export const BUDGET_CATEGORY_LABELS: Record<BudgetCategory, string> = {
  meal: 'ค่าอาหาร',
  snack: 'ค่าอาหารว่างและเครื่องดื่ม',
  venue: 'ค่าเช่าสถานที่',
  accommodation: 'ค่าเช่าที่พัก',
  speaker: 'ค่าสมนาคุณวิทยากร',
  travel: 'ค่าพาหนะเดินทาง',
  other: 'ค่าใช้จ่ายอื่น',
};

/** The budget category a line priced from a rate item belongs to. */
export const RATE_ITEM_BUDGET_CATEGORY: Record<RateItem, BudgetCategory> = {
  meal_full_gov: 'meal',
  meal_partial_gov: 'meal',
  meal_full_private: 'meal',
  meal_partial_private: 'meal',
  snack_gov: 'snack',
  snack_private: 'snack',
  room_single: 'accommodation',
  room_double: 'accommodation',
  speaker_gov: 'speaker',
  speaker_private: 'speaker',
};

/**
 * The three head counts of a seminar, named the same on every screen and document: the target set
 * in the plan, the people on the participant list, and those checked in (to at least one session,
 * or to the session at hand at the desk).
 */
export const COUNT_LABELS = { planned: 'เป้าหมาย', registered: 'ลงทะเบียน', attended: 'เข้าร่วมจริง' } as const;

export const ATTENDANCE_STATUSES = ['present', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

const id = z.number().int().positive();
const money = z.number().min(0, 'จำนวนเงินต้องไม่ติดลบ').max(100_000_000, 'จำนวนเงินมากเกินไป');
const fiscalYear = z.number().int().min(2500, 'ปีงบประมาณไม่ถูกต้อง').max(2700, 'ปีงบประมาณไม่ถูกต้อง');

export const sessionInput = z
  .object({ id: id.optional(), start: clockTime, end: clockTime, topic: text(500) })
  .refine((s) => s.start < s.end, { message: 'เวลาสิ้นสุดต้องหลังเวลาเริ่ม', path: ['end'] });

export const dayInput = z.object({
  id: id.optional(),
  date: isoDate,
  sessions: z.array(sessionInput).min(1, 'แต่ละวันต้องมีอย่างน้อย 1 ช่วงเวลา').max(20, 'ช่วงเวลาต่อวันมากเกินไป'),
});

export const groupInput = z.object({
  id: id.optional(),
  name: requiredText('ชื่อกลุ่มเป้าหมาย', 200),
  plannedCount: z.number().int().min(0, 'จำนวนต้องไม่ติดลบ').max(100_000),
  category: z.enum(PARTICIPANT_CATEGORIES).default('outsider'),
});

/** What the seminar form edits; nested days, sessions and groups keep their ids across edits. */
export const seminarInput = z
  .object({
    title: requiredText('ชื่อโครงการ', 500),
    kind: z.enum(SEMINAR_KINDS).default('seminar'),
    /** Derived from the first day when left out. */
    fiscalYear: fiscalYear.optional(),
    status: z.enum(SEMINAR_STATUSES).default('planned'),
    trainingType: trainingType.default('outsider'),
    venueKind: z.enum(VENUE_KINDS).default('gov'),
    venueRoom: text(300),
    venuePlace: text(300),
    venueAddress: text(500),
    chairName: text(200),
    chairPosition: text(300),
    reporterName: text(200),
    reporterPosition: text(300),
    objectives: z.array(requiredText('วัตถุประสงค์', 1000)).max(30, 'วัตถุประสงค์มากเกินไป'),
    responsibleOfficer: text(200),
    notes: text(3000),
    days: z.array(dayInput).min(1, 'กรุณาระบุวันจัดอย่างน้อย 1 วัน').max(60, 'จำนวนวันมากเกินไป'),
    groups: z.array(groupInput).min(1, 'กรุณาระบุกลุ่มเป้าหมายอย่างน้อย 1 กลุ่ม').max(30, 'กลุ่มเป้าหมายมากเกินไป'),
  })
  .superRefine((s, ctx) => {
    const dates = s.days.map((d) => d.date);
    if (new Set(dates).size !== dates.length) ctx.addIssue({ code: 'custom', message: 'มีวันจัดซ้ำกัน', path: ['days'] });
    const names = s.groups.map((g) => g.name.trim());
    if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', message: 'มีชื่อกลุ่มเป้าหมายซ้ำกัน', path: ['groups'] });
  });
export type SeminarInput = z.input<typeof seminarInput>;

export const seminarUpdate = z.object({ id, seminar: seminarInput });
export const seminarRef = z.object({ id });
export const seminarListQuery = z.object({
  fiscalYear: fiscalYear.optional(),
  status: z.enum(SEMINAR_STATUSES).optional(),
  query: text(100).default(''),
});
export const seminarStatusInput = z.object({ id, status: z.enum(SEMINAR_STATUSES) });
export const outcomeInput = z.object({ id, outcomes: text(10_000), problems: text(10_000), suggestions: text(10_000) });

export const participantAmounts = z.object({
  travelAmount: money.nullable().default(null),
  allowanceAmount: money.nullable().default(null),
});
export const addContactsInput = z.object({
  seminarId: id,
  groupId: id,
  contactIds: z.array(id).min(1, 'กรุณาเลือกรายชื่ออย่างน้อย 1 คน').max(5000),
  category: z.enum(PARTICIPANT_CATEGORIES).optional(),
});
export const addWalkinInput = z.object({
  seminarId: id,
  groupId: id,
  name: requiredText('ชื่อ-นามสกุล', 200),
  position: text(300),
  agency: text(300),
  phone,
  nationalId: text(20).default(''),
  category: z.enum(PARTICIPANT_CATEGORIES).optional(),
  /** Checks the walk-in in straight away (the desk on the day). */
  checkInSessionId: id.optional(),
});
export const participantUpdate = participantAmounts.extend({
  id,
  groupId: id,
  category: z.enum(PARTICIPANT_CATEGORIES),
  position: text(300),
  agency: text(300),
});

/** One travel or allowance amount for everyone of a group (or of the seminar), adjusted one by one after. */
export const participantAmountsBulk = z.object({
  seminarId: id,
  /** null: every participant of the seminar. */
  groupId: id.nullable(),
  field: z.enum(['travelAmount', 'allowanceAmount']),
  amount: money.nullable(),
  /** Leaves amounts already typed for someone as they are. */
  onlyEmpty: z.boolean().default(false),
});

export const attendanceMark = z.object({ sessionId: id, participantId: id, status: z.enum(ATTENDANCE_STATUSES) });
export const attendanceRef = z.object({ sessionId: id, participantId: id });
export const sessionRef = z.object({ sessionId: id });

export const speakerInput = z.object({
  id: id.optional(),
  seminarId: id,
  sessionId: id.nullable().default(null),
  name: requiredText('ชื่อวิทยากร', 200),
  position: text(300),
  agency: text(300),
  isGovernment: z.boolean(),
  hours: z.number().min(0, 'จำนวนชั่วโมงต้องไม่ติดลบ').max(100, 'จำนวนชั่วโมงมากเกินไป'),
  /** What the receipt (ใบสำคัญรับเงิน) asks of the payee; blank prints a line to fill in by hand. */
  nationalId: optionalNationalId.default(''),
  address: text(500).default(''),
});

export const budgetLineInput = z.object({
  id: id.optional(),
  seminarId: id,
  category: z.enum(BUDGET_CATEGORIES, 'กรุณาเลือกหมวดค่าใช้จ่าย'),
  description: text(500),
  /** When set and `rate` is left out, the rate in force on the first day is used. */
  rateItem: rateItem.nullable().default(null),
  quantity: z.number().min(0).max(1_000_000),
  /** Days, meals, nights or hours; 1 for a lump sum. */
  times: z.number().min(0).max(10_000).default(1),
  rate: money.optional(),
  actualAmount: money.nullable().default(null),
});

export const photoAddInput = z.object({
  seminarId: id,
  name: requiredText('ชื่อไฟล์', 200),
  bytes: z.instanceof(Uint8Array).refine((b) => b.length > 0 && b.length <= MAX_PHOTO_BYTES, `ไฟล์รูปภาพว่างหรือใหญ่เกิน ${megabytes(MAX_PHOTO_BYTES)}`),
  caption: text(500),
});
export const photoRef = z.object({ id });

// ---- What the core answers (read by the screens and by the PDF and Excel builders) ----

export interface SeminarSession { id: number; dayId: number; date: string; start: string; end: string; topic: string }
export interface SeminarDay { id: number; date: string; sessions: SeminarSession[] }
export interface SeminarGroup { id: number; name: string; plannedCount: number; category: ParticipantCategory }

export interface Participant {
  id: number;
  groupId: number;
  source: ParticipantSource;
  volunteerId: number | null;
  contactId: number | null;
  name: string;
  position: string;
  agency: string;
  phone: string;
  nationalId: string;
  category: ParticipantCategory;
  travelAmount: number | null;
  allowanceAmount: number | null;
}

export interface AttendanceMarkRow { sessionId: number; participantId: number; status: AttendanceStatus; at: string }

export interface Speaker {
  id: number;
  sessionId: number | null;
  name: string;
  position: string;
  agency: string;
  isGovernment: boolean;
  hours: number;
  /** 13 digits, or blank when not known. */
  nationalId: string;
  address: string;
  /** Hourly rate in force on the session's day (or the first day); null when no rate is set. */
  rate: number | null;
  fee: number;
}

export interface BudgetLine {
  id: number;
  category: BudgetCategory;
  description: string;
  rateItem: RateItem | null;
  quantity: number;
  times: number;
  rate: number;
  plannedAmount: number;
  actualAmount: number | null;
}

export interface SeminarPhoto { id: number; fileName: string; caption: string; mime: string; size: number; createdAt: string }

export interface GroupCount { groupId: number; name: string; planned: number; registered: number; attended: number }
export interface SeminarSummary {
  groups: GroupCount[];
  planned: number;
  registered: number;
  /** People present in at least one session. */
  attended: number;
  /** attended ÷ planned, 0..1; null when nothing is planned. */
  attendanceRate: number | null;
  budgetPlanned: number;
  budgetActual: number;
  speakerFees: number;
}

export interface SeminarListItem {
  id: number;
  title: string;
  kind: SeminarKind;
  fiscalYear: number;
  status: SeminarStatus;
  firstDate: string;
  lastDate: string;
  venuePlace: string;
  planned: number;
  registered: number;
  /** People present in at least one session. */
  attended: number;
}

export interface Seminar {
  id: number;
  title: string;
  kind: SeminarKind;
  fiscalYear: number;
  status: SeminarStatus;
  trainingType: TrainingType;
  venueKind: VenueKind;
  venueRoom: string;
  venuePlace: string;
  venueAddress: string;
  chairName: string;
  chairPosition: string;
  reporterName: string;
  reporterPosition: string;
  objectives: string[];
  responsibleOfficer: string;
  notes: string;
  outcomes: string;
  problems: string;
  suggestions: string;
  days: SeminarDay[];
  groups: SeminarGroup[];
  createdAt: string;
  updatedAt: string;
}

/** Everything about one seminar: what the seminar page, the result report and the exports read. */
export interface SeminarDetail extends Seminar {
  participants: Participant[];
  attendance: AttendanceMarkRow[];
  speakers: Speaker[];
  budget: BudgetLine[];
  photos: SeminarPhoto[];
  summary: SeminarSummary;
}

/** The check-in desk's view of one session. */
export interface AttendanceBoard {
  session: SeminarSession;
  seminarId: number;
  seminarTitle: string;
  groups: { groupId: number; name: string; planned: number; registered: number; present: number }[];
  roster: (Participant & { status: AttendanceStatus | null; at: string | null })[];
  present: number;
  planned: number;
}

/** A seminar a volunteer took part in (volunteer detail page). */
export interface VolunteerSeminar {
  seminarId: number;
  title: string;
  firstDate: string;
  fiscalYear: number;
  status: SeminarStatus;
  groupName: string;
  attended: boolean;
  /** `12/2563` once their certificate was issued. */
  certificateNo: string | null;
}
