import { parentPort, workerData } from 'node:worker_threads';
import { serveReader } from './reader';
import { serveCore } from './serve';

/**
 * Entry of the core's own thread or process (`out/main/core.js`): in the desktop app Electron's
 * utility process, handed a MessagePortMain by the shell in its first message; in browser mode a
 * worker thread, talking over its parent port. Typed here by shape: the core never imports electron.
 * The same file started by the core itself with `{ role: 'reader' }` is a reader thread (offload.ts).
 */
interface ElectronMessagePort {
  on(event: 'message', listener: (e: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
  start(): void;
}
interface ElectronParentPort {
  once(event: 'message', listener: (e: { ports: ElectronMessagePort[] }) => void): unknown;
}

/** This bundle, which the core starts again for its reader threads. */
const SELF = __filename;

const electronParent = (process as { parentPort?: ElectronParentPort }).parentPort;
if ((workerData as { role?: string } | null)?.role === 'reader') {
  serveReader(parentPort!);
} else if (electronParent) {
  electronParent.once('message', ({ ports: [port] }) => {
    // MessagePortMain moves only ports, so a file's bytes are copied on this hop.
    serveCore({ post: (m) => port.postMessage(m), listen: (l) => port.on('message', (e) => l(e.data)) }, SELF);
    port.start();
  });
} else if (parentPort) {
  const port = parentPort;
  serveCore({ post: (m, transfer) => port.postMessage(m, transfer), listen: (l) => port.on('message', l) }, SELF);
}
