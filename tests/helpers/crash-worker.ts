/**
 * A child process for the kill -9 tests (`tests/integration/crash-*.test.ts`): opens a real core
 * and does real work, reporting on stdout, until the test kills it.
 *   import <dataDir> <file>   commit a volunteer import in one go, then print `done`
 *   backup <dataDir>          take manual backups in a loop
 *   export <dataDir> <target> save a copy with photos to target in a loop, as "save to a USB stick" does
 *   save <file> <target>      save a file's bytes to target in a loop, as the shell saves exports
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
    for (;;) writeFileAtomic(b, bytes);
  }
  // Loaded only here, so the `save` mode starts quickly.
  const { createCore } = await import('../../electron/core');
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
  } else if (mode === 'backup') {
    for (;;) {
      const r = await core.dispatch('backup-create', {});
      if (!r.ok) say(`failed ${r.error.message}`);
    }
  }
  core.close();
}

void main();
