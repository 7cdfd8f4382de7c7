import path from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import type { Result } from '@shared/errors';
import type { AuditEntry } from './audit';
import { createContext, type CoreContext } from './context';
import { DATABASE_FILE, openReadOnly } from './db/open';
import { createDispatch } from './dispatch';
import { EventHub, JobRegistry } from './events';
import { coreHandlers } from './index';
import { transferOf, type FromReader, type ToReader } from './offload';

/**
 * A reader thread (offload.ts): runs one long read-only call with a read-only connection of its
 * own, through the same handlers and the same dispatch as the core's thread. Progress events and
 * audit entries go back to the core's thread, which forwards the events and writes the entries.
 */
export function serveReader(port: MessagePort): void {
  const post = (m: FromReader, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  let ctx: CoreContext | null = null;
  port.on('message', async (m: ToReader) => {
    if (m.type === 'cancel') {
      ctx?.jobs.cancel(m.job);
      return;
    }
    let result: Result<unknown>;
    try {
      const db = openReadOnly(path.join(m.dataDir, DATABASE_FILE));
      const events = new EventHub();
      events.on((name, payload) => post({ type: 'event', name, payload }));
      const audit = (entry: AuditEntry) => post({ type: 'audit', entry });
      const base = createContext({ db, dataDir: m.dataDir, resourcesDir: m.resourcesDir, version: m.version, now: () => new Date(m.now), events, jobs: new JobRegistry(events) });
      ctx = { ...base, audit, auditMany: () => audit };
      try {
        result = await createDispatch(coreHandlers, ctx)(m.method, m.input);
      } finally {
        db.close();
      }
    } catch (e) {
      result = { ok: false, error: { code: 'DATABASE', message: `อ่านทะเบียนไม่ได้: ${(e as Error).message}` } };
    }
    post({ type: 'done', result }, transferOf(result));
  });
}
