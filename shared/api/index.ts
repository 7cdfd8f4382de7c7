import type { z } from 'zod';
import type { MethodSpec } from './define';
import { activitiesApi } from './activities';
import { backupApi } from './backup';
import { contactsApi } from './contacts';
import { dashboardApi } from './dashboard';
import { evaluationApi } from './evaluation';
import { ratesApi } from './rates';
import { seminarsApi } from './seminars';
import { seminarCopyApi } from './seminar-copy';
import { attendanceApi } from './attendance';
import { reportsApi } from './reports';
import { settingsApi } from './settings';
import { spreadsheetsApi } from './spreadsheets';
import { systemApi } from './system';
import { geoApi } from './geo';
import { volunteersApi } from './volunteers';
import { ordersApi } from './orders';
import { volunteerMergeApi } from './volunteer-merge';
import { cardsApi } from './cards';
import { awardsApi } from './awards';
import { nominationApi } from './nomination';

export * from './define';

/** The whole contract: every method the renderer may call. Each feature adds its own map here. */
export const api = {
  ...systemApi,
  ...geoApi,
  ...volunteersApi,
  ...volunteerMergeApi,
  ...settingsApi,
  ...seminarsApi,
  ...seminarCopyApi,
  ...attendanceApi,
  ...reportsApi,
  ...contactsApi,
  ...ratesApi,
  ...spreadsheetsApi,
  ...backupApi,
  ...dashboardApi,
  ...evaluationApi,
  ...activitiesApi,
  ...ordersApi,
  ...cardsApi,
  ...awardsApi,
  ...nominationApi,
};

export type Api = typeof api;
export type MethodName = keyof Api;
type SpecOf<M extends MethodName> = Api[M] extends MethodSpec<infer I, infer O> ? { input: I; output: O } : never;
/** What a caller passes (before zod defaults). */
export type Input<M extends MethodName> = z.input<SpecOf<M>['input']>;
/** What a handler receives (after zod parsing). */
export type ParsedInput<M extends MethodName> = z.output<SpecOf<M>['input']>;
export type Output<M extends MethodName> = SpecOf<M>['output'];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}
