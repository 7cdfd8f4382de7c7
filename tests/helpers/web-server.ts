import { spawn, type ChildProcess } from 'node:child_process';

export interface WebServer {
  /** The URL the server prints, with its per-launch token. */
  url: string;
  stop(): Promise<void>;
}

/** Starts the built browser mode (`out/main/web.js`, from `npm run build`) on a free port. */
export async function startWebServer(dataDir: string, args: string[] = []): Promise<WebServer> {
  // An office PC runs the window and the core on one clock, in Thai time; the e2e browser is set to
  // Asia/Bangkok, so the core is too. Otherwise from 17:00 to 24:00 UTC the window's today is the
  // core's tomorrow, and a date the form fills with today is refused as in the future.
  const env = { ...process.env, TZ: 'Asia/Bangkok' };
  const child: ChildProcess = spawn(process.execPath, ['out/main/web.js', '--data', dataDir, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    // A bound on a hung start only; a busy CI machine may take long to load the core.
    const timer = setTimeout(() => reject(new Error(`web server did not start:\n${out}`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Open: (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`web server exited (${code}):\n${out}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
