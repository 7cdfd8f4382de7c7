// `npm run test:e2e:stress`: the end-to-end suite as a busy CI machine runs it. Builds once, then keeps
// every core busy with CPU-burning child processes and runs the whole Playwright suite three times in
// a row; fails if any run fails. Arguments after `--` go to Playwright (e.g. a spec file).
//   E2E_STRESS_RUNS     how many runs (default 3)
//   E2E_STRESS_BURNERS  how many burners (default: one per core)
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.E2E_STRESS_RUNS ?? 3);
const BURNERS = Number(process.env.E2E_STRESS_BURNERS ?? os.availableParallelism());
/** The longest a burner may live: it stops by itself even if this script is killed without cleanup. */
const BURN_LIMIT_MS = 90 * 60_000;

// Spins until its deadline, or until its parent is gone (checked every 100 ms), whichever comes first.
const BURNER = `
  const parent = process.ppid;
  const end = Date.now() + ${BURN_LIMIT_MS};
  for (let check = Date.now(); Date.now() < end; ) {
    if (Date.now() - check > 100) {
      check = Date.now();
      if (process.ppid !== parent) process.exit(0);
    }
  }`;

const onWindows = process.platform === 'win32';
/** The step running now: its own process group, so a stop reaches Playwright, its workers and servers. */
let current = null;

function npx(args) {
  return new Promise((resolve) => {
    const child = spawn('npx', args, { cwd: ROOT, stdio: 'inherit', shell: onWindows, detached: !onWindows });
    current = child;
    child.on('exit', (code) => {
      current = null;
      resolve(code ?? 1);
    });
  });
}

const burners = [];
function stopAll() {
  for (const b of burners) if (b.exitCode === null) b.kill('SIGKILL');
  if (current?.exitCode === null) {
    try {
      process.kill(onWindows ? current.pid : -current.pid, 'SIGTERM');
    } catch {
      current.kill('SIGTERM');
    }
  }
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

if ((await npx(['electron-vite', 'build'])) !== 0) {
  console.error('e2e-stress: the build failed');
  process.exit(1);
}

for (let i = 0; i < BURNERS; i++) burners.push(spawn(process.execPath, ['-e', BURNER], { stdio: 'ignore' }));
console.log(`e2e-stress: ${BURNERS} CPU burners running (pids ${burners.map((b) => b.pid).join(', ')}), ${RUNS} runs of the suite`);

const results = [];
for (let run = 1; run <= RUNS; run++) {
  const started = Date.now();
  console.log(`\ne2e-stress: run ${run} of ${RUNS}`);
  const code = await npx(['playwright', 'test', ...process.argv.slice(2)]);
  results.push({ run, ok: code === 0, seconds: Math.round((Date.now() - started) / 1000) });
}
stopAll();

console.log('\ne2e-stress: results under load');
for (const r of results) console.log(`  run ${r.run}: ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
