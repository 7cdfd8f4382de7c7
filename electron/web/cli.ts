import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { AppFailure } from '@shared/errors';
import { createCore } from '../core';
import { startWebServer } from './server';

/** `npm run web -- [--data DIR] [--port N] [--demo]`: the app in a browser, where Electron is not. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: path.join(os.homedir(), '.asa-desk-web') },
      port: { type: 'string', default: '0' },
      demo: { type: 'boolean', default: false },
    },
  });
  const dataDir = path.resolve(values.data);
  const core = createCore({ dataDir, resourcesDir: path.join(__dirname, '../../resources'), version });
  if (values.demo) {
    const r = await core.dispatch('demo-load', {});
    console.log(r.ok ? 'โหลดข้อมูลตัวอย่างแล้ว' : `โหลดข้อมูลตัวอย่างไม่ได้: ${r.error.message}`);
  }
  const server = await startWebServer({ core, staticDir: path.join(__dirname, '../renderer'), port: Number(values.port) });
  console.log(`Asa Desk (browser mode) — data: ${dataDir}`);
  console.log(`Open: ${server.url}`);
  const stop = async () => {
    await server.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof AppFailure ? e.message : e);
  process.exit(1);
});
