import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { Input, MethodName, Output } from '@shared/api';
import { decodeJson, encodeJson } from '@shared/api/codec';
import type { Result } from '@shared/errors';
import { BOUND_PREFIXES, BOUND_SUFFIXES, THAI_COMPOUNDS, glueSpaces } from '@shared/thai';
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

/** The lines each of `els` is drawn on, as the text of each line (a soft wrap ends a line too). */
export async function wrappedLines(els: Locator): Promise<string[][]> {
  return els.evaluateAll((nodes) =>
    nodes.map((el) => {
      // Each character of the element's text with the top of the line it is drawn on; a mark
      // drawn over the character before it has no box of its own and goes with that character.
      const chars: { ch: string; top: number; left: number }[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null)
        for (let i = 0; i < n.data.length; i++) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const box = [...range.getClientRects()].find((r) => r.width > 0);
          const last = chars.at(-1) ?? { top: 0, left: 0 };
          chars.push({ ch: n.data[i], top: box ? box.top : last.top, left: box ? box.left : last.left });
        }
      // A new line starts where a character is drawn lower than the one before and back to its
      // left (a larger figure before smaller text shares its line); spaces at a line's end go with it.
      const lines: string[] = [''];
      let prev: { top: number; left: number } | undefined;
      for (const c of chars) {
        if (c.ch.trim() && prev && c.top > prev.top + 2 && c.left < prev.left) lines.push('');
        if (c.ch.trim()) prev = c;
        lines[lines.length - 1] += c.ch;
      }
      return lines;
    }),
  );
}

/**
 * Where a line ends badly in each of `els`, as `end of the line|start of the next`: inside a
 * compound of THAI_COMPOUNDS (`ช่วย|เหลือ`), right after a word that leans on the next
 * (`ส่งต่อผู้|ต้องการ`), right before one that leans on the word before (`คน|ละ`), or at a space
 * the PDF engine glues (glueSpaces: `26 ก.พ.|2570`). For text that may wrap between words (a kind
 * name, a title), where cellsBrokenInsideWords cannot tell a good break from a bad one.
 */
export async function wordsBrokenAcrossLines(els: Locator): Promise<string[]> {
  const broken: string[] = [];
  for (const lines of await wrappedLines(els)) {
    const text = lines.join('');
    const glued = glueSpaces(text.replaceAll('\u00a0', ' '));
    let at = 0;
    for (const [i, line] of lines.entries()) {
      at += line.length;
      const next = lines[i + 1];
      if (next === undefined) break;
      const end = line.trimEnd();
      const inCompound = THAI_COMPOUNDS.some((w) => {
        for (let from = text.indexOf(w); from >= 0; from = text.indexOf(w, from + 1)) if (from < at && at < from + w.length) return true;
        return false;
      });
      const atGluedSpace = glued[at - 1] === '\u00a0';
      if (inCompound || atGluedSpace || BOUND_PREFIXES.some((w) => end.endsWith(w)) || BOUND_SUFFIXES.some((w) => next.startsWith(w))) {
        broken.push(`${end.slice(-12)}|${next.slice(0, 12)}`);
      }
    }
  }
  return broken;
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

/** Picks a spreadsheet in the import wizard's file button, as the clerk's file dialog would give it. */
export async function pickSpreadsheet(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'เลือกไฟล์ .xlsx .xls หรือ .csv', exact: true }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

export { expect };
