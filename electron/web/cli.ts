import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { AppFailure } from '@shared/errors';
import { openOrRecover, type Core } from '../core';
import { startWebServer } from './server';

/**
 * Opens the core through the core's own recovery (core/startup.ts). A register that will not open
 * is never replaced by itself: the Thai explanation names the newest good backup, restored (the
 * old file kept in `damaged/`) only when started again with --restore-latest-backup.
 */
function openCore(dataDir: string, restore: boolean): Core {
  const outcome = openOrRecover({ dataDir, resourcesDir: path.join(__dirname, '../../resources'), version, autoBackup: true });
  if (outcome.ok) return outcome.core;
  const { message, backup } = outcome.rescue;
  if (!backup || !restore) {
    const hint = backup ? '\nเริ่มโปรแกรมอีกครั้งพร้อม --restore-latest-backup เพื่อกู้คืนจากข้อมูลสำรองนี้' : '';
    throw new AppFailure('DATABASE', message + hint);
  }
  const { core, kept } = outcome.rescue.restore();
  console.log(`กู้คืนจากข้อมูลสำรองแล้ว ไฟล์เดิมเก็บไว้ที่ ${kept}`);
  return core;
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
  const core = openCore(dataDir, values['restore-latest-backup']);
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
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof AppFailure ? e.message : e);
  process.exit(1);
});
