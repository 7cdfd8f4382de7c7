/**
 * A child process for the kill -9 tests (`tests/integration/crash-*.test.ts`): opens a real core
 * and does real work, reporting on stdout, until the test kills it.
 *   import <dataDir> <file>   commit a volunteer import in one go, then print `done`
 *   backup <dataDir>          take manual backups in a loop, printing `backed-up` after each
 *   export <dataDir> <target> save a copy with photos to target in a loop, as "save to a USB stick" does,
 *                             printing `exported` after each
 *   save <file> <target>      save a file's bytes to target in a loop, as the shell saves exports,
 *                             printing `saved` after each
 *   restore-at-startup <dataDir>  restore the newest good backup over a register that will not open
 *   hold <dataDir>            open the register as a shell does (taking the data folder's lock) and stay
 *   once <dataDir> <method>   call one method with {} and print its result as JSON (run as another user
 *                             by the permission tests)
 *   settings <dataDir> <n>    once <dataDir>/go exists, save the backup settings n times (a read,
 *                             then a write, in one transaction) and print how many failed
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../electron/core/files/atomic-write';

const [mode, a, b] = process.argv.slice(2);
const say = (line: string) => process.stdout.write(`${line}\n`);
const resourcesDir = path.resolve(import.meta.dirname, '../../resources');

async function main(): Promise<void> {
  if (mode === 'save') {
    const bytes = fs.readFileSync(a);
    say('ready');
    for (;;) {
      writeFileAtomic(b, bytes);
      say('saved');
    }
  }
  if (mode === 'restore-at-startup') {
    const { newestGoodBackup, restoreAtStartup } = await import('../../electron/core/backup/recovery');
    const backup = newestGoodBackup(a)!;
    say('ready');
    restoreAtStartup(a, backup);
    say('done');
    return;
  }
  // Loaded only here, so the `save` mode starts quickly.
  const { createCore, openOrRecover } = await import('../../electron/core');
  if (mode === 'hold') {
    const outcome = openOrRecover({ dataDir: a, resourcesDir, log: (e) => say(`log ${String(e)}`) });
    say(outcome.ok ? 'ready' : `refused ${outcome.rescue.message}`);
    if (outcome.ok) setInterval(() => {}, 1000);
    return;
  }
  const core = createCore({ dataDir: a, resourcesDir, log: (e) => say(`log ${String(e)}`) });
  let lastStage = '';
  core.onEvent((_name, p) => {
    if (p.stage !== lastStage) say(`stage ${(lastStage = p.stage)}`);
  });
  say('ready');
  if (mode === 'import') {
    const r = await core.dispatch('volunteer-import-commit', { file: { name: 'รายชื่อ.csv', bytes: new Uint8Array(fs.readFileSync(b)) }, job: 'crash', duplicates: 'skip' });
    say(`done ${JSON.stringify(r)}`);
  } else if (mode === 'export') {
    for (;;) {
      const r = await core.dispatch('backup-export', {});
      if (!r.ok) say(`failed ${r.error.message}`);
      else writeFileAtomic(b, (r.value as { bytes: Uint8Array }).bytes);
      say('exported');
    }
  } else if (mode === 'once') {
    say(`result ${JSON.stringify(await core.dispatch(b, {}))}`);
  } else if (mode === 'settings') {
    while (!fs.existsSync(path.join(a, 'go'))) await new Promise((r) => setTimeout(r, 5));
    let failed = 0;
    for (let i = 0; i < Number(b); i++) {
      const r = await core.dispatch('backup-settings-save', { keepDaily: 14, keepMonthly: 12 });
      if (!r.ok) {
        failed++;
        say(`failed ${r.error.message}`);
      }
    }
    say(`done ${failed}`);
  } else if (mode === 'backup') {
    for (;;) {
      const r = await core.dispatch('backup-create', {});
      say(r.ok ? 'backed-up' : `failed ${r.error.message}`);
    }
  }
  core.close();
}

void main();
