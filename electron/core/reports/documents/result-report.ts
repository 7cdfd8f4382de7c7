import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatBaht, formatThaiDateLong, formatThaiTime, type IsoDate } from '@shared/thai';
import { CM, emblem, gridLayout, num, officialPage, pt, signatureBlock, type DocEnv, type Signer } from '../engine/frame';
import { personName } from '../engine/thai-breaks';
import type { EvaluationSummary } from '@shared/schemas/evaluation';
import { evaluationSummaryContent } from './evaluation';

export interface ResultReportData {
  projectTitle: string;
  fiscalYear: number;
  days: { date: IsoDate; sessions: { start: string; end: string; topic: string }[] }[];
  venue: string;
  chair: Signer | null;
  reporter: Signer | null;
  objectives: string[];
  groups: { name: string; planned: number; attended: number }[];
  budget: { description: string; planned: number; actual: number | null }[];
  outcomes: string;
  problems: string;
  suggestions: string;
  /**
   * PNG or JPEG data URLs with captions; `dataUrl` null where the photo's file is missing, which
   * prints `missingNote` in a frame of the photo's size instead.
   */
  photos: ReportPhoto[];
  reportedBy: Signer;
  /** The satisfaction forms' summary, when any were entered. */
  evaluation?: EvaluationSummary;
}

const money = (n: number | null) => ({ text: n === null ? '-' : formatBaht(n), alignment: 'right' as const });
const percent = (part: number, whole: number) => (whole > 0 ? `${((part / whole) * 100).toFixed(2)}` : '-');

/** Paragraphs typed by the user, first-line indented as in a Thai memo; `-` when left empty. */
function paragraphs(env: DocEnv, text: string): Content[] {
  const parts = text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
  if (!parts.length) return [{ text: '-', margin: [pt(env, 36), 0, 0, 0] }];
  return parts.map((p) => ({ text: p, leadingIndent: pt(env, 36) }));
}

function heading(n: number, text: string, env: DocEnv): Content {
  return { text: `${num(env, n)}. ${text}`, style: 'heading' };
}

/** Rows up to which a table moves to the next page whole, with its heading, rather than split. */
const KEEP_WHOLE_ROWS = 15;

function keptWithHeading(heading: Content, table: Content, rows: number): Content {
  return { stack: [heading, table], unbreakable: rows <= KEEP_WHOLE_ROWS };
}

/** `วันที่ 13 มีนาคม 2563 เวลา 09.00 – 16.30 น.`: the days, from the first session's start to the last one's end. */
function dateRange(data: ResultReportData, env: DocEnv): string {
  const o = { thaiDigits: env.thaiDigits };
  const first = data.days[0]?.date;
  const last = data.days[data.days.length - 1]?.date;
  if (!first) return '-';
  const days = first === last ? `วันที่ ${formatThaiDateLong(first, o)}` : `ระหว่างวันที่ ${formatThaiDateLong(first, o)} ถึงวันที่ ${formatThaiDateLong(last, o)}`;
  const sessions = data.days.flatMap((d) => d.sessions);
  if (!sessions.length) return days;
  const start = sessions.map((x) => x.start).sort()[0];
  const end = sessions.map((x) => x.end).sort().at(-1)!;
  return `${days} เวลา ${formatThaiTime(start, o).replace(' น.', '')} – ${formatThaiTime(end, o)}`;
}

function participantsTable(data: ResultReportData, env: DocEnv): Content {
  const planned = data.groups.reduce((s, g) => s + g.planned, 0);
  const attended = data.groups.reduce((s, g) => s + g.attended, 0);
  const n = (v: number | string) => ({ text: num(env, v), alignment: 'center' as const });
  const body: TableCell[][] = [
    ['กลุ่มเป้าหมาย', 'เป้าหมาย (คน)', 'เข้าร่วมจริง (คน)', 'ร้อยละ'].map((text) => ({ text, style: 'th', fillColor: '#eeeeee' })),
    ...data.groups.map((g): TableCell[] => [g.name, n(g.planned), n(g.attended), n(percent(g.attended, g.planned))]),
    [{ text: 'รวม', bold: true, alignment: 'center' }, n(planned), n(attended), n(percent(attended, planned))],
  ];
  return { table: { headerRows: 1, widths: ['*', 70, 80, 50], body }, layout: gridLayout };
}

function budgetTable(data: ResultReportData, env: DocEnv): Content {
  const planned = data.budget.reduce((s, b) => s + b.planned, 0);
  const actual = data.budget.reduce((s, b) => s + (b.actual ?? 0), 0);
  const body: TableCell[][] = [
    ['ลำดับ', 'รายการ', 'ตั้งไว้ (บาท)', 'ใช้จริง (บาท)'].map((text) => ({ text, style: 'th', fillColor: '#eeeeee' })),
    ...data.budget.map((b, i): TableCell[] => [{ text: num(env, i + 1), alignment: 'center' }, b.description, money(b.planned), money(b.actual)]),
    [{ text: 'รวม', colSpan: 2, bold: true, alignment: 'center' }, {}, money(planned), money(actual)],
  ];
  return {
    stack: [
      { table: { headerRows: 1, widths: [36, '*', 80, 80], body }, layout: gridLayout },
      { text: `คงเหลือ ${formatBaht(planned - actual)} บาท คิดเป็นการใช้จ่ายร้อยละ ${num(env, percent(actual, planned))} ของงบประมาณที่ได้รับ`, margin: [0, pt(env, 4), 0, 0] },
    ],
  };
}

