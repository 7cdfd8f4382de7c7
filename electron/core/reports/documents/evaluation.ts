import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { EVALUATION_QUESTIONS, SCORE_LABELS, SCORES, type EvaluationSummary } from '@shared/schemas/evaluation';
import { emblem, gridLayout, num, officialPage, pt, type DocEnv } from '../engine/frame';

export interface EvaluationFormData {
  projectTitle: string;
  /** `วันที่ 13 มีนาคม 2563 ณ …`, already worded. */
  heldAt: string;
  groups: string[];
}

const head = (text: string, extra: Partial<TableCell & object> = {}): TableCell => ({ text, style: 'th', fillColor: '#eeeeee', ...extra }) as TableCell;
/** A tick box and its label stay on one line. */
const box = (label: string) => `(\u00A0\u00A0\u00A0\u00A0)\u00A0${label}`;

/** Question rows grouped under their section's name, numbered through. */
function questionRows(env: DocEnv, cells: (index: number) => TableCell[]): TableCell[][] {
  const rows: TableCell[][] = [];
  let section = '';
  EVALUATION_QUESTIONS.forEach((q, i) => {
    const width = 2 + cells(i).length;
    if (q.section !== section) {
      section = q.section;
      rows.push([{ text: section, bold: true, colSpan: width, fillColor: '#f6f6f6' }, ...Array.from({ length: width - 1 }, () => ({}) as TableCell)]);
    }
    rows.push([{ text: num(env, i + 1), alignment: 'center' }, q.text, ...cells(i)]);
  });
  return rows;
}

/** แบบประเมินความพึงพอใจ: one page the participant fills in by hand, numbered by the clerk. */
export function evaluationForm(data: EvaluationFormData, env: DocEnv): TDocumentDefinitions {
  const scoreHeads = SCORES.map((s) => head(`${num(env, s)}\n${SCORE_LABELS[s]}`, { fontSize: pt(env, 12) }));
  const body: TableCell[][] = [
    [head('ข้อ', { rowSpan: 2 }), head('รายการ', { rowSpan: 2 }), head('ระดับความพึงพอใจ', { colSpan: 5 }), {}, {}, {}, {}],
    [{}, {}, ...scoreHeads],
    ...questionRows(env, () => SCORES.map(() => ({ text: '' }))),
  ];
  const content: Content[] = [
    { columns: [{ width: '*', text: '' }, { width: 'auto', text: 'เลขที่แบบประเมิน ..........', fontSize: pt(env, 14) }] },
    ...emblem(env, 1.5),
    { text: 'แบบประเมินความพึงพอใจ', style: 'title' },
    { text: num(env, data.projectTitle), style: 'subtitle' },
    { text: data.heldAt, alignment: 'center', margin: [0, 0, 0, pt(env, 6)] },
    { text: 'คำชี้แจง โปรดทำเครื่องหมาย / ลงในช่องที่ตรงกับความคิดเห็นของท่านมากที่สุด', fontSize: pt(env, 14), margin: [0, 0, 0, pt(env, 4)] },
    { text: 'ตอนที่ 1 ข้อมูลทั่วไปของผู้ตอบ', bold: true },
    { text: `ท่านเข้าร่วมในฐานะ  ${[...data.groups, 'อื่น ๆ ................'].map(box).join('   ')}`, margin: [pt(env, 18), 0, 0, pt(env, 4)] },
    { text: 'ตอนที่ 2 ความพึงพอใจต่อการจัดโครงการ', bold: true },
    { table: { headerRows: 2, dontBreakRows: true, widths: [pt(env, 24), '*', ...SCORES.map(() => pt(env, 48))], body }, layout: gridLayout, margin: [0, pt(env, 2), 0, pt(env, 6)] },
    { text: 'ตอนที่ 3 ข้อเสนอแนะเพิ่มเติม', bold: true },
    ...Array.from({ length: 3 }, () => ({ text: '.'.repeat(150), margin: [0, pt(env, 4), 0, 0] as [number, number, number, number] })),
    { text: 'ขอขอบคุณที่ให้ความร่วมมือในการตอบแบบประเมิน', alignment: 'center', margin: [0, pt(env, 8), 0, 0] },
  ];
  return officialPage(env, { title: `แบบประเมินความพึงพอใจ ${data.projectTitle}`, content, pageNumbers: false, bodySize: 15 });
}

