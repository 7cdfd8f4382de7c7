import { parentPort } from 'node:worker_threads';
import { serveCore } from './serve';

/**
 * Entry of the core's own thread or process (`out/main/core.js`): in the desktop app Electron's
 * utility process, handed a MessagePortMain by the shell in its first message; in browser mode a
 * worker thread, talking over its parent port. Typed here by shape: the core never imports electron.
 */
interface ElectronMessagePort {
  on(event: 'message', listener: (e: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
  start(): void;
}
interface ElectronParentPort {
  once(event: 'message', listener: (e: { ports: ElectronMessagePort[] }) => void): unknown;
}

const electronParent = (process as { parentPort?: ElectronParentPort }).parentPort;
if (electronParent) {
  electronParent.once('message', ({ ports: [port] }) => {
    serveCore({ post: (m) => port.postMessage(m), listen: (l) => port.on('message', (e) => l(e.data)) });
    port.start();
  });
} else if (parentPort) {
  const port = parentPort;
  serveCore({ post: (m) => port.postMessage(m), listen: (l) => port.on('message', l) });
}
