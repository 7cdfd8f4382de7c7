import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { SCORE_PARTS, type NominationRanking } from '@shared/schemas/award';
import { formatThaiDateLong, type IsoDate } from '@shared/thai';
import { gridLayout, num, officialPage, pt, signatureBlock, type DocEnv, type Signer } from '../engine/frame';
import { personName } from '../engine/thai-breaks';

export interface NominationListDoc {
  ranking: NominationRanking;
  /** The people ticked: marked as nominated. */
  chosen: ReadonlySet<number>;
  province: string;
  asOf: IsoDate;
  signer: Signer;
}

export const NOMINATION_TITLE = 'บัญชีรายชื่ออาสาสมัครแรงงานที่เสนอคัดเลือกเป็นอาสาสมัครแรงงานดีเด่น';
export const NOMINATED = 'ได้รับการคัดเลือก';

/** The heading lines the PDF and the workbook share. */
export function nominationHeading(doc: NominationListDoc, officeName: string): string[] {
  const { ranking } = doc;
  const where = ranking.district ? `อำเภอ${ranking.district}${doc.province ? ` จังหวัด${doc.province}` : ''}` : doc.province ? `จังหวัด${doc.province} (ทุกอำเภอ)` : 'ทุกอำเภอ';
  return [NOMINATION_TITLE, officeName, `${ranking.periodLabel} · ${where}`].filter(Boolean);
}

const decimal = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** How the score was made, in words: the weights and the minimum conditions, printed under the heading. */
export function criteriaLines(ranking: NominationRanking): string[] {
  const c = ranking.criteria;
  const kinds = ranking.kinds.map((k) => `${k.name} ${decimal(k.weight)}`).join(', ');
  return [
    `เกณฑ์คะแนน: ผลงานแต่ละรายการ (${kinds}) · ผู้ได้รับประโยชน์ ${decimal(c.peopleWeight)} ต่อคน · เข้าร่วมสัมมนา/ฝึกอบรม/ประชุม ${decimal(c.eventWeight)} ต่อครั้ง · อายุการดำรงตำแหน่ง ${decimal(c.yearWeight)} ต่อปี`,
    `เงื่อนไขขั้นต่ำ: ${[c.onlyActive ? 'ปฏิบัติหน้าที่อยู่' : '', `ดำรงตำแหน่งอย่างน้อย ${c.minYears} ปี`, `มีผลงานอย่างน้อย ${c.minRecords} รายการในปีงบประมาณ`].filter(Boolean).join(' · ')}`,
  ];
}

const th = (text: string, extra: { rowSpan?: number; colSpan?: number } = {}): TableCell => ({ text, style: 'th', fillColor: '#eeeeee', ...extra });

/**
 * บัญชีรายชื่อ … อสร.ดีเด่น: the ranked volunteers with what they did and the score's parts, the
 * people chosen marked, and the weights printed so a reader sees why; A4 landscape, heads
 * repeated on each page, signed by the head of office.
 */
export function nominationListPdf(doc: NominationListDoc, officeName: string, env: DocEnv): TDocumentDefinitions {
  const { ranking } = doc;
  // Nothing reads 0, not '-': a head of office reads each column as points given, none among them.
  const n = (x: number) => ({ text: num(env, decimal(x)), alignment: 'right' as const });
  const counts = ['อายุงาน (ปี)', 'ผลงาน (รายการ)', 'ผู้ได้รับประโยชน์ (คน)', 'เข้าร่วม (ครั้ง)'];
  const parts = [...SCORE_PARTS.map((p) => p.label), 'รวม'];
  const body: TableCell[][] = [
    [
      th('ลำดับ', { rowSpan: 2 }),
      th('ชื่อ – สกุล', { rowSpan: 2 }),
      th('อำเภอ/ตำบล', { rowSpan: 2 }),
      th('ข้อมูลในปีงบประมาณ', { colSpan: counts.length }),
      ...counts.slice(1).map(() => ({})),
      th('คะแนน', { colSpan: parts.length }),
      ...parts.slice(1).map(() => ({})),
      th('ผลการคัดเลือก', { rowSpan: 2 }),
    ],
    [{}, {}, {}, ...counts.map((t) => th(t)), ...parts.map((t) => th(t)), {}],
    ...ranking.rows.map((r): TableCell[] => [
      { text: num(env, r.rank), alignment: 'center' },
      personName(r.name),
      `${r.district}${r.subdistrict ? `/${r.subdistrict}` : ''}`,
      n(r.years),
      n(r.records.reduce((a, b) => a + b, 0)),
      n(r.people),
      n(r.events),
      ...SCORE_PARTS.map((p) => n(r.parts[p.key])),
      { ...n(r.score), bold: true },
      // The column says what the mark means; the cell keeps to one short word.
      { text: doc.chosen.has(r.volunteerId) ? 'คัดเลือก' : '', alignment: 'center', bold: true },
    ]),
  ];
  const content: Content[] = [
    ...nominationHeading(doc, officeName).map((text, i): Content => ({ text, style: i === 0 ? 'title' : 'subtitle' })),
    { text: `ข้อมูล ณ วันที่ ${formatThaiDateLong(doc.asOf)}`, alignment: 'center', style: 'small', margin: [0, pt(env, 2), 0, pt(env, 4)] },
    ...criteriaLines(ranking).map((text): Content => ({ text: num(env, text), style: 'small', margin: [0, 0, 0, pt(env, 2)] })),
    ranking.rows.length
      ? {
          table: { headerRows: 2, dontBreakRows: true, widths: [28, '*', 92, 38, 40, 54, 40, 36, 48, 38, 38, 36, 64], body },
          layout: gridLayout,
          fontSize: pt(env, 14),
          margin: [0, pt(env, 6), 0, 0],
        }
      : { text: 'ไม่มีอาสาสมัครที่ผ่านเงื่อนไขขั้นต่ำในปีงบประมาณนี้', margin: [pt(env, 36), pt(env, 6), 0, 0] },
    { text: num(env, `ผ่านเงื่อนไข ${ranking.rows.length.toLocaleString('en-US')} คน · ไม่ผ่านเงื่อนไข ${ranking.excluded.length.toLocaleString('en-US')} คน · ได้รับการคัดเลือก ${doc.chosen.size.toLocaleString('en-US')} คน`), margin: [0, pt(env, 6), 0, 0] },
    signatureBlock(env, doc.signer, '', { marginTop: pt(env, 28) }),
  ];
  return officialPage(env, { title: NOMINATION_TITLE, orientation: 'landscape', content });
}
