import fs from 'node:fs';
import path from 'node:path';
import type { MethodName } from '@shared/api';
import { activitiesHandlers } from './activities/handlers';
import { autoBackupIfDue, takeBackup } from './backup/service';
import { backupHandlers } from './backup/handlers';
import { createContext, type HandlerMap } from './context';
import { idleCheckpoints } from './db/idle-checkpoint';
import { DATABASE_FILE, openDatabase } from './db/open';
import { createDispatch, type Dispatch } from './dispatch';
import { EventHub, JobRegistry, type EventListener } from './events';
import { OFF_THREAD, readerThreads } from './offload';
import { contactsHandlers } from './contacts/handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { ratesHandlers } from './rates/handlers';
import { attendanceHandlers, evaluationHandlers, seminarsHandlers } from './seminars/handlers';
import { seminarCopyHandlers } from './seminars/copy';
import { reportsHandlers } from './reports/handlers';
import { settingsHandlers } from './settings/handlers';
import { spreadsheetsHandlers } from './spreadsheets/handlers';
import { systemHandlers } from './system/handlers';
import { geoHandlers } from './geo/handlers';
import { volunteersHandlers } from './volunteers/handlers';
import { ordersHandlers } from './orders/handlers';
import { volunteerMergeHandlers } from './volunteers/merge';
import { cardsHandlers } from './cards/handlers';
import { awardsHandlers } from './awards/handlers';

export { DATABASE_FILE };

/** Every method's handler: the feature maps joined (each name defined once, docs/ARCHITECTURE.md rule 1). */
export const coreHandlers: HandlerMap<MethodName> = {
  ...systemHandlers,
  ...geoHandlers,
  ...volunteersHandlers,
  ...settingsHandlers,
  ...seminarsHandlers,
  ...seminarCopyHandlers,
  ...attendanceHandlers,
  ...reportsHandlers,
  ...contactsHandlers,
  ...ratesHandlers,
  ...spreadsheetsHandlers,
  ...backupHandlers,
  ...dashboardHandlers,
  ...evaluationHandlers,
  ...activitiesHandlers,
  ...ordersHandlers,
  ...volunteerMergeHandlers,
  ...cardsHandlers,
  ...awardsHandlers,
};

export interface CoreOptions {
  /** Folder for the database and everything the app keeps. */
  dataDir: string;
  /** The shipped `resources/` folder (fonts, geography, sample data). */
  resourcesDir: string;
  version?: string;
  now?: () => Date;
  log?: (e: unknown) => void;
  /** The app's automatic backups: one at the first start of each day, one at `shutdown()`. */
  autoBackup?: boolean;
  /**
   * The core's bundle (out/main/core.js): where set, the OFF_THREAD methods (offload.ts) run on
   * reader threads started from it, so the core's thread stays free. Unset, everything runs here.
   */
  readerEntry?: string;
}

export interface Core {
  dispatch: Dispatch;
  /** Subscribes a transport to push events; returns the unsubscribe. */
  onEvent(listener: EventListener): () => void;
  close(): void;
  /** Takes the on-exit backup (with `autoBackup`), then closes. */
  shutdown(): Promise<void>;
}

/** The composition root: the whole application, with no knowledge of Electron or HTTP. */
export function createCore(options: CoreOptions): Core {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(path.join(options.dataDir, DATABASE_FILE));
  const events = new EventHub();
  const ctx = createContext({
    db,
    dataDir: options.dataDir,
    resourcesDir: options.resourcesDir,
    version: options.version ?? '0.0.0',
    now: options.now ?? (() => new Date()),
    events,
    jobs: new JobRegistry(events),
  });
  const log = options.log ?? ((e: unknown) => console.error('[asa-desk core]', e));
  // A failed automatic backup is logged, never fatal: the register itself is unharmed.
  let pending: Promise<unknown> = options.autoBackup ? autoBackupIfDue(ctx).catch(log) : Promise.resolve();
  const checkpoints = idleCheckpoints(() => ctx.db);
  const here = createDispatch(coreHandlers, ctx, options.log);
  const dispatch: Dispatch = (method, input) => {
    const answer = here(method, input);
    void answer.then(checkpoints.afterCall, checkpoints.afterCall);
    return answer;
  };
  const readers = options.readerEntry ? readerThreads(options.readerEntry, ctx) : null;
  return {
    dispatch: readers ? (method, input) => (OFF_THREAD.has(method as MethodName) ? readers.dispatch(method, input) : dispatch(method, input)) : dispatch,
    onEvent: (listener) => events.on(listener),
    // A restore swaps the connection, so close whichever one is current.
    close() {
      checkpoints.stop();
      readers?.stop();
      ctx.db.close();
    },
    async shutdown() {
      await pending;
      if (options.autoBackup) pending = takeBackup(ctx, 'auto').catch(log);
      await pending;
      checkpoints.stop();
      readers?.stop();
      ctx.db.close();
    },
  };
}

export { openOrRecover, type OpenOutcome, type Rescue } from './startup';
// What a transport may use of the core, for code that holds the whole core anyway (tests, benchmarks).
export * from './entry';
