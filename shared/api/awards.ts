import { z } from 'zod';
import { awardInput, awardUpdate, type Award } from '../schemas/award';
import { method } from './define';

const id = z.number().int().positive();

export const awardsApi = {
  /** One volunteer's awards, newest fiscal year first. */
  'award-list': method<Award[]>()(z.object({ volunteerId: id })),
  'award-create': method<Award>()(awardInput),
  'award-update': method<Award>()(awardUpdate),
  'award-delete': method<{ id: number }>()(z.object({ id })),
};
