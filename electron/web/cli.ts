import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { version } from '../../package.json';
import { AppFailure } from '@shared/errors';
import { CORE_RESOURCE_LIMITS, connectCore, type RemoteCore } from '../core/entry';
import { startWebServer } from './server';

/**
 * Starts the core in a worker thread (out/main/core.js), so the server keeps answering and
 * progress events flow while long work runs, and opens the register there through the core's own
 * recovery (core/startup.ts). A register that will not open is never replaced by itself: the Thai
 * explanation names the newest good backup, restored (the old file kept in `damaged/`) only when
 * started again with --restore-latest-backup.
 */
async function openCore(dataDir: string, restore: boolean): Promise<{ core: RemoteCore; worker: Worker }> {
  const worker = new Worker(path.join(__dirname, 'core.js'), { resourceLimits: CORE_RESOURCE_LIMITS });
  const connection = connectCore({ post: (m) => worker.postMessage(m), listen: (l) => worker.on('message', l) });
  worker.on('error', (e) => console.error('[asa-desk core]', e));
  worker.on('exit', () => connection.lost());
  let outcome = await connection.open({ dataDir, resourcesDir: path.join(__dirname, '../../resources'), version, autoBackup: true });
  if (!outcome.ok && outcome.backup && restore) {
    outcome = await outcome.restore();
    if (outcome.ok) console.log(`กู้คืนจากข้อมูลสำรองแล้ว ไฟล์เดิมเก็บไว้ที่ ${outcome.kept}`);
  }
  if (outcome.ok) return { core: outcome.core, worker };
  const hint = outcome.backup ? '\nเริ่มโปรแกรมอีกครั้งพร้อม --restore-latest-backup เพื่อกู้คืนจากข้อมูลสำรองนี้' : '';
  await worker.terminate();
  throw new AppFailure('DATABASE', outcome.message + hint);
}

/** `npm run web -- [--data DIR] [--port N] [--demo]`: the app in a browser, where Electron is not. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: path.join(os.homedir(), '.asa-desk-web') },
      port: { type: 'string', default: '0' },
      demo: { type: 'boolean', default: false },
      'restore-latest-backup': { type: 'boolean', default: false },
    },
  });
  const dataDir = path.resolve(values.data);
  const { core, worker } = await openCore(dataDir, values['restore-latest-backup']);
  if (values.demo) {
    const r = await core.dispatch('demo-load', {});
    console.log(r.ok ? 'โหลดข้อมูลตัวอย่างแล้ว' : `โหลดข้อมูลตัวอย่างไม่ได้: ${r.error.message}`);
  }
  const server = await startWebServer({ core, staticDir: path.join(__dirname, '../renderer'), port: Number(values.port) });
  console.log(`Asa Desk (browser mode) — data: ${dataDir}`);
  console.log(`Open: ${server.url}`);
  const stop = async () => {
    await server.close();
    await core.shutdown();
    await worker.terminate();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof AppFailure ? e.message : e);
  process.exit(1);
});
