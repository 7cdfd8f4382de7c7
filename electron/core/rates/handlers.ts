import type { ratesApi } from '@shared/api/rates';
import { AppFailure } from '@shared/errors';
import { RATE_ITEM_LABELS, TRAINING_TYPE_LABELS } from '@shared/schemas/rate';
import { formatThaiDateLong } from '@shared/thai';
import type { HandlerMap } from '../context';
import { listRates, rateOn } from './service';

export const ratesHandlers: HandlerMap<keyof typeof ratesApi> = {
  'rate-list': (_input, ctx) => listRates(ctx.db),
  'rate-lookup': ({ item, trainingType, date }, ctx) => rateOn(ctx.db, item, trainingType, date),
  'rate-save': (input, ctx) =>
    ctx.db.transaction(() => {
      const clash = ctx.db
        .prepare('SELECT id FROM training_rates WHERE item = ? AND training_type = ? AND effective_from = ? AND id IS NOT ?')
        .get(input.item, input.trainingType, input.effectiveFrom, input.id ?? null);
      if (clash) {
        throw new AppFailure(
          'CONFLICT',
          `มีอัตรา${RATE_ITEM_LABELS[input.item].label} ${TRAINING_TYPE_LABELS[input.trainingType]} ที่มีผลวันที่ ${formatThaiDateLong(input.effectiveFrom)} อยู่แล้ว`,
          { effectiveFrom: 'วันที่มีผลซ้ำกับอัตราที่มีอยู่' },
        );
      }
      let id = input.id;
      if (id) {
        const r = ctx.db
          .prepare('UPDATE training_rates SET item = ?, training_type = ?, effective_from = ?, amount = ?, note = ? WHERE id = ?')
          .run(input.item, input.trainingType, input.effectiveFrom, input.amount, input.note, id);
        if (!r.changes) throw new AppFailure('NOT_FOUND', 'ไม่พบอัตรานี้ อาจถูกลบไปแล้ว');
      } else {
        id = Number(
          ctx.db
            .prepare('INSERT INTO training_rates (item, training_type, effective_from, amount, note) VALUES (?, ?, ?, ?, ?)')
            .run(input.item, input.trainingType, input.effectiveFrom, input.amount, input.note).lastInsertRowid,
        );
      }
      const saved = { ...input, id };
      ctx.audit({ entity: 'training_rate', entityId: String(id), action: input.id ? 'update' : 'create', details: saved });
      return saved;
    })(),
  'rate-delete': ({ id }, ctx) =>
    ctx.db.transaction(() => {
      const r = ctx.db.prepare('DELETE FROM training_rates WHERE id = ?').run(id);
      if (!r.changes) throw new AppFailure('NOT_FOUND', 'ไม่พบอัตรานี้ อาจถูกลบไปแล้ว');
      ctx.audit({ entity: 'training_rate', entityId: String(id), action: 'delete', details: {} });
      return { deleted: true };
    })(),
};
