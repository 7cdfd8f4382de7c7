import { AppFailure } from '@shared/errors';
import type { EvaluationForm, evaluationFormInput } from '@shared/schemas/evaluation';
import type { z } from 'zod';
import type { Db } from '../db/open';
import { requireSeminar } from './read';

interface Row {
  id: number;
  seminar_id: number;
  form_no: number;
  group_id: number | null;
  answers: string;
  comment: string;
}

const toForm = (r: Row): EvaluationForm => ({ id: r.id, formNo: r.form_no, groupId: r.group_id, answers: JSON.parse(r.answers) as EvaluationForm['answers'], comment: r.comment });

const COLUMNS = 'id, seminar_id, form_no, group_id, answers, comment';

export function listEvaluations(db: Db, seminarId: number): EvaluationForm[] {
  requireSeminar(db, seminarId);
  return (db.prepare(`SELECT ${COLUMNS} FROM seminar_evaluations WHERE seminar_id = ? ORDER BY form_no`).all(seminarId) as Row[]).map(toForm);
}

/** One form with the seminar it belongs to, or null when there is none with that id. */
export function readEvaluation(db: Db, id: number): (EvaluationForm & { seminarId: number }) | null {
  const r = db.prepare(`SELECT ${COLUMNS} FROM seminar_evaluations WHERE id = ?`).get(id) as Row | undefined;
  return r ? { ...toForm(r), seminarId: r.seminar_id } : null;
}

/** Saves one returned form (new, or the one with `id`); a form number is used once per seminar. */
export function saveEvaluation(db: Db, input: z.output<typeof evaluationFormInput>, at: string): number {
  requireSeminar(db, input.seminarId);
  if (input.groupId !== null) {
    const owner = db.prepare('SELECT seminar_id FROM seminar_groups WHERE id = ?').pluck().get(input.groupId);
    if (owner !== input.seminarId) throw new AppFailure('VALIDATION', 'กลุ่มเป้าหมายนี้ไม่อยู่ในโครงการ');
  }
  const taken = db.prepare('SELECT id FROM seminar_evaluations WHERE seminar_id = ? AND form_no = ?').pluck().get(input.seminarId, input.formNo) as number | undefined;
  if (taken !== undefined && taken !== input.id) throw new AppFailure('CONFLICT', `แบบประเมินเลขที่ ${input.formNo} บันทึกไว้แล้ว ใช้เลขอื่น หรือเลือกแบบเดิมเพื่อแก้ไข`);
  const answers = JSON.stringify(Object.fromEntries(Object.entries(input.answers).filter(([, v]) => v !== null && v !== undefined)));
  if (input.id) {
    const r = db
      .prepare('UPDATE seminar_evaluations SET form_no = ?, group_id = ?, answers = ?, comment = ?, updated_at = ? WHERE id = ? AND seminar_id = ?')
      .run(input.formNo, input.groupId, answers, input.comment, at, input.id, input.seminarId);
    if (!r.changes) throw new AppFailure('NOT_FOUND', 'ไม่พบแบบประเมินนี้ อาจถูกลบไปแล้ว');
    return input.id;
  }
  const r = db
    .prepare('INSERT INTO seminar_evaluations (seminar_id, form_no, group_id, answers, comment, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(input.seminarId, input.formNo, input.groupId, answers, input.comment, at, at);
  return Number(r.lastInsertRowid);
}

export function deleteEvaluation(db: Db, id: number): void {
  db.prepare('DELETE FROM seminar_evaluations WHERE id = ?').run(id);
}
