import { describe, expect, it } from 'vitest';
import { signInSheet } from '../../../electron/core/reports/documents/sign-in-sheet';
import { renderPdf } from '../../../electron/core/reports/engine/render';
import { PROJECT_TITLE, SEMINAR_DATE, songkhlaGroups, VENUE } from './fixtures';
import { testEnv } from './env';
import { expectFontsEmbedded, expectTextContains, pdfPages, pdfText, renderPages, savePdf } from './pdf-tools';

const groups = songkhlaGroups().map((g) => ({ name: g.name, people: g.people }));

describe('sign-in sheet', () => {
  it('lists every participant with the project, date and venue on each page, numbered pages', async () => {
    const env = testEnv();
    const data = { projectTitle: PROJECT_TITLE, date: SEMINAR_DATE, venue: VENUE, groups, grouped: false };
    const file = savePdf('sign-in-single.pdf', await renderPdf(signInSheet(data, env), env.font));
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
    const file = savePdf('sign-in-grouped.pdf', await renderPdf(signInSheet(data, env), env.font));
    const text = pdfText(file);
    expectTextContains(text, ['วันที่ ๑๓ มีนาคม ๒๕๖๓ เวลา ๐๙.๐๐ – ๑๒.๐๐ น. (ภาคเช้า)', ...groups.map((g) => `กลุ่ม ${g.name}`)]);
    expect(text).toContain('หน้า ๑ /');
    renderPages(file, 1, 1);
  });
});
