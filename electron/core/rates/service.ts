import type { ParsedInput } from '@shared/api';
import { AppFailure } from '@shared/errors';
import { RATE_ITEM_LABELS, TRAINING_TYPE_LABELS, type Rate, type RateItem, type TrainingType } from '@shared/schemas/rate';
import { formatThaiDateLong } from '@shared/thai';
import type { Db } from '../db/open';

const COLUMNS = 'id, item, training_type AS trainingType, effective_from AS effectiveFrom, amount, note';

export function listRates(db: Db): Rate[] {
  return db.prepare(`SELECT ${COLUMNS} FROM training_rates ORDER BY item, training_type, effective_from DESC`).all() as Rate[];
}

/** The ceiling in force on `date`: the row with the latest effective date not after it. */
export function rateOn(db: Db, item: RateItem, trainingType: TrainingType, date: string): Rate | null {
  const row = db
    .prepare(
      `SELECT ${COLUMNS} FROM training_rates
       WHERE item = ? AND training_type = ? AND effective_from <= ?
       ORDER BY effective_from DESC LIMIT 1`,
    )
    .get(item, trainingType, date) as Rate | undefined;
  return row ?? null;
}

/** Saves a ceiling (a new row without `id`) and gives its id; a second row for the same item, type and date is refused. */
export function saveRate(db: Db, input: ParsedInput<'rate-save'>): number {
  const clash = db
    .prepare('SELECT id FROM training_rates WHERE item = ? AND training_type = ? AND effective_from = ? AND id IS NOT ?')
    .get(input.item, input.trainingType, input.effectiveFrom, input.id ?? null);
  if (clash) {
    throw new AppFailure(
      'CONFLICT',
      `มีอัตรา${RATE_ITEM_LABELS[input.item].label} ${TRAINING_TYPE_LABELS[input.trainingType]} ที่มีผลวันที่ ${formatThaiDateLong(input.effectiveFrom)} อยู่แล้ว`,
      { effectiveFrom: 'วันที่มีผลซ้ำกับอัตราที่มีอยู่' },
    );
  }
  if (input.id) {
    const r = db
      .prepare('UPDATE training_rates SET item = ?, training_type = ?, effective_from = ?, amount = ?, note = ? WHERE id = ?')
      .run(input.item, input.trainingType, input.effectiveFrom, input.amount, input.note, input.id);
    if (!r.changes) throw new AppFailure('NOT_FOUND', 'ไม่พบอัตรานี้ อาจถูกลบไปแล้ว');
    return input.id;
  }
  return Number(
    db
      .prepare('INSERT INTO training_rates (item, training_type, effective_from, amount, note) VALUES (?, ?, ?, ?, ?)')
      .run(input.item, input.trainingType, input.effectiveFrom, input.amount, input.note).lastInsertRowid,
  );
}

export function deleteRate(db: Db, id: number): void {
  const r = db.prepare('DELETE FROM training_rates WHERE id = ?').run(id);
  if (!r.changes) throw new AppFailure('NOT_FOUND', 'ไม่พบอัตรานี้ อาจถูกลบไปแล้ว');
}
