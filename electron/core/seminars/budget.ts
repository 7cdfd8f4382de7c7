import type { z } from 'zod';
import { AppFailure } from '@shared/errors';
import { RATE_ITEM_LABELS, TRAINING_TYPE_LABELS, type TrainingType } from '@shared/schemas/rate';
import type { budgetLineInput, speakerInput } from '@shared/schemas/seminar';
import { formatThaiDateLong } from '@shared/thai';
import type { Db } from '../db/open';
import { rateOn } from '../rates/service';

function seminarRateContext(db: Db, seminarId: number): { trainingType: TrainingType; firstDate: string } {
  const row = db.prepare('SELECT training_type AS trainingType, first_date AS firstDate FROM seminars WHERE id = ?').get(seminarId) as
    | { trainingType: TrainingType; firstDate: string }
    | undefined;
  if (!row) throw new AppFailure('NOT_FOUND', 'ไม่พบโครงการนี้ อาจถูกลบไปแล้ว');
  return row;
}

/**
 * Saves a budget line. A line tied to a rate item and sent without a rate takes the ceiling in
 * force on the seminar's first day for its training type, so amounts come from the rate table.
 */
export function saveBudgetLine(db: Db, input: z.output<typeof budgetLineInput>): number {
  const { trainingType, firstDate } = seminarRateContext(db, input.seminarId);
  let rate = input.rate;
  if (rate === undefined) {
    if (!input.rateItem) throw new AppFailure('VALIDATION', 'กรุณากรอกอัตราหรือเลือกรายการจากตารางอัตรา', { rate: 'กรุณากรอกอัตรา' });
    const found = rateOn(db, input.rateItem, trainingType, firstDate);
    if (!found) {
      throw new AppFailure(
        'NOT_FOUND',
        `ยังไม่มีอัตรา${RATE_ITEM_LABELS[input.rateItem].label} ${TRAINING_TYPE_LABELS[trainingType]} ที่ใช้ได้ในวันที่ ${formatThaiDateLong(firstDate)} กรุณาเพิ่มในหน้าตั้งค่าอัตรา`,
        { rate: 'ไม่พบอัตรา' },
      );
    }
    rate = found.amount;
  }
  const values = {
    seminarId: input.seminarId,
    category: input.category,
    description: input.description,
    rateItem: input.rateItem,
    quantity: input.quantity,
    times: input.times,
    rate,
    actualAmount: input.actualAmount,
  };
  if (input.id) {
    const r = db
      .prepare(
        `UPDATE seminar_budget_lines SET category = @category, description = @description, rate_item = @rateItem, quantity = @quantity,
           times = @times, rate = @rate, actual_amount = @actualAmount WHERE id = @id AND seminar_id = @seminarId`,
      )
      .run({ ...values, id: input.id });
    if (!r.changes) throw new AppFailure('NOT_FOUND', 'ไม่พบรายการงบประมาณนี้ อาจถูกลบไปแล้ว');
    return input.id;
  }
  const sort = db.prepare('SELECT coalesce(max(sort), -1) + 1 FROM seminar_budget_lines WHERE seminar_id = ?').pluck().get(input.seminarId);
  return Number(
    db
      .prepare(
        `INSERT INTO seminar_budget_lines (seminar_id, category, description, rate_item, quantity, times, rate, actual_amount, sort)
         VALUES (@seminarId, @category, @description, @rateItem, @quantity, @times, @rate, @actualAmount, @sort)`,
      )
      .run({ ...values, sort }).lastInsertRowid,
  );
}

export function saveSpeaker(db: Db, input: z.output<typeof speakerInput>): number {
  seminarRateContext(db, input.seminarId);
  if (input.sessionId !== null) {
    const ok = db
      .prepare('SELECT 1 FROM seminar_sessions s JOIN seminar_days d ON d.id = s.day_id WHERE s.id = ? AND d.seminar_id = ?')
      .get(input.sessionId, input.seminarId);
    if (!ok) throw new AppFailure('NOT_FOUND', 'ไม่พบช่วงเวลานี้ในโครงการ', { sessionId: 'กรุณาเลือกช่วงเวลา' });
  }
  const values = { ...input, isGovernment: input.isGovernment ? 1 : 0 };
  if (input.id) {
    const r = db
      .prepare(
        `UPDATE seminar_speakers SET session_id = @sessionId, name = @name, position = @position, agency = @agency,
           is_government = @isGovernment, hours = @hours, national_id = @nationalId, address = @address
         WHERE id = @id AND seminar_id = @seminarId`,
      )
      .run(values);
    if (!r.changes) throw new AppFailure('NOT_FOUND', 'ไม่พบวิทยากรนี้ อาจถูกลบไปแล้ว');
    return input.id;
  }
  return Number(
    db
      .prepare(
        `INSERT INTO seminar_speakers (seminar_id, session_id, name, position, agency, is_government, hours, national_id, address)
         VALUES (@seminarId, @sessionId, @name, @position, @agency, @isGovernment, @hours, @nationalId, @address)`,
      )
      .run(values).lastInsertRowid,
  );
}

/** Deletes a speaker or a budget line; returns the seminar it belonged to. */
function deleteOwned(db: Db, table: 'seminar_speakers' | 'seminar_budget_lines', id: number, what: string): number {
  const seminarId = db.prepare(`SELECT seminar_id FROM ${table} WHERE id = ?`).pluck().get(id) as number | undefined;
  if (!seminarId) throw new AppFailure('NOT_FOUND', `ไม่พบ${what}นี้ อาจถูกลบไปแล้ว`);
  db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
  return seminarId;
}

export const deleteSpeaker = (db: Db, id: number) => deleteOwned(db, 'seminar_speakers', id, 'วิทยากร');
export const deleteBudgetLine = (db: Db, id: number) => deleteOwned(db, 'seminar_budget_lines', id, 'รายการงบประมาณ');
