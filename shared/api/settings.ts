import { empty } from '../schemas/common';
import { officeSettings, type OfficeSettings } from '../schemas/settings';
import { method } from './define';

export const settingsApi = {
  'settings-get': method<OfficeSettings>()(empty),
  'settings-save': method<OfficeSettings>()(officeSettings),
};
