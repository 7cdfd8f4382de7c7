import { z } from 'zod';
import { isoDate, text } from './common';

/**
 * Training types of the Ministry of Finance regulation on training expenses: who most
 * participants are decides which column of rates applies.
 */
export const TRAINING_TYPES = ['a', 'b', 'outsider'] as const;
export type TrainingType = (typeof TRAINING_TYPES)[number];
export const TRAINING_TYPE_LABELS: Record<TrainingType, string> = {
  a: 'ประเภท ก',
  b: 'ประเภท ข',
  outsider: 'บุคคลภายนอก',
};

/** Items with a ceiling rate. Venue hire and travel are paid at actual cost, so they have none. */
export const RATE_ITEMS = [
  'meal_full_gov',
  'meal_partial_gov',
  'meal_full_private',
  'meal_partial_private',
  'snack_gov',
  'snack_private',
  'room_single',
  'room_double',
  'speaker_gov',
  'speaker_private',
] as const;
export type RateItem = (typeof RATE_ITEMS)[number];
export const RATE_ITEM_LABELS: Record<RateItem, { label: string; unit: string }> = {
  meal_full_gov: { label: 'ค่าอาหาร ครบทุกมื้อ (สถานที่ราชการ)', unit: 'บาท/คน/วัน' },
  meal_partial_gov: { label: 'ค่าอาหาร ไม่ครบทุกมื้อ (สถานที่ราชการ)', unit: 'บาท/คน/วัน' },
  meal_full_private: { label: 'ค่าอาหาร ครบทุกมื้อ (สถานที่เอกชน)', unit: 'บาท/คน/วัน' },
  meal_partial_private: { label: 'ค่าอาหาร ไม่ครบทุกมื้อ (สถานที่เอกชน)', unit: 'บาท/คน/วัน' },
  snack_gov: { label: 'ค่าอาหารว่างและเครื่องดื่ม (สถานที่ราชการ)', unit: 'บาท/คน/มื้อ' },
  snack_private: { label: 'ค่าอาหารว่างและเครื่องดื่ม (สถานที่เอกชน)', unit: 'บาท/คน/มื้อ' },
  room_single: { label: 'ค่าเช่าที่พัก ห้องพักคนเดียว', unit: 'บาท/คน/คืน' },
  room_double: { label: 'ค่าเช่าที่พัก ห้องพักคู่', unit: 'บาท/คน/คืน' },
  speaker_gov: { label: 'ค่าสมนาคุณวิทยากร (บุคลากรของรัฐ)', unit: 'บาท/ชั่วโมง' },
  speaker_private: { label: 'ค่าสมนาคุณวิทยากร (มิใช่บุคลากรของรัฐ)', unit: 'บาท/ชั่วโมง' },
};

export const trainingType = z.enum(TRAINING_TYPES, 'กรุณาเลือกประเภทการฝึกอบรม');
export const rateItem = z.enum(RATE_ITEMS, 'กรุณาเลือกรายการอัตรา');
const money = z.number('กรุณากรอกจำนวนเงิน').min(0, 'จำนวนเงินต้องไม่ติดลบ').max(10_000_000, 'จำนวนเงินมากเกินไป');

/** One ceiling rate in force from `effectiveFrom` until a later row for the same item and type. */
export const rateInput = z.object({
  id: z.number().int().positive().optional(),
  item: rateItem,
  trainingType,
  effectiveFrom: isoDate,
  amount: money,
  note: text(300),
});
export type RateInput = z.input<typeof rateInput>;
export type Rate = Required<z.output<typeof rateInput>>;

export const rateLookupInput = z.object({ item: rateItem, trainingType, date: isoDate });
