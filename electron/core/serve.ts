import type { MethodName } from '@shared/api';
import type { Result } from '@shared/errors';
import type { Core, Rescue } from './index';
import { OFF_THREAD, transferOf } from './offload';
import { lost, type FromCore, type Port, type ToCore } from './remote';
import { openOrRecover, problemOf } from './startup';

const notOpen: Result<never> = { ok: false, error: { code: 'DATABASE', message: 'ยังเปิดทะเบียนไม่ได้ กรุณาเปิดโปรแกรมใหม่' } };

/**
 * The core's side of the port (remote.ts): owns the register, its lock and its recovery
 * (openOrRecover); the shell only shows what it is told and says whether to restore. With
 * `readerEntry` (this bundle's own file), long read-only calls run on reader threads (offload.ts).
 */
export function serveCore(port: Port, readerEntry?: string): void {
  let core: Core | null = null;
  let rescue: Rescue | null = null;
  const send = (message: FromCore, transfer?: ArrayBuffer[]) => port.post(message, transfer);
  const opened = (c: Core, kept?: string) => {
    core = c;
    c.onEvent((name, payload) => send({ type: 'event', name, payload }));
    send({ type: 'opened', kept });
  };
  port.listen(async (raw) => {
    const m = raw as ToCore;
    switch (m.type) {
      case 'open': {
        const outcome = openOrRecover({ ...m.options, readerEntry });
        if (outcome.ok) return opened(outcome.core);
        rescue = outcome.rescue;
        return send({ type: 'rescue', message: rescue.message, backup: rescue.backup });
      }
      case 'restore':
        try {
          const { core: restored, kept } = rescue!.restore();
          return opened(restored, kept);
        } catch (e) {
          return send({ type: 'failed', message: problemOf(e) });
        }
      case 'call': {
        const result = core ? await core.dispatch(m.method, m.input) : notOpen;
        try {
          // A reader's answer is this thread's to give away: its file's bytes are moved, not copied.
          return send({ type: 'result', id: m.id, result }, OFF_THREAD.has(m.method as MethodName) ? transferOf(result) : []);
        } catch (e) {
          // A value that cannot cross the port is a bug in a handler; the caller still gets an answer.
          console.error('[asa-desk core]', e);
          return send({ type: 'result', id: m.id, result: lost });
        }
      }
      case 'shutdown':
        await core?.shutdown();
        rescue?.close();
        return send({ type: 'closed' });
    }
  });
}
