import { z } from 'zod';
import type { GeoPlace } from '../schemas/geo';
import { empty } from '../schemas/common';
import { method } from './define';

export const geoApi = {
  /** Complete ตำบล › อำเภอ › จังหวัด › รหัสไปรษณีย์ matches for what was typed; office province first. */
  'geo-suggest': method<GeoPlace[]>()(
    z.object({
      q: z.string().max(100),
      limit: z.number().int().min(1).max(50).default(15),
      province: z.string().max(100).optional(),
    }),
  ),
  'geo-provinces': method<string[]>()(empty),
  'geo-districts': method<string[]>()(z.object({ province: z.string().max(100) })),
  'geo-subdistricts': method<string[]>()(z.object({ province: z.string().max(100), district: z.string().max(100) })),
};
