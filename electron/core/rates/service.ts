import type { Rate, RateItem, TrainingType } from '@shared/schemas/rate';
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
