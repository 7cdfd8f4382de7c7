import type { ratesApi } from '@shared/api/rates';
import type { HandlerMap } from '../context';
import { write } from '../write';
import { deleteRate, listRates, rateOn, saveRate } from './service';

export const ratesHandlers: HandlerMap<keyof typeof ratesApi> = {
  'rate-list': (_input, ctx) => listRates(ctx.db),
  'rate-lookup': ({ item, trainingType, date }, ctx) => rateOn(ctx.db, item, trainingType, date),
  'rate-save': write((input, ctx) => {
    const saved = { ...input, id: saveRate(ctx.db, input) };
    return { result: saved, audit: { entity: 'training_rate', entityId: String(saved.id), action: input.id ? 'update' : 'create', details: saved } };
  }),
  'rate-delete': write(({ id }, ctx) => {
    deleteRate(ctx.db, id);
    return { result: { deleted: true }, audit: { entity: 'training_rate', entityId: String(id), action: 'delete', details: {} } };
  }),
};
