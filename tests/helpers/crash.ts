import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const WORKER = path.resolve('tests/helpers/crash-worker.ts');

export interface Worker {
  /** Lines printed so far. */
  lines: string[];
  /** Resolves when a line starting with `prefix` has been printed (or at once if it has). */
  waitFor(prefix: string, timeoutMs?: number): Promise<void>;
  /** kill -9, then waits for the process to be gone. */
  kill(): Promise<void>;
  exited: Promise<number | null>;
  pid: number;
}

/**
 * Starts `crash-worker.ts` (or another script) in a real child process on this same Node, with tsx
 * as the loader; `as` runs it as another user (the permission tests, when they run as root).
 */
export function startWorker(args: string[], script = WORKER, as?: { uid: number; gid: number }): Worker {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...as });
  const lines: string[] = [];
  const waiters: { prefix: string; resolve(): void }[] = [];
  let buffer = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => {
    buffer += d.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      lines.push(line);
      for (const w of waiters.filter((x) => line.startsWith(x.prefix))) w.resolve();
    }
  });
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    lines,
    exited,
    pid: child.pid!,
    waitFor(prefix, timeoutMs = 60_000) {
      if (lines.some((l) => l.startsWith(prefix))) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`worker never printed "${prefix}":\n${lines.join('\n')}\n${stderr}`)), timeoutMs);
        waiters.push({ prefix, resolve: () => (clearTimeout(timer), resolve()) });
        void exited.then(() => setTimeout(() => reject(new Error(`worker exited before "${prefix}":\n${lines.join('\n')}\n${stderr}`)), 50));
      });
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
