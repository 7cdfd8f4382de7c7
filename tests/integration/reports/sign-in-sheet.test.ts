import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { signInFileName, signInSheetPdf } from '../../../electron/core/reports/documents/sign-in-sheet';
import { CM } from '../../../electron/core/reports/engine/frame';
import { PROJECT_TITLE, SEMINAR_DATE, songkhlaGroups, VENUE } from './fixtures';
import { testEnv } from './env';
import { expectFontsEmbedded, expectTextContains, pageWords, pdfPages, pdfText, renderPages, savePdf } from './pdf-tools';

const groups = songkhlaGroups().map((g) => ({ name: g.name, people: g.people }));

describe('sign-in sheet', () => {
  it('lists every participant with the project, date and venue on each page, numbered pages', async () => {
    const env = testEnv();
    const data = { projectTitle: PROJECT_TITLE, date: SEMINAR_DATE, venue: VENUE, groups, grouped: false };
    const file = savePdf('sign-in-single.pdf', await signInSheetPdf(data, env));
    expectFontsEmbedded(file);
    const text = pdfText(file);
    const names = groups.flatMap((g) => g.people.map((p) => p.name));
    expectTextContains(text, ['ลำดับ', 'ใบลงทะเบียนผู้เข้าร่วมโครงการ', 'วันที่ 13 มีนาคม 2563', `ณ ${VENUE}`, 'สำนักงานแรงงาน', ...new Set(names)], [PROJECT_TITLE, 'สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดสงขลา']);
    const pages = pdfPages(file);
    expect(pages).toBeGreaterThan(2);
    // The header repeats: the title and column heads are on every page.
    expect(text.split('ใบลงทะเบียนผู้เข้าร่วมโครงการ').length - 1).toBe(pages);
    expect(text.split('ลายมือชื่อ').length - 1).toBe(pages);
    expect(text).toContain(`หน้า ${pages} / ${pages}`);
    // 100 numbered rows and 3 spare ones.
    expect(text).toMatch(/\b103\b/);
    renderPages(file, 1, 2);
  });

  it('prints one sheet per target group, a session time and Thai digits when asked', async () => {
    const env = testEnv({ thaiDigits: true });
    const data = { projectTitle: PROJECT_TITLE, date: SEMINAR_DATE, session: { start: '09:00', end: '12:00', topic: 'ภาคเช้า' }, venue: VENUE, groups, grouped: true };
    const file = savePdf('sign-in-grouped.pdf', await signInSheetPdf(data, env));
    const text = pdfText(file);
    expectTextContains(text, ['วันที่ ๑๓ มีนาคม ๒๕๖๓ เวลา ๐๙.๐๐ – ๑๒.๐๐ น. (ภาคเช้า)', ...groups.map((g) => `กลุ่ม ${g.name}`)]);
    // Thai digits are the whole document's: the project's own title and the venue too.
    expectTextContains(text, ['พ.ศ. ๒๕๖๓'], [VENUE.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)])]);
    expect(text).not.toMatch(/[0-9]/);
    expect(text).toContain('หน้า ๑ /');
    renderPages(file, 1, 1);
  });

  it('never leaves a page holding only the spare rows: the last person goes over with them', async () => {
    const env = testEnv();
    const people = groups.flatMap((g) => g.people);
    // 14 people filled the first page exactly, and the spare rows 15–17 stood alone on the second.
    for (const count of [14, 13, 15]) {
      const data = { projectTitle: PROJECT_TITLE, date: SEMINAR_DATE, venue: VENUE, groups: [{ name: 'อาสาสมัครแรงงาน', people: people.slice(0, count) }], grouped: false };
      const file = savePdf(`sign-in-${count}.pdf`, await signInSheetPdf(data, env));
      const pages = pdfPages(file);
      const last = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(last).toContain(people[count - 1].name.replace(/\s+/g, ''));
      expect(last).toContain(String(count + 3));
      if (count === 14) renderPages(file, 1, pages);
    }
  });

  it('gives the signature column at least 4 cm and names each variant by group, day and session', async () => {
    const env = testEnv();
    const data = { projectTitle: PROJECT_TITLE, date: SEMINAR_DATE, venue: VENUE, groups: groups.slice(0, 1), grouped: true };
    const file = savePdf('sign-in-width.pdf', await signInSheetPdf(data, env));
    // The heading's box and the page's right margin: the column runs from the rule before ลายมือชื่อ to the table's right edge.
    const page = pageWords(file, 1);
    const head = page.words.find((w) => w.text === 'ลายมือชื่อ')!;
    const centre = (head.xMin + head.xMax) / 2;
    const right = page.width - 2 * CM;
    // A centred heading sits in the middle of its column: half the column lies right of it.
    expect((right - centre) * 2).toBeGreaterThanOrEqual(4 * CM);
    expect(signInFileName(data, 3)).toBe(`ใบลงทะเบียน-3-กลุ่ม${groups[0].name.replace(/\s+/g, '')}-13มี.ค.2563`);
    expect(signInFileName({ ...data, groups, session: { start: '09:00', end: '12:00' } }, 3)).toBe('ใบลงทะเบียน-3-แยกตามกลุ่ม-13มี.ค.2563-0900-1200');
    expect(signInFileName({ ...data, groups, grouped: false }, 3)).toBe('ใบลงทะเบียน-3-ทุกกลุ่ม-13มี.ค.2563');
  });
});
