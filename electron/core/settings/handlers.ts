import type { settingsApi } from '@shared/api/settings';
import type { HandlerMap } from '../context';
import { readOfficeSettings, saveOfficeSettings } from './service';

export const settingsHandlers: HandlerMap<keyof typeof settingsApi> = {
  'settings-get': (_input, ctx) => readOfficeSettings(ctx.db),
  'settings-save': (input, ctx) => saveOfficeSettings(ctx, input),
};
