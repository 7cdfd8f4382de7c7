import type { Page } from '@playwright/test';
import { addDays, fiscalYearOf, fiscalYearRange, todayIso } from '@shared/thai';
import { expect, screenshot, test, type WebApp } from './fixtures';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';

/**
 * Issue 16 item 9: every page at 1366×768 and at Windows' 125 % scaling of it (1093×615 CSS px).
 * Nothing cut (a badge or label whose text is wider than its box) and no short label, column head,
 * tab, button or card figure broken inside a word: such text may wrap only at a space or after
 * a slash. Screenshots of each page at both sizes go to test-results/screens for a person to look at.
 */
const SIZES = [
  { name: '1366', width: 1366, height: 768 },
  { name: '1093', width: 1093, height: 615 },
];

/** Text that is a label, not prose: it must stay whole, or break only where a person would. */
const LABELS = [
  'th',
  '.mantine-Badge-root',
  '.mantine-Tabs-tab',
  '.mantine-Button-label',
  '.mantine-NavLink-label',
  '.mantine-InputWrapper-label',
  '.mantine-SegmentedControl-label',
  '[data-testid^="stat-"] > :not(div)',
  '[data-testid^="stat-"] > div > *',
  // A target group's name in the seminar's summary: one long compound, read as a name.
  '[data-testid^="summary-group-"] > td:first-child',
].join(', ');

/** Figures that must stay on one line: the dashboard cards' numbers ("1 / 2", not "1 /" over "2"). */
const FIGURES = '[data-testid^="stat-"] > .mantine-Group-root > :first-child';

interface Problem {
  kind: 'cut' | 'split';
  text: string;
  at?: string;
}

/** Runs in the page: cut boxes anywhere, and lines of labels that end inside a word. */
function findProblems([labels, figures]: [string, string]): Problem[] {
  const problems: Problem[] = [];
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
    if (!visible(el) || !el.textContent?.trim()) continue;
    const style = getComputedStyle(el);
    const clips = style.textOverflow === 'ellipsis' || (style.overflowX === 'hidden' && style.whiteSpace === 'nowrap');
    if (clips && el.scrollWidth > el.clientWidth + 1) problems.push({ kind: 'cut', text: el.textContent.trim() });
  }
  // A table running past the window's right edge: its last columns (a status) are out of sight.
  for (const table of Array.from(document.querySelectorAll('table'))) {
    if (visible(table) && table.getBoundingClientRect().right > document.documentElement.clientWidth + 1) {
      problems.push({ kind: 'cut', text: `table: ${table.querySelector('th')?.textContent?.trim() ?? ''}` });
    }
  }
  // A hint that does not fit its empty field ("ชื่อ … (บาง").
  const measure = document.createElement('canvas').getContext('2d')!;
  for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input[placeholder]'))) {
    if (!visible(input) || input.value || !input.placeholder) continue;
    const style = getComputedStyle(input);
    measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (measure.measureText(input.placeholder).width > room + 1) problems.push({ kind: 'cut', text: `placeholder: ${input.placeholder}` });
  }
  const oneLine = new Set(document.querySelectorAll(figures));
  for (const el of Array.from(document.querySelectorAll<HTMLElement>(`${labels}, ${figures}`))) {
    if (!visible(el)) continue;
    // Each character's line, from its own box; a new line must start after a space or a slash, or
    // at a <wbr>: WordsKept marks the places between the words of a long name (a kind) with one.
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    let text = '';
    let lastTop: number | null = null;
    let wordBreak = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node instanceof Text)) {
        wordBreak ||= node.nodeName === 'WBR';
        continue;
      }
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        const ch = node.data[i];
        if (rect && rect.width > 0 && !/\s/.test(ch)) {
          const prev = text.at(-1) ?? ' ';
          if (lastTop !== null && rect.top > lastTop + rect.height / 2 && (oneLine.has(el) || !(/[\s/]/.test(prev) || (i === 0 && wordBreak)))) {
            problems.push({ kind: 'split', text: el.textContent!.trim(), at: `${text.slice(-8)}|${node.data.slice(i, i + 8)}` });
          }
          lastTop = rect.top;
          wordBreak = false;
        }
        text += ch;
      }
    }
  }
  return problems;
}

async function check(page: Page, name: string): Promise<Problem[]> {
  const found: Problem[] = [];
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // The layout has answered the new width once the page's own width matches it.
    await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth)).toBeLessThanOrEqual(size.width);
    await screenshot(page, `layout-${name}-${size.name}`);
    for (const p of await page.evaluate(findProblems, [LABELS, FIGURES] as [string, string])) found.push({ ...p, text: `[${name} @${size.name}] ${p.text}` });
  }
  return found;
}

