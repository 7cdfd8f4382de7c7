import { parentPort } from 'node:worker_threads';
import { serveCore } from '../../electron/core/serve';

/**
 * The core as it ran before reader threads, for comparison in responsiveness.bench.ts: the same
 * serveCore in one worker thread, without its own bundle's path, so every call runs on this thread.
 */
const port = parentPort!;
serveCore({ post: (m) => port.postMessage(m), listen: (l) => port.on('message', l) });
