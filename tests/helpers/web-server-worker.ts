/**
 * The browser-mode server in a child process of its own, on a real core in a fresh data folder,
 * for tests that must see it stay up (`tests/integration/web-fuzz.test.ts`). Prints
 * `url <address>` when listening and `fault <error>` for every fault the catch-all logged.
 *   web-server-worker.ts <dataDir> <staticDir> <requestTimeoutMs>
 */
import path from 'node:path';
import { createCore } from '../../electron/core';
import { startWebServer } from '../../electron/web/server';

const [dataDir, staticDir, timeout] = process.argv.slice(2);
const say = (line: string) => process.stdout.write(`${line}\n`);
const log = (e: unknown) => say(`fault ${String(e).replace(/\n/g, ' ')}`);
const core = createCore({ dataDir, resourcesDir: path.resolve(import.meta.dirname, '../../resources'), log });
void startWebServer({ core, staticDir, requestTimeoutMs: Number(timeout), log }).then((server) => say(`url ${server.url}`));
