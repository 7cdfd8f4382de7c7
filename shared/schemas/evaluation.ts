import { z } from 'zod';
import { listUnder, text, type KeyUnder } from './common';

/**
 * The satisfaction form (แบบประเมินความพึงพอใจ) of a seminar: five-level answers to these
 * statements, the respondent's group and free suggestions. Answers are kept by the question's key,
 * so a later change of the list never moves an old answer to another question.
 */
const QUESTIONS_BY_SECTION = {
  'ด้านความรู้ความเข้าใจ': {
    knowledge_before: 'ความรู้ความเข้าใจในเรื่องที่จัด ก่อนเข้าร่วมโครงการ',
    knowledge_after: 'ความรู้ความเข้าใจในเรื่องที่จัด หลังเข้าร่วมโครงการ',
    apply: 'สามารถนำความรู้ไปใช้ในการปฏิบัติหน้าที่ได้',
  },
  'ด้านเนื้อหาและวิทยากร': {
    content: 'เนื้อหาตรงกับความต้องการและเป็นประโยชน์',
    speaker: 'วิทยากรถ่ายทอดความรู้ได้ชัดเจน เข้าใจง่าย',
  },
  'ด้านการจัดโครงการ': {
    duration: 'ระยะเวลาในการจัดโครงการเหมาะสม',
    venue: 'สถานที่และโสตทัศนูปกรณ์เหมาะสม',
    food: 'อาหารและเครื่องดื่มเหมาะสม',
    staff: 'การให้บริการและอำนวยความสะดวกของเจ้าหน้าที่',
  },
  'ภาพรวม': { overall: 'ความพึงพอใจต่อโครงการในภาพรวม' },
};
export type EvaluationKey = KeyUnder<typeof QUESTIONS_BY_SECTION>;
export const EVALUATION_QUESTIONS = listUnder(QUESTIONS_BY_SECTION).map(({ key, group, label }) => ({ key, section: group, text: label }));

/** 5 มากที่สุด … 1 น้อยที่สุด, as the form's columns read from left to right. */
export const SCORE_LABELS: Record<number, string> = { 5: 'มากที่สุด', 4: 'มาก', 3: 'ปานกลาง', 2: 'น้อย', 1: 'น้อยที่สุด' };
export const SCORES = [5, 4, 3, 2, 1] as const;

const score = z.number().int().min(1, 'คะแนนต้องอยู่ระหว่าง 1 ถึง 5').max(5, 'คะแนนต้องอยู่ระหว่าง 1 ถึง 5');
const id = z.number().int().positive();

/** One returned form as the entry screen saves it; an unanswered question is left out or null. */
export const evaluationFormInput = z.object({
  id: id.optional(),
  seminarId: id,
  /** The number written on the paper form, so the clerk can find it again. */
  formNo: z.number().int().min(1, 'เลขที่แบบประเมินต้องมากกว่า 0').max(100_000),
  groupId: id.nullable().default(null),
  answers: z.partialRecord(z.enum(EVALUATION_QUESTIONS.map((q) => q.key) as [EvaluationKey, ...EvaluationKey[]]), score.nullable()),
  comment: text(2000).default(''),
});
export type EvaluationFormInput = z.input<typeof evaluationFormInput>;

export interface EvaluationForm {
  id: number;
  formNo: number;
  groupId: number | null;
  answers: Partial<Record<EvaluationKey, number | null>>;
  comment: string;
}

export interface QuestionSummary {
  key: EvaluationKey;
  text: string;
  section: string;
  /** How many forms gave each score, 5 down to 1. */
  counts: Record<1 | 2 | 3 | 4 | 5, number>;
  answered: number;
  /** null when nobody answered. */
  mean: number | null;
  sd: number | null;
  level: string;
}

export interface EvaluationSummary {
  forms: number;
  /** Returned forms per group (`ไม่ระบุ` for none). */
  byGroup: { name: string; count: number }[];
  questions: QuestionSummary[];
  /** Mean over every answer of every question. */
  overallMean: number | null;
  overallLevel: string;
  comments: string[];
}

/** The usual reading of a five-level mean: 4.21–5.00 มากที่สุด, 3.41–4.20 มาก, … */
export function levelOf(mean: number | null): string {
  if (mean === null) return '-';
  if (mean > 4.2) return 'มากที่สุด';
  if (mean > 3.4) return 'มาก';
  if (mean > 2.6) return 'ปานกลาง';
  if (mean > 1.8) return 'น้อย';
  return 'น้อยที่สุด';
}

/** Counts, means and standard deviations (of the sample, n − 1) per question. */
export function summarizeEvaluation(forms: EvaluationForm[], groups: { id: number; name: string }[]): EvaluationSummary {
  const all: number[] = [];
  const questions = EVALUATION_QUESTIONS.map((q): QuestionSummary => {
    const values = forms.map((f) => f.answers[q.key]).filter((v): v is number => typeof v === 'number');
    all.push(...values);
    const counts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
    for (const v of values) counts[v as 1 | 2 | 3 | 4 | 5]++;
    const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
    const sd = mean !== null && values.length > 1 ? Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1)) : null;
    return { key: q.key, text: q.text, section: q.section, counts, answered: values.length, mean, sd, level: levelOf(mean) };
  });
  const overallMean = all.length ? all.reduce((a, b) => a + b, 0) / all.length : null;
  const named = groups.map((g) => ({ name: g.name, count: forms.filter((f) => f.groupId === g.id).length }));
  const unnamed = forms.filter((f) => f.groupId === null || !groups.some((g) => g.id === f.groupId)).length;
  return {
    forms: forms.length,
    byGroup: [...named.filter((g) => g.count > 0), ...(unnamed ? [{ name: 'ไม่ระบุ', count: unnamed }] : [])],
    questions,
    overallMean,
    overallLevel: levelOf(overallMean),
    comments: forms.map((f) => f.comment.trim()).filter(Boolean),
  };
}
