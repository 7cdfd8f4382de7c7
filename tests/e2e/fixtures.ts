import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { Input, MethodName, Output } from '@shared/api';
import { decodeJson, encodeJson } from '@shared/api/codec';
import type { Result } from '@shared/errors';
import { THAI_COMPOUNDS } from '@shared/thai';
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

/**
 * Picks `option` in a Mantine Select or Combobox by keyboard, as a clerk would, with `target` focused.
 * Mantine sets the highlighted option on a timer after the list opens and drops an arrow key that
 * arrives before the list has rendered, so the number of presses is not fixed: each press waits for
 * the highlight to move, and Enter is pressed only once the wanted option is the highlighted one.
 */
export async function pickByKeyboard(page: Page, target: Locator, option: string, key: 'ArrowDown' | 'ArrowUp' = 'ArrowDown'): Promise<void> {
  await expect(target).toBeFocused();
  if (!(await target.getAttribute('aria-controls'))) await page.keyboard.press(key);
  await expect(target).toHaveAttribute('aria-controls', /.+/);
  const list = page.locator(`[id="${await target.getAttribute('aria-controls')}"]`);
  const wanted = list.getByRole('option', { name: option, exact: true });
  await expect(wanted).toBeVisible();
  const highlighted = () => list.evaluate((el) => el.querySelector('[data-combobox-selected]')?.id ?? '');
  const options = await list.getByRole('option').count();
  for (let press = 0; press <= options && (await wanted.getAttribute('data-combobox-selected')) !== 'true'; press++) {
    const before = await highlighted();
    await page.keyboard.press(key);
    await expect.poll(highlighted).not.toBe(before);
  }
  await expect(wanted).toHaveAttribute('data-combobox-selected', 'true');
  await page.keyboard.press('Enter');
}

/**
 * The cells among `cells` whose text is drawn on more lines than it has space-separated words: the
 * browser broke a word it does not know (คลองหอย|โข่ง, อาสา|สมัคร|แรงงาน, อื่น|ๆ). Each with its line count.
 */
export async function cellsBrokenInsideWords(cells: Locator): Promise<[string, number][]> {
  const lines = await cells.evaluateAll((els) =>
    els.map((c) => {
      const range = document.createRange();
      range.selectNodeContents(c);
      return [c.textContent ?? '', new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size] as [string, number];
    }),
  );
  // ๆ belongs to the word before it (อื่น ๆ is one word that must not end a line at its space).
  return lines.filter(([text, n]) => n > text.trim().split(/\s+(?!ๆ)/).length);
}

/**
 * The compounds of THAI_COMPOUNDS that a line ends inside in each of `els` (`ช่วย|เหลือ`): for text
 * with no spaces (a kind name, a title) that may wrap between words, where cellsBrokenInsideWords
 * cannot tell a good break from a bad one.
 */
export async function compoundsBrokenAcrossLines(els: Locator): Promise<string[]> {
  return els.evaluateAll((nodes, words) => {
    const broken: string[] = [];
    for (const el of nodes) {
      // The element's text, and for each of its characters the text node and offset it is in.
      const at: [Text, number][] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) for (let i = 0; i < n.data.length; i++) at.push([n, i]);
      const text = at.map(([n, i]) => n.data[i]).join('');
      for (const word of words)
        for (let from = text.indexOf(word); from >= 0; from = text.indexOf(word, from + 1)) {
          const range = document.createRange();
          range.setStart(...at[from]);
          const [endNode, endAt] = at[from + word.length - 1];
          range.setEnd(endNode, endAt + 1);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(word);
        }
    }
    return broken;
  }, THAI_COMPOUNDS);
}

/** Waits until Chromium's PDF viewer in the preview frame has loaded the document (its page count is shown). */
export async function expectPdfPreviewLoaded(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const viewer = page.frames().find((f) => f.url().startsWith('chrome-extension://'));
      return viewer ? ((await viewer.locator('#pagelength').textContent({ timeout: 10_000 }).catch(() => null)) ?? '') : '';
    })
    .toMatch(/^[1-9]\d*$/);
}

export { expect };
