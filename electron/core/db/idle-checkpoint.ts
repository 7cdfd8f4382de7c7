import type { Db } from './open';

/**
 * Folds the WAL into the register file when the core's thread is idle, not inside a call that
 * writes. SQLite checkpoints (copies the WAL's pages into the file and fsyncs it) in the commit
 * that takes the WAL past 1,000 pages, so that commit's caller waits for it: a monthly grid save
 * that adds a district's rows writes about 570 pages, and every other such save paid a checkpoint
 * (20 ms on a quiet machine, over 100 ms on a busy one). After each call has answered, a PASSIVE
 * checkpoint (it never waits for readers or blocks writers) copies what the call wrote, so the
 * next save starts on an empty WAL; with nothing new it costs a few microseconds. SQLite's own
 * automatic checkpoint stays as the bound on a WAL that one call alone grows past 1,000 pages.
 */
export function idleCheckpoints(db: () => Db): { afterCall(): void; stop(): void } {
  let queued: NodeJS.Immediate | null = null;
  return {
    afterCall() {
      queued ??= setImmediate(() => {
        queued = null;
        const current = db();
        if (!current.open) return;
        try {
          current.pragma('wal_checkpoint(PASSIVE)');
        } catch {
          // The register is busy or closing: the next call's checkpoint, or SQLite's own, copies it.
        }
      });
    },
    stop() {
      if (queued) clearImmediate(queued);
      queued = null;
    },
  };
}
