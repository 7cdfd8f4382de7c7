import { z } from 'zod';
import type { IsoDate } from '../thai/dates';
import { isoDate, text } from './common';

const id = z.number().int().positive();

/** The recognition offices record (issue 17 part 5); anything else is 'other' with its name typed. */
export const AWARD_KINDS = ['outstanding_province', 'outstanding_national', 'pin', 'certificate', 'other'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];
export const AWARD_KIND_LABELS: Record<AwardKind, string> = {
  outstanding_province: 'อสร.ดีเด่นระดับจังหวัด',
  outstanding_national: 'อสร.ดีเด่นระดับประเทศ',
  pin: 'เข็มเชิดชูเกียรติ',
  certificate: 'เกียรติบัตร',
  other: 'อื่น ๆ (ระบุ)',
};

/** A fiscal year as offices write it, in the Buddhist era. */
export const fiscalYearBE = z
  .number({ error: 'กรุณากรอกปีงบประมาณเป็นตัวเลข พ.ศ. เช่น 2569' })
  .int('ปีงบประมาณต้องเป็นจำนวนเต็ม')
  .min(2500, 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569')
  .max(2700, 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569');

/** What an award's form and the nomination helper both say about it. */
export const awardDetails = z.object({
  fiscalYear: fiscalYearBE,
  kind: z.enum(AWARD_KINDS, { error: 'กรุณาเลือกประเภทรางวัล' }),
  /** The award's name when the kind is 'other'. */
  kindText: text(200),
  /** Who gave it, or the order or letter that did (คำสั่งจังหวัดสงขลา ที่ 12/2569). */
  givenBy: text(300),
  givenOn: isoDate.nullable(),
  notes: text(1000),
});

/** An award of kind 'other' must be named. */
export const otherNamed = (a: { kind: AwardKind; kindText: string }, ctx: z.RefinementCtx) => {
  if (a.kind === 'other' && !a.kindText) ctx.addIssue({ code: 'custom', message: 'กรุณาระบุชื่อรางวัล', path: ['kindText'] });
};

export const awardInput = awardDetails.extend({ volunteerId: id }).superRefine(otherNamed);
export type AwardInput = z.input<typeof awardInput>;
export const awardUpdate = awardDetails.extend({ volunteerId: id, id }).superRefine(otherNamed);

export interface Award {
  id: number;
  volunteerId: number;
  fiscalYear: number;
  kind: AwardKind;
  kindText: string;
  givenBy: string;
  givenOn: IsoDate | null;
  notes: string;
  /** `12/2563`: its certificate of honour's number, once issued (nomination-certificates-issue). */
  certificateNo: string | null;
  createdAt: string;
  updatedAt: string;
}

/** How an award is named in lists and documents: the kind, or the typed name of an 'other'. */
export function awardName(a: { kind: AwardKind; kindText: string }): string {
  return a.kind === 'other' ? a.kindText : AWARD_KIND_LABELS[a.kind];
}

/** A weight the clerk sets: points per thing counted. */
export const weight = z
  .number({ error: 'น้ำหนักต้องเป็นตัวเลข เช่น 1 หรือ 0.5' })
  .min(0, 'น้ำหนักต้องไม่ติดลบ')
  .max(1000, 'น้ำหนักต้องไม่เกิน 1,000');

const minimum = (label: string, max: number) =>
  z
    .number({ error: `${label}ต้องเป็นตัวเลข` })
    .int(`${label}ต้องเป็นจำนวนเต็ม`)
    .min(0, `${label}ต้องไม่ติดลบ`)
    .max(max, `${label}ต้องไม่เกิน ${max.toLocaleString('en-US')}`);

/**
 * How the อสร.ดีเด่น helper scores a fiscal year, kept in the office's settings. Points are
 * weight × count: each activity record of a kind (a monthly-grid cell counts once; a day at an
 * office activity counts under ร่วมกิจกรรม/จิตอาสา as the activity report counts it), each person
 * reached, each seminar, training or meeting attended, each full year in office at the fiscal
 * year's end. The minimum conditions leave a volunteer out of the ranking.
 */
export const nominationCriteria = z.object({
  /** Points per activity record, per kind id; a kind not listed weighs `defaultKindWeight`. */
  kindWeights: z.array(z.object({ kindId: id, weight })).max(30),
  defaultKindWeight: weight,
  peopleWeight: weight,
  eventWeight: weight,
  yearWeight: weight,
  minYears: minimum('จำนวนปีขั้นต่ำ', 50),
  minRecords: minimum('จำนวนผลงานขั้นต่ำ', 10_000),
  onlyActive: z.boolean(),
});
export type NominationCriteria = z.infer<typeof nominationCriteria>;

/** Sensible defaults: a referral (ชี้เป้า/ส่งต่อ) counts three times a record of another kind. */
export const REFERRAL_WEIGHT = 3;
export const defaultNominationCriteria: NominationCriteria = {
  kindWeights: [],
  defaultKindWeight: 1,
  peopleWeight: 0.1,
  eventWeight: 2,
  yearWeight: 1,
  minYears: 1,
  minRecords: 1,
  onlyActive: true,
};

/** Points per record of a kind: the clerk's weight, else referrals (ชี้เป้า/ส่งต่อ) count more than the rest. */
export function kindWeight(c: NominationCriteria, kind: { id: number; isReferral: boolean }): number {
  return c.kindWeights.find((k) => k.kindId === kind.id)?.weight ?? (kind.isReferral ? REFERRAL_WEIGHT : c.defaultKindWeight);
}

export const nominationQuery = z.object({
  fiscalYear: fiscalYearBE,
  /** Empty: the whole province. */
  district: text(100).default(''),
  /** The criteria to rank by; the saved ones when left out (so the clerk can try weights before saving). */
  criteria: nominationCriteria.optional(),
});
export type NominationQuery = z.input<typeof nominationQuery>;

/** One page of the ranking, as the helper's table shows it: a large province ranks thousands. */
export const nominationPageQuery = nominationQuery.extend({
  page: z.number().int().positive().default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});

/** Where the people the clerk ticked stand in the ranking of a year, a district and criteria (ticks outlive a change of any of them). */
export const nominationChosenQuery = nominationQuery.extend({ volunteerIds: z.array(id).max(10_000) });

/** A person ticked: their rank when the ranking lists them, else why it does not (another district, a minimum condition). */
export interface ChosenStanding {
  volunteerId: number;
  name: string;
  district: string;
  rank: number | null;
  reason: string | null;
}

/** Of those the minimum conditions left out, how many a page of the ranking names with the reason. */
export const EXCLUDED_SHOWN = 500;

/** The score's parts in the order the screen, the PDF and the workbook show them, each by the name they give it. */
export const SCORE_PARTS = [
  { key: 'records', label: 'ผลงาน' },
  { key: 'people', label: 'ผู้ได้รับประโยชน์' },
  { key: 'events', label: 'เข้าร่วม' },
  { key: 'years', label: 'อายุงาน' },
] as const satisfies readonly { key: keyof NominationRow['parts']; label: string }[];

export interface NominationRow {
  rank: number;
  volunteerId: number;
  name: string;
  district: string;
  subdistrict: string;
  /** Full years in office at the fiscal year's end, from the first term's start. */
  years: number;
  /** Activity records per kind, in the order of the ranking's `kinds`. */
  records: number[];
  people: number;
  events: number;
  /** The score's parts: points from records, people reached, events attended, years of service. */
  parts: { records: number; people: number; events: number; years: number };
  score: number;
  /** Awards already recorded for this fiscal year, by name. */
  awards: string[];
}

export interface NominationRanking {
  fiscalYear: number;
  /** `ปีงบประมาณ 2569 (1 ตุลาคม 2568 – 30 กันยายน 2569)`. */
  periodLabel: string;
  district: string;
  criteria: NominationCriteria;
  kinds: { id: number; name: string; weight: number }[];
  rows: NominationRow[];
  /** Volunteers the minimum conditions left out, and why. */
  excluded: { volunteerId: number; name: string; district: string; reason: string }[];
}

/** A page of the ranking: its rows keep their rank in the whole list. */
export interface NominationPage extends Omit<NominationRanking, 'excluded'> {
  /** People in the whole ranking (every page). */
  total: number;
  /** The page shown (the last one when the page asked for is past the end) and its size. */
  page: number;
  pageSize: number;
  /** The first EXCLUDED_SHOWN of those left out, and how many they are in all. */
  excluded: NominationRanking['excluded'];
  excludedCount: number;
}
