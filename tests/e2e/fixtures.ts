import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { Input, MethodName, Output } from '@shared/api';
import { decodeJson, encodeJson } from '@shared/api/codec';
import type { Result } from '@shared/errors';
import { startWebServer } from '../helpers/web-server';

export interface WebApp {
  url: string;
  dataDir: string;
  /** Opens the app at a hash route such as `/settings`. */
  open(page: Page, route?: string): Promise<void>;
  /** Seeds through the same contract the screens use; fails the test on an AppError. */
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
}

/** Where tests save screenshots that a person looks at. */
export const SHOTS_DIR = path.resolve('test-results/screens');

/** Starts `out/main/web.js` (built by `npm run build`) on a free port with a fresh data folder. */
export async function startWebApp(args: string[] = [], dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-e2e-'))): Promise<WebApp & { stop(): Promise<void> }> {
  const server = await startWebServer(dataDir, args);
  const url = server.url;
  return {
    url,
    dataDir,
    async open(page, route = '/') {
      const u = new URL(url);
      u.hash = route;
      await page.goto(u.toString());
      await expect(page.getByRole('navigation', { name: 'เมนูหลัก' })).toBeVisible();
    },
    async call(method, input) {
      const u = new URL(url);
      const res = await fetch(new URL(`/api/call/${method}`, u), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-asa-token': u.searchParams.get('token')! },
        body: encodeJson(input),
      });
      const r = decodeJson(await res.text()) as Result<never>;
      if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
      return r.value;
    },
    async stop() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `app`: a fresh browser-mode server per test; `webArgs` adds command-line flags such as `--demo`. */
export const test = base.extend<{ app: WebApp; webArgs: string[] }>({
  webArgs: [[], { option: true }],
  app: async ({ webArgs }, use) => {
    const app = await startWebApp(webArgs);
    await use(app);
    await app.stop();
  },
});

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  // Transitions (a dialog fading in) are finished first, so the picture shows what the user sees.
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), animations: 'disabled' });
}

export { expect };
