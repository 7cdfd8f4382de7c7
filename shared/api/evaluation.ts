import { z } from 'zod';
import { evaluationFormInput, type EvaluationForm, type EvaluationSummary } from '../schemas/evaluation';
import { method } from './define';

const id = z.number().int().positive();

/** Satisfaction forms returned at a seminar: typed in one by one, summed up for the result report. */
export const evaluationApi = {
  'evaluation-list': method<{ forms: EvaluationForm[]; summary: EvaluationSummary }>()(z.object({ seminarId: id })),
  'evaluation-save': method<{ id: number }>()(evaluationFormInput),
  'evaluation-delete': method<{ deleted: boolean }>()(z.object({ id })),
};
