/**
 * Times the heaviest documents: a 1,000-participant sign-in sheet and the result report.
 * Run by `npm run bench` (tests/bench/*.bench.ts through tsx). The LibreOffice comparison the
 * issue asks for is not part of this script yet.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { resultReport } from '../../electron/core/reports/documents/result-report';
import { signInSheet } from '../../electron/core/reports/documents/sign-in-sheet';
import { loadFonts, pickFont } from '../../electron/core/reports/engine/fonts';
import type { DocEnv } from '../../electron/core/reports/engine/frame';
import { renderPdf } from '../../electron/core/reports/engine/render';
import { LONG_PARAGRAPH, OFFICE_NAME, PROJECT_TITLE, SEMINAR_DATE, songkhlaGroups, VENUE } from '../integration/reports/fixtures';

const env: DocEnv = { font: pickFont(loadFonts(path.resolve('resources'), []), 'sarabun'), thaiDigits: false, office: { officeName: OFFICE_NAME, emblem: null } };

async function time(label: string, run: () => Promise<Uint8Array>, rounds = 3): Promise<void> {
  await run(); // warm-up: font parsing, segmenter dictionary
  const ms: number[] = [];
  let size = 0;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    size = (await run()).length;
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: median ${ms[Math.floor(rounds / 2)].toFixed(0)} ms, ${(size / 1024).toFixed(0)} KiB`);
}

async function main(): Promise<void> {
  const groups = songkhlaGroups(975).map((g) => ({ name: g.name, people: g.people }));
  await time('sign-in sheet, 1,000 participants', () => renderPdf(signInSheet({ projectTitle: PROJECT_TITLE, date: SEMINAR_DATE, venue: VENUE, groups, grouped: false }, env), env.font));
  await time('result report', () =>
    renderPdf(
      resultReport(
        {
          projectTitle: PROJECT_TITLE,
          fiscalYear: 2563,
          days: [{ date: SEMINAR_DATE, sessions: [{ start: '09:00', end: '12:00', topic: 'บทบาทหน้าที่ของอาสาสมัครแรงงาน' }] }],
          venue: VENUE,
          chair: null,
          reporter: null,
          objectives: ['เพื่อเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน'],
          groups: songkhlaGroups().map((g) => ({ name: g.name, planned: g.planned, attended: g.people.length })),
          budget: [{ description: 'ค่าอาหารกลางวัน', planned: 12000, actual: 11760 }],
          outcomes: LONG_PARAGRAPH,
          problems: LONG_PARAGRAPH,
          suggestions: LONG_PARAGRAPH,
          photos: [],
          reportedBy: { name: 'นางสาวสุดา รักงาน', position: 'นักวิชาการแรงงานชำนาญการ' },
        },
        env,
      ),
      env.font,
    ),
  );
}

void main();
