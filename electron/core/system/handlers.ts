import type { systemApi } from '@shared/api/system';
import type { HandlerMap } from '../context';
import { schemaVersion } from '../db/migrate';

export const systemHandlers: HandlerMap<keyof typeof systemApi> = {
  'app-info': (_input, ctx) => ({ version: ctx.version, schemaVersion: schemaVersion(ctx.db), dataDir: ctx.dataDir }),
  'job-cancel': ({ job }, ctx) => ({ cancelled: ctx.jobs.cancel(job) }),
};
