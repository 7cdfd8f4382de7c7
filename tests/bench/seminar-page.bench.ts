/**
 * The seminar page with 100 participants (issue 16, the Songkhla seminar): the built app opened
 * five times in Chromium through browser mode, each in a fresh browser context. Prints the median
 * time from navigation until the participants' table has drawn its last row (measured in the page
 * at the first frame after that row entered the document, so React's work and the layout are in
 * it), and the time one amount changed in the table takes to be saved and drawn again across all
 * rows. Builds first. Exits non-zero when a target is missed. Targets for the 2-core build machine
 * shared with other work (load average 12-14), where a Mantine Select, combobox and NumberInput per
 * cell took a median 12.0 s to open the page and 6.0 s to redraw it; with the table's native
 * inputs (components/TableInputs.tsx) 5.0 s and 1.2 s, of which about 1.3 s is the app's own start.
 */
import os from 'node:os';
import { startWebApp } from '../e2e/fixtures';
import { songkhlaSeminar, volunteer } from '../helpers/seminar-fixtures';
import { clerkContext, launchChromium } from './browser';
import { buildApp, median } from './stats';

const OPENS = 5;
const TARGET_OPEN_MS = 6_000;
const TARGET_REDRAW_MS = 2_000;
const PEOPLE = 100;

declare global {
  interface Window {
    __tableDrawn?: number;
    __shellDrawn?: number;
  }
}

async function main(): Promise<void> {
  buildApp();

  const app = await startWebApp();
  const s = await app.call('seminar-create', songkhlaSeminar);
  for (let n = 1; n <= 75; n++) await app.call('volunteer-create', volunteer(n));
  await app.call('participant-add-volunteers', { seminarId: s.id, groupId: s.groups[2].id, filter: { district: 'เมืองสงขลา' } });
  const contactIds: number[] = [];
  for (let n = 1; n <= PEOPLE - 75; n++) {
    const c = await app.call('contact-save', { name: `นางคณะทำงาน${n} พัฒนา`, position: 'คณะทำงาน', agency: 'คณะทำงานพัฒนาอาสาสมัครแรงงานจังหวัด', phone: '', notes: '' });
    contactIds.push(c.id);
  }
  await app.call('participant-add-contacts', { seminarId: s.id, groupId: s.groups[0].id, contactIds });
  const last = (await app.call('seminar-get', { id: s.id })).participants.at(-1)!;
  const lastRow = `[aria-label="นำ ${last.name} ออก"]`;

  const browser = await launchChromium();
  const opens: number[] = [];
  const redraws: number[] = [];
  try {
    for (let i = 0; i < OPENS; i++) {
      const context = await clerkContext(browser);
      const page = await context.newPage();
      // A string, not a function: tsx would wrap a function with helpers the page does not have.
      await page.addInitScript(`
        const observer = new MutationObserver(() => {
          if (window.__shellDrawn === undefined && document.querySelector('nav')) window.__shellDrawn = performance.now();
          if (!document.querySelector(${JSON.stringify(lastRow)})) return;
          observer.disconnect();
          requestAnimationFrame(() => { window.__tableDrawn = performance.now(); });
        });
        observer.observe(document, { childList: true, subtree: true });
      `);
      const u = new URL(app.url);
      u.hash = `/seminars/${s.id}`;
      await page.goto(u.toString());
      await page.waitForFunction(() => window.__tableDrawn !== undefined, null, { timeout: 600_000 });
      const [shell, ms] = await page.evaluate(() => [window.__shellDrawn!, window.__tableDrawn!]);
      opens.push(ms);

      // One amount typed and left: the seminar is read again and every row drawn from it (the
      // first frame after the answer arrives, which waits for React's work on the main thread).
      const amount = page.getByLabel(`ค่าพาหนะของ ${last.name}`);
      await amount.fill(String(100 + i));
      const started = Date.now();
      const reread = page.waitForResponse((r) => r.url().includes('/api/call/seminar-get'), { timeout: 600_000 });
      await amount.blur();
      await reread;
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
      const redraw = Date.now() - started;
      redraws.push(redraw);
      console.log(`open ${i + 1}: ${PEOPLE} rows drawn at ${ms.toFixed(0)} ms (the app's menu at ${shell.toFixed(0)} ms); one amount saved and redrawn in ${redraw} ms`);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.stop();
  }

  console.log(`load average (1 min): ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  const ms = median(opens);
  const redraw = median(redraws);
  console.log(`\nmedian time to the seminar page with ${PEOPLE} participants drawn: ${ms.toFixed(0)} ms (target ≤ ${TARGET_OPEN_MS} ms)`);
  console.log(`median time for one amount saved and the table redrawn: ${redraw.toFixed(0)} ms (target ≤ ${TARGET_REDRAW_MS} ms)`);
  process.exit(ms <= TARGET_OPEN_MS && redraw <= TARGET_REDRAW_MS ? 0 : 1);
}

void main();
