import type { ApiEvents, EventName } from '@shared/api';
import type { BackupInfo } from '@shared/api/backup';
import { AppFailure, type Result } from '@shared/errors';
import type { Dispatch } from './dispatch';
import type { EventListener } from './events';
import type { CoreOptions } from './index';

/**
 * The core in a thread or process of its own (a worker thread in browser mode, Electron's utility
 * process in the desktop app), so long work never holds up the transport: the window or the HTTP
 * server keeps answering, and progress events arrive while the work runs. The two ends talk over
 * one message port; whichever carries it (worker_threads, MessagePortMain) is wrapped as a Port.
 */
export interface Port {
  /** `transfer`: buffers to move rather than copy, where the port can (a worker thread's can; Electron's MessagePortMain copies). */
  post(message: unknown, transfer?: ArrayBuffer[]): void;
  listen(listener: (message: unknown) => void): void;
}

/** What the core needs to open, as plain data (functions cannot cross a port). */
export type RemoteOptions = Pick<CoreOptions, 'dataDir' | 'resourcesDir' | 'version' | 'autoBackup'>;

export type ToCore =
  | { type: 'open'; options: RemoteOptions }
  | { type: 'restore' }
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'shutdown' };

export type FromCore =
  | { type: 'opened'; kept?: string }
  | { type: 'rescue'; message: string; backup: BackupInfo | null }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; name: EventName; payload: ApiEvents[EventName] }
  | { type: 'closed' };

const LOST = 'ส่วนประมวลผลของโปรแกรมหยุดทำงาน กรุณาเปิดโปรแกรมใหม่ ข้อมูลที่บันทึกไว้แล้วไม่ได้รับผลกระทบ';
/** The answer to a call whose result could not come back, or whose core is gone. */
export const lost: Result<never> = { ok: false, error: { code: 'INTERNAL', message: LOST } };

/** The core as a transport sees it across the port. */
export interface RemoteCore {
  dispatch: Dispatch;
  onEvent(listener: EventListener): () => void;
  /** Takes the on-exit backup and closes the register (and its lock). */
  shutdown(): Promise<void>;
}

export type RemoteOpen =
  | { ok: true; core: RemoteCore; kept?: string }
  | { ok: false; message: string; backup: BackupInfo | null; restore(): Promise<RemoteOpen> };

export interface CoreConnection {
  open(options: RemoteOptions): Promise<RemoteOpen>;
  /** The core's thread or process is gone: every call still waiting is answered with an error. */
  lost(): void;
}

/** The transport's side of the port. */
export function connectCore(port: Port): CoreConnection {
  const pending = new Map<number, (r: Result<unknown>) => void>();
  const listeners = new Set<EventListener>();
  let nextId = 1;
  let control: ((m: FromCore) => void) | null = null;
  let gone = false;
  const ask = (message: ToCore) =>
    new Promise<FromCore>((resolve) => {
      control = resolve;
      port.post(message);
    });
  port.listen((raw) => {
    const m = raw as FromCore;
    if (m.type === 'result') {
      pending.get(m.id)?.(m.result);
      pending.delete(m.id);
    } else if (m.type === 'event') {
      for (const l of listeners) l(m.name, m.payload);
    } else {
      const answer = control;
      control = null;
      answer?.(m);
    }
  });
  const core: RemoteCore = {
    dispatch: (method, input) =>
      new Promise((resolve) => {
        if (gone) return resolve(lost);
        const id = nextId++;
        pending.set(id, resolve);
        port.post({ type: 'call', id, method, input } satisfies ToCore);
      }),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async shutdown() {
      if (!gone) await ask({ type: 'shutdown' });
    },
  };
  const outcome = (m: FromCore): RemoteOpen => {
    if (m.type === 'opened') return { ok: true, core, kept: m.kept };
    if (m.type === 'rescue') return { ok: false, message: m.message, backup: m.backup, restore: async () => outcome(await ask({ type: 'restore' })) };
    const message = m.type === 'failed' ? m.message : LOST;
    return { ok: false, message, backup: null, restore: () => Promise.reject(new AppFailure('DATABASE', message)) };
  };
  return {
    open: async (options) => outcome(await ask({ type: 'open', options })),
    lost() {
      gone = true;
      for (const resolve of pending.values()) resolve(lost);
      pending.clear();
      control?.({ type: 'failed', message: LOST });
      control = null;
    },
  };
}
