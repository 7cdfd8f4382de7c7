import { z } from 'zod';
import { isoDate, requiredText, text } from '../schemas/common';
import { addDays, isoParts, toIso, type IsoDate } from '../thai/dates';
import { method, type FilePayload } from './define';
import { REPORT_FORMATS, reportOptions } from './reports';

/** A new term's intake, or renewals of terms ending. */
export const ORDER_KINDS = ['new', 'renewal'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];
export const ORDER_KIND_LABELS: Record<OrderKind, string> = { new: 'แต่งตั้งใหม่', renewal: 'แต่งตั้งต่อวาระ' };

/** The authority an order cites; the office may word it as its own orders do. */
export const DEFAULT_LEGAL_BASIS = 'ระเบียบกระทรวงแรงงานว่าด้วยอาสาสมัครแรงงาน พ.ศ. 2548';

/** The last day of a term of `years` starting on `start` (1 Oct 2568, 3 years → 30 Sep 2571). */
export function termEndFor(start: IsoDate, years: number): IsoDate {
  const { year, month, day } = isoParts(start);
  // 29 February of a leap year starts a term that ends on 28 February.
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return addDays(toIso(year + years, month, Math.min(day, lastDay)), -1);
}

const id = z.number().int().positive();

export const orderCandidatesQuery = z.object({
  kind: z.enum(ORDER_KINDS),
  /** Renewals: terms ending within this many days, as the register's "terms ending" view. */
  withinDays: z.number().int().min(0).max(3650).default(90),
  /**
   * Renewals: also those whose term has already ended and was not renewed (marked ครบวาระ, or still
   * on duty in the register past their term's end), as offices often renew after the day.
   */
  lapsed: z.boolean().default(false),
  district: z.string().max(100).default(''),
});

export interface OrderCandidate {
  id: number;
  name: string;
  areaSubdistrict: string;
  areaDistrict: string;
  level: string;
  termEnd: string | null;
}

export const orderInput = z
  .object({
    kind: z.enum(ORDER_KINDS),
    /** As printed after ที่, e.g. `12/2568`. */
    orderNo: requiredText('เลขที่คำสั่ง', 50).regex(/^[0-9๐-๙]+\/[0-9๐-๙]{4}$/, 'เลขที่คำสั่งต้องเป็นเลขที่/ปี พ.ศ. เช่น 12/2568'),
    orderDate: isoDate,
    termStart: isoDate,
    termEnd: isoDate,
    legalBasis: requiredText('อำนาจตามระเบียบ', 500).default(DEFAULT_LEGAL_BASIS),
    /** Blank: the head of office from the settings. */
    signerName: text(200).default(''),
    signerPosition: text(300).default(''),
    volunteerIds: z.array(id).min(1, 'กรุณาเลือกอาสาสมัครอย่างน้อย 1 คน').max(20_000),
  })
  .refine((v) => v.termEnd > v.termStart, { path: ['termEnd'], message: 'วันสิ้นสุดวาระต้องอยู่หลังวันเริ่มวาระ' });

export interface OrderSummary {
  id: number;
  kind: OrderKind;
  orderNo: string;
  orderDate: string;
  termStart: string;
  termEnd: string;
  people: number;
  /** Set once the order is cancelled (ยกเลิกคำสั่ง): it stays listed, marked, and its terms are gone. */
  cancelledOn: string | null;
  cancelReason: string;
}

export interface OrderDetail extends OrderSummary {
  legalBasis: string;
  signerName: string;
  signerPosition: string;
  /** By district, then name: the order's list as printed when it was issued (names, areas and levels of that day). */
  members: { volunteerId: number; name: string; areaSubdistrict: string; areaDistrict: string; level: string }[];
}

export const orderCancelInput = z.object({
  id,
  reason: requiredText('เหตุผลที่ยกเลิก', 500),
  /** The date the cancellation takes effect (as the cancelling order or memo is dated). */
  cancelledOn: isoDate,
});

export const ordersApi = {
  /** Who an order of this kind would appoint: renewals from the terms ending, or active volunteers never appointed by an order. */
  'order-candidates': method<OrderCandidate[]>()(orderCandidatesQuery),
  /** The next free number for the B.E. year of `date` (`13/2568` after `12/2568`). */
  'order-next-no': method<{ orderNo: string }>()(z.object({ date: isoDate })),
  /** Numbers and dates the order, and records a new term for each person on it. */
  'order-create': method<OrderDetail>()(orderInput),
  'order-list': method<OrderSummary[]>()(z.object({}).strict()),
  'order-get': method<OrderDetail>()(z.object({ id })),
  /**
   * ยกเลิกคำสั่ง: the order stays listed as cancelled with its reason, and the terms it created are
   * removed (each person's previous term becomes current again), all or nothing.
   */
  'order-cancel': method<OrderDetail>()(orderCancelInput),
  /** The order as printed (a cancelled one marked ยกเลิก across every page, PDF only): Garuda, number, subject, legal basis, list by district, signature; PDF or Word. */
  'order-document': method<FilePayload>()(reportOptions.extend({ id, format: z.enum(REPORT_FORMATS).default('pdf') })),
};