const fixed = (n: number | null, env: DocEnv) => (n === null ? '-' : num(env, n.toFixed(2)));

/**
 * The summary a result report carries: how many answered each level of each statement (with the
 * percentage), the mean, the standard deviation and its reading, then the suggestions written in.
 */
/*
 * Column widths in official points, measured with Sarabun at the table's 13 pt: a count's
 * percentage "(100.0)" is 40.1 wide, "(๑๐๐.๐)" 46.1, the level "ปานกลาง" 50.3, "5.00" 20, plus
 * the 2 pt padding each side (5.8 official points); narrower, the percentage broke as "(100."
 * over "0)". TH Sarabun New is narrower at the same official size. The question takes the rest.
 */
const COUNT_WIDTH = { arabic: 47, thai: 53 };
const LEVEL_WIDTH = 57;
const NUMBER_WIDTH = 32;
const tightGrid = { ...gridLayout, paddingLeft: () => 2, paddingRight: () => 2 };

export function evaluationSummaryContent(s: EvaluationSummary, env: DocEnv): Content[] {
  const c = (text: string) => ({ text, alignment: 'center' as const });
  const scoreHeads = SCORES.map((x) => head(`${num(env, x)}`));
  const body: TableCell[][] = [
    [head('ข้อ', { rowSpan: 2 }), head('รายการ', { rowSpan: 2 }), head('จำนวนผู้ตอบ (ร้อยละ)', { colSpan: 5 }), {}, {}, {}, {}, head('ค่าเฉลี่ย', { rowSpan: 2 }), head('S.D.', { rowSpan: 2 }), head('ระดับ', { rowSpan: 2 })],
    [{}, {}, ...scoreHeads, {}, {}, {}],
    ...questionRows(env, (i) => {
      const q = s.questions[i];
      return [
        ...SCORES.map((x) => c(q.answered ? `${num(env, q.counts[x])}\n(${num(env, ((q.counts[x] / q.answered) * 100).toFixed(1))})` : '-')),
        c(fixed(q.mean, env)),
        c(fixed(q.sd, env)),
        c(q.level),
      ];
    }),
    [{ text: 'เฉลี่ยรวม', bold: true, colSpan: 7, alignment: 'center' }, {}, {}, {}, {}, {}, {}, { ...c(fixed(s.overallMean, env)), bold: true }, c(''), { ...c(s.overallLevel), bold: true }],
  ];
  const groups = s.byGroup.map((g) => `${g.name} ${num(env, g.count)} คน`).join(' ');
  return [
    { text: num(env, `ผู้ตอบแบบประเมิน ${s.forms} คน${groups ? ` ได้แก่ ${groups}` : ''} ระดับความพึงพอใจในภาพรวมอยู่ในระดับ${s.overallLevel} (ค่าเฉลี่ย ${s.overallMean === null ? '-' : s.overallMean.toFixed(2)})`), leadingIndent: pt(env, 36) },
    {
      table: { headerRows: 2, dontBreakRows: true, widths: [pt(env, 24), '*', ...SCORES.map(() => pt(env, COUNT_WIDTH[env.thaiDigits ? 'thai' : 'arabic'])), pt(env, NUMBER_WIDTH), pt(env, NUMBER_WIDTH), pt(env, LEVEL_WIDTH)], body },
      layout: tightGrid,
      fontSize: pt(env, 13),
      margin: [0, pt(env, 4), 0, pt(env, 2)],
    },
    { text: 'ระดับ: 4.21–5.00 มากที่สุด, 3.41–4.20 มาก, 2.61–3.40 ปานกลาง, 1.81–2.60 น้อย, 1.00–1.80 น้อยที่สุด', fontSize: pt(env, 12) },
    ...(s.comments.length ? [{ text: 'ข้อเสนอแนะจากผู้ตอบ', bold: true, margin: [0, pt(env, 4), 0, 0] } as Content, { ul: s.comments, margin: [pt(env, 36), 0, 0, 0] } as Content] : []),
  ];
}