function activities(data: ResultReportData, env: DocEnv): Content {
  const o = { thaiDigits: env.thaiDigits };
  return {
    stack: data.days.map((d) => ({
      stack: [
        { text: `วันที่ ${formatThaiDateLong(d.date, o)}`, bold: true },
        ...d.sessions.map((s) => ({
          columns: [
            { width: pt(env, 170), noWrap: true, text: `เวลา ${formatThaiTime(s.start, o).replace(' น.', '')} – ${formatThaiTime(s.end, o)}` },
            { width: '*', text: s.topic || '-' },
          ],
          columnGap: 6,
          // A session's time and text are read together: never split across a page break.
          unbreakable: true,
        })),
      ],
      margin: [pt(env, 36), 0, 0, pt(env, 4)],
    })),
  };
}

/** A seminar photo to print: a PNG or JPEG data URL, or null with the note that says why it is missing. */
export interface ReportPhoto {
  dataUrl: string | null;
  caption: string;
  missingNote?: string;
}

/** Photos two to a row, each with its caption under it (the result report's ภาพกิจกรรม, the news). */
export function photoGrid(photos: ReportPhoto[], env: DocEnv): Content {
  const missing = (note: string): Content => ({
    table: { widths: ['*'], heights: [5.5 * CM], body: [[{ text: note, alignment: 'center', fontSize: pt(env, 14), margin: [4, 2.2 * CM, 4, 0] }]] },
    layout: gridLayout,
  });
  const cells: Content[] = photos.map((p) => ({
    stack: [
      p.dataUrl ? { image: p.dataUrl, fit: [7.5 * CM, 5.5 * CM], alignment: 'center' } : missing(p.missingNote ?? 'ไม่พบไฟล์รูปภาพ'),
      { text: p.caption, alignment: 'center', fontSize: pt(env, 14), margin: [0, 2, 0, 0] },
    ],
    unbreakable: true,
    margin: [0, 0, 0, pt(env, 8)],
  }));
  const rows: Content[] = [];
  // Two to a row; a photo left alone in the last row (a news item's one photo) is centred on the page.
  for (let i = 0; i < cells.length; i += 2) rows.push(cells[i + 1] ? { columns: [cells[i], cells[i + 1]], columnGap: 12 } : cells[i]);
  return { stack: rows };
}

/** รายงานผลการดำเนินโครงการ. */
export function resultReport(data: ResultReportData, env: DocEnv): TDocumentDefinitions {
  const chair = data.chair ? `โดยมี${personName(data.chair.name)} ${data.chair.position} เป็นประธานเปิดโครงการ` : '';
  const reporter = data.reporter ? ` และ${personName(data.reporter.name)} ${data.reporter.position} เป็นผู้กล่าวรายงาน` : '';
  let n = 0;
  const section = (text: string) => heading(++n, text, env);
  const content: Content[] = [
    ...emblem(env, 3),
    { text: 'รายงานผลการดำเนินโครงการ', style: 'title' },
    { text: data.projectTitle, style: 'subtitle' },
    { text: env.office.officeName, alignment: 'center', margin: [0, 0, 0, pt(env, 8)] },
    section('ชื่อโครงการ'),
    { text: data.projectTitle, leadingIndent: pt(env, 36) },
    section('วัน เวลา และสถานที่ดำเนินการ'),
    { text: `${dateRange(data, env)} ณ ${data.venue} ${chair}${reporter}`.trim(), leadingIndent: pt(env, 36) },
    section('วัตถุประสงค์'),
    { ol: data.objectives.length ? data.objectives : ['-'], margin: [pt(env, 36), 0, 0, 0] },
    keptWithHeading(section('กลุ่มเป้าหมายและผู้เข้าร่วม'), participantsTable(data, env), data.groups.length),
    section('กิจกรรมที่ดำเนินการ'),
    activities(data, env),
    keptWithHeading(section(`งบประมาณ (ปีงบประมาณ พ.ศ. ${num(env, data.fiscalYear)})`), budgetTable(data, env), data.budget.length),
    section('ผลการดำเนินงาน'),
    ...paragraphs(env, data.outcomes),
    section('ปัญหาและอุปสรรค'),
    ...paragraphs(env, data.problems),
    section('ข้อเสนอแนะ'),
    ...paragraphs(env, data.suggestions),
    ...(data.evaluation?.forms ? [section('ผลการประเมินความพึงพอใจ'), ...evaluationSummaryContent(data.evaluation, env)] : []),
    signatureBlock(env, data.reportedBy, 'ผู้รายงาน'),
  ];
  if (data.photos.length) {
    content.push({ text: 'ภาพกิจกรรม', style: 'title', pageBreak: 'before', margin: [0, 0, 0, pt(env, 8)] }, photoGrid(data.photos, env));
  }
  return officialPage(env, { title: `รายงานผลการดำเนินโครงการ ${data.projectTitle}`, content });
}
