import { z } from 'zod';
import { empty } from '../schemas/common';
import { method } from './define';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
}

export const systemApi = {
  'app-info': method<AppInfo>()(empty),
  /** Asks a long job (import, export, backup) to stop; it answers CANCELLED. */
  'job-cancel': method<{ cancelled: boolean }>()(z.object({ job: z.string().min(1).max(100) })),
};
