import { z } from 'zod';
import { empty } from '../schemas/common';
import { rateInput, rateLookupInput, type Rate } from '../schemas/rate';
import { method } from './define';

export const ratesApi = {
  'rate-list': method<Rate[]>()(empty),
  /** The rate in force on a date, or null when none is set for that item and type. */
  'rate-lookup': method<Rate | null>()(rateLookupInput),
  'rate-save': method<Rate>()(rateInput),
  'rate-delete': method<{ deleted: boolean }>()(z.object({ id: z.number().int().positive() })),
};
