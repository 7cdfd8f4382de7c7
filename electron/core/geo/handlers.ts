import type { geoApi } from '@shared/api/geo';
import type { HandlerMap } from '../context';
import { readOfficeSettings } from '../settings/service';
import { districtNames, provinceNames, subdistrictNames, suggestPlaces } from './dataset';

export const geoHandlers: HandlerMap<keyof typeof geoApi> = {
  'geo-suggest': ({ q, limit, province }, ctx) =>
    suggestPlaces(q, { limit, province, officeProvince: readOfficeSettings(ctx.db).province }),
  'geo-provinces': () => provinceNames(),
  'geo-districts': ({ province }) => districtNames(province),
  'geo-subdistricts': ({ province, district }) => subdistrictNames(province, district),
};
