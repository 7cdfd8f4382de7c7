import type { RateItem, TrainingType } from '@shared/schemas/rate';

interface SeedRate {
  item: RateItem;
  trainingType: TrainingType;
  effectiveFrom: string;
  amount: number;
  note: string;
}

const SOURCE = 'ระเบียบกระทรวงการคลังว่าด้วยค่าใช้จ่ายในการฝึกอบรมฯ (ฉบับที่ 3) พ.ศ. 2555';
const FROM = '2012-10-01';

/**
 * Ceiling rates seeded into a new database by migration 0003, so a fresh install can plan a
 * budget at once. The office edits them and adds each later revision (such as the one in force
 * from 31 October 2568) as new rows with its own effective date in the settings; this list is
 * part of that migration and is never changed afterwards.
 * Per training type: [ก, ข, บุคคลภายนอก]. Accommodation for outsiders follows type ข.
 */
const TABLE: Record<RateItem, [number, number, number]> = {
  meal_full_gov: [850, 600, 500],
  meal_partial_gov: [600, 400, 300],
  meal_full_private: [1200, 950, 800],
  meal_partial_private: [850, 700, 600],
  snack_gov: [35, 35, 35],
  snack_private: [50, 50, 50],
  room_single: [2400, 1450, 1450],
  room_double: [1300, 900, 900],
  speaker_gov: [800, 600, 600],
  speaker_private: [1600, 1200, 1200],
};

const TYPES: TrainingType[] = ['a', 'b', 'outsider'];

export const DEFAULT_RATES: SeedRate[] = Object.entries(TABLE).flatMap(([item, amounts]) =>
  TYPES.map((trainingType, i) => ({ item: item as RateItem, trainingType, effectiveFrom: FROM, amount: amounts[i], note: SOURCE })),
);
