import { Worker } from 'node:worker_threads';
import type { ApiEvents, EventName, MethodName } from '@shared/api';
import type { Result } from '@shared/errors';
import type { AuditEntry } from './audit';
import type { CoreContext } from './context';
import type { Dispatch } from './dispatch';

/**
 * Methods that only read the register and whose work grows with it: the register as a PDF (a
 * 10,000-row list renders synchronously for seconds) and as a spreadsheet. Each call runs on a
 * reader thread of its own (reader.ts) with a read-only connection, so the core's thread keeps
 * answering every other call meanwhile (docs/ARCHITECTURE.md rule 6). A method joins this list
 * only if it writes nothing but audit entries, which the reader sends back to be written here.
 */
export const OFF_THREAD: ReadonlySet<MethodName> = new Set<MethodName>(['report-volunteer-list', 'volunteer-export-xlsx']);

/** What the core's thread sends a reader thread. */
export type ToReader =
  | { type: 'run'; method: MethodName; input: unknown; now: string; dataDir: string; resourcesDir: string; version: string }
  | { type: 'cancel'; job: string };

/** What a reader thread sends back while it works, and once with the answer. */
export type FromReader =
  | { type: 'event'; name: EventName; payload: ApiEvents[EventName] }
  | { type: 'audit'; entry: AuditEntry }
  | { type: 'done'; result: Result<unknown> };

/**
 * The buffer of a file answer, to be moved rather than copied across a port: cloning a 23 MB export
 * took the sending thread and then the receiving one each some 250 ms on the busy 2-core machine,
 * time in which the core's thread answers nothing else; moving it takes well under a millisecond.
 * Only a buffer the bytes fill wholly is moved (a small Buffer shares Node's pool with others), and
 * only from a sender that keeps nothing of the answer (a reader thread, or the core's thread
 * passing a reader's answer on).
 */
export function transferOf(result: Result<unknown>): ArrayBuffer[] {
  const bytes = result.ok ? (result.value as { bytes?: unknown } | null)?.bytes : undefined;
  const whole = bytes instanceof Uint8Array && bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole ? [bytes.buffer as ArrayBuffer] : [];
}

const STOPPED: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'งานนี้หยุดกลางคันโดยไม่ได้บันทึกหรือเปลี่ยนแปลงข้อมูลใด กรุณาลองอีกครั้ง' },
};

function jobOf(input: unknown): string | null {
  const job = typeof input === 'object' && input !== null ? (input as { job?: unknown }).job : undefined;
  return typeof job === 'string' ? job : null;
}

/**
 * The core's side: runs an OFF_THREAD call on a fresh reader thread started from `entry` (the
 * core's own bundle, worker.ts), forwards its progress events to the transports, writes the audit
 * entries it reports, and passes a cancel of its job on. `stop()` ends every reader still running.
 */
export function readerThreads(entry: string, ctx: CoreContext): { dispatch: Dispatch; stop(): void } {
  const running = new Set<Worker>();
  const runOnce = (method: MethodName, input: unknown, job: string | null, signal: AbortSignal | null) =>
    new Promise<Result<unknown>>((resolve) => {
      const worker = new Worker(entry, { workerData: { role: 'reader' } });
      running.add(worker);
      let answered = false;
      const answer = (result: Result<unknown>) => {
        if (answered) return;
        answered = true;
        running.delete(worker);
        void worker.terminate();
        resolve(result);
      };
      worker.on('message', (m: FromReader) => {
        if (m.type === 'event') ctx.events.emit(m.name, m.payload);
        else if (m.type === 'audit') ctx.audit(m.entry);
        else answer(m.result);
      });
      worker.on('error', (e) => {
        console.error('[asa-desk reader]', e);
        answer(STOPPED);
      });
      worker.on('exit', () => answer(STOPPED));
      if (job && signal) signal.addEventListener('abort', () => worker.postMessage({ type: 'cancel', job } satisfies ToReader));
      worker.postMessage({
        type: 'run', method, input, now: ctx.now().toISOString(), dataDir: ctx.dataDir, resourcesDir: ctx.resourcesDir, version: ctx.version,
      } satisfies ToReader);
    });
  return {
    dispatch(method, input) {
      const job = jobOf(input);
      // The job is registered here too, so job-cancel (answered on this thread) reaches the reader.
      return job ? ctx.jobs.run(job, (j) => runOnce(method as MethodName, input, job, j.signal)) : runOnce(method as MethodName, input, null, null);
    },
    stop() {
      for (const w of running) void w.terminate();
      running.clear();
    },
  };
}