async function seed(app: WebApp) {
  const fy = fiscalYearOf(todayIso());
  const start = addDays(fiscalYearRange(fy).start, 20);
  const days = [{ date: start, sessions: [{ start: '09:00', end: '12:00', topic: 'พิธีเปิดและบรรยายพิเศษ' }, { start: '13:00', end: '16:00', topic: 'การประสานงานเครือข่าย' }] }];
  const running = await app.call('seminar-create', { ...songkhlaSeminar, status: 'running', days });
  // Ten done: the dashboard's card reads "10 / 12", two digits a side.
  for (let i = 1; i <= 10; i++) {
    await app.call('seminar-create', { ...songkhlaSeminar, title: `อบรมกฎหมายคุ้มครองแรงงานสำหรับอาสาสมัครแรงงาน รุ่นที่ ${i}`, status: 'done', days });
  }
  await app.call('seminar-create', { ...songkhlaSeminar, title: 'ประชุมเชิงปฏิบัติการ', status: 'cancelled', days });
  const people = await app.call('volunteer-list', { status: 'active', pageSize: 12 });
  await app.call('participant-add-volunteers', { seminarId: running.id, groupId: running.groups[2].id, volunteerIds: people.rows.map((r) => r.id) });
  const detail = await app.call('seminar-get', { id: running.id });
  for (const p of detail.participants.slice(0, 8)) {
    await app.call('attendance-mark', { sessionId: running.days[0].sessions[0].id, participantId: p.id, status: 'present' });
  }
  await app.call('budget-line-save', { seminarId: running.id, category: 'meal', description: 'ค่าอาหารกลางวัน', quantity: 100, times: 1, rate: 300, actualAmount: 27_000 });
  // A month of every kind for each of them: the activity report, its kind heads and the nomination ranking have rows.
  const kinds = await app.call('activity-kinds-get', {});
  for (const r of people.rows) {
    await app.call('activity-grid-save', { month: start.slice(0, 7), district: r.areaDistrict, cells: kinds.map((k, i) => ({ volunteerId: r.id, kindId: k.id, people: 2 + i })) });
  }
  const resigned = people.rows[11].id;
  await app.call('volunteer-status-change', { id: resigned, status: 'resigned', date: start, reason: 'ย้ายภูมิลำเนา' });
  return { seminar: running, volunteerId: people.rows[0].id };
}

test.use({ webArgs: ['--demo'] });

// Each page's first opening loads its chunk and its data; on a busy shared machine that can take
// longer than the usual ten seconds, so the page's own signs of being ready get a minute.
const ready = expect.configure({ timeout: 60_000 });

test('every page at 1366×768 and at 125 % scaling (1093×615): nothing cut, no label broken inside a word', async ({ page, app }) => {
  test.setTimeout(300_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A failed load is named by its address below (the console says only "404").
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  // Chromium asks for /favicon.ico on its own; the app has none.
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
  const { seminar, volunteerId } = await seed(app);
  const problems: Problem[] = [];
  const visit = async (route: string, name: string, ready: () => Promise<void>) => {
    await app.open(page, route);
    await ready();
    problems.push(...(await check(page, name)));
  };
  const heading = (name: string | RegExp) => () => ready(page.getByRole('heading', { level: 2, name })).toBeVisible();

  await visit('/', 'dashboard', () => ready(page.getByTestId('chart-budget')).toBeVisible());
  await visit('/volunteers', 'register', () => ready(page.getByRole('link', { name: /\S/ }).nth(10)).toBeVisible());
  await visit(`/volunteers/${volunteerId}`, 'volunteer', () => ready(page.getByText('ประวัติการแก้ไขข้อมูล')).toBeVisible());
  await visit('/seminars', 'seminars', () => ready(page.getByRole('link', { name: songkhlaSeminar.title })).toBeVisible());
  await visit(`/seminars/${seminar.id}`, 'seminar-participants', heading(songkhlaSeminar.title));
  for (const [tab, name] of [['ลงชื่อเข้าร่วม', 'sessions'], ['วิทยากรและงบประมาณ', 'budget'], ['รายละเอียดโครงการ', 'plan'], ['ผลการดำเนินงาน', 'outcome']]) {
    await page.getByRole('tab', { name: tab }).click();
    await ready(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    problems.push(...(await check(page, `seminar-${name}`)));
  }
  await visit(`/seminars/${seminar.id}/checkin/${seminar.days[0].sessions[0].id}`, 'checkin', heading('ลงชื่อเข้าร่วม'));
  await visit('/activities/report', 'activity-report', () => ready(page.getByTestId('activity-report')).toBeVisible());
  await visit('/activities/kinds', 'activity-kinds', heading('ประเภทกิจกรรมของอาสาสมัคร'));
  await visit('/activities/nomination', 'nomination', () => ready(page.getByTestId('nomination-ranking')).toBeVisible());
  await visit('/orders/new', 'order-form', () => ready(page.getByText('เลือกแล้ว', { exact: false })).toBeVisible());
  await visit('/reports', 'reports', heading(/รายงาน/));
  await visit('/volunteers/import', 'import', heading(/นำเข้า/));
  await visit('/settings', 'settings', heading(/ตั้งค่า/));
  await visit('/settings/backup', 'backup', heading(/สำรอง/));

  expect(problems.map((p) => `${p.kind}: ${p.text}${p.at ? ` (${p.at})` : ''}`)).toEqual([]);
  // Every page's chunk loaded under the page's Content-Security-Policy, without errors.
  expect(errors).toEqual([]);
});
