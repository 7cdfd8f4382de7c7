import type { CanvasLine, Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatThaiDateShort } from '@shared/thai';
import { CM, num, officialPage, pt, type DocEnv } from '../engine/frame';
import { personName } from '../engine/thai-breaks';
import { barcodeSvg } from './name-tags';

export interface IdCard {
  name: string;
  /** `ต.คอหงส์ อ.หาดใหญ่ จ.สงขลา` */
  area: string;
  level: string;
  cardNo: string;
  issueNo: number;
  termStart: string | null;
  termEnd: string | null;
  /** PNG or JPEG data URL, or null: a box to paste a photo in. */
  photo: string | null;
}

const MM = CM / 10;
/** ISO/IEC 7810 ID-1. */
export const CARD_WIDTH = 85.6 * MM;
export const CARD_HEIGHT = 54 * MM;
const GAP = 8 * MM;
const COLUMNS = 2;
const ROWS = 4;
export const CARDS_PER_PAGE = COLUMNS * ROWS;
const LEFT = (21 * CM - COLUMNS * CARD_WIDTH - (COLUMNS - 1) * GAP) / 2;
const TOP = (29.7 * CM - ROWS * CARD_HEIGHT - (ROWS - 1) * GAP) / 2;
const PAD = 2.5 * MM;
const PHOTO_W = 20 * MM;
const PHOTO_H = 25 * MM;
/** Cut marks: 4 mm long, starting 1 mm outside the card's corner, so no mark is left on a card cut true. */
const MARK = 4 * MM;
const MARK_OFFSET = 1 * MM;

function cardOrigin(i: number): { x: number; y: number } {
  const slot = i % CARDS_PER_PAGE;
  return { x: LEFT + (slot % COLUMNS) * (CARD_WIDTH + GAP), y: TOP + Math.floor(slot / COLUMNS) * (CARD_HEIGHT + GAP) };
}

/** The marks at the four corners of every card slot on a sheet, drawn whether or not the slot is used. */
function cutMarks(): Content {
  const lines: CanvasLine[] = [];
  const line = (x1: number, y1: number, x2: number, y2: number) => lines.push({ type: 'line', x1, y1, x2, y2, lineWidth: 0.5, lineColor: '#000000' });
  for (let i = 0; i < CARDS_PER_PAGE; i++) {
    const { x, y } = cardOrigin(i);
    for (const cx of [x, x + CARD_WIDTH]) {
      for (const cy of [y, y + CARD_HEIGHT]) {
        const dx = cx === x ? -1 : 1;
        const dy = cy === y ? -1 : 1;
        line(cx + dx * MARK_OFFSET, cy, cx + dx * (MARK_OFFSET + MARK), cy);
        line(cx, cy + dy * MARK_OFFSET, cx, cy + dy * (MARK_OFFSET + MARK));
      }
    }
  }
  return { canvas: lines, absolutePosition: { x: 0, y: 0 } };
}

function card(env: DocEnv, c: IdCard, i: number): Content[] {
  const { x, y } = cardOrigin(i);
  const inner = CARD_WIDTH - 2 * PAD;
  const emblemSize = 9 * MM;
  const term = c.termStart && c.termEnd ? `${formatThaiDateShort(c.termStart)} – ${formatThaiDateShort(c.termEnd)}` : '-';
  const photo: Content = c.photo
    ? { image: c.photo, fit: [PHOTO_W, PHOTO_H], width: PHOTO_W, height: PHOTO_H }
    : {
        table: { widths: [PHOTO_W - 8], heights: [PHOTO_H - 8], body: [[{ text: 'ติดรูปถ่าย\n2.5 × 2 ซม.', alignment: 'center', color: '#888888', fontSize: pt(env, 10), margin: [0, PHOTO_H / 2 - 14, 0, 0] }]] },
        layout: { hLineWidth: () => 0.4, vLineWidth: () => 0.4, hLineColor: () => '#999999', vLineColor: () => '#999999' },
      };
  const small = pt(env, 11);
  return [
    // The card's edge, faint: the cut marks are what the cutter follows.
    { canvas: [{ type: 'rect', x: 0, y: 0, w: CARD_WIDTH, h: CARD_HEIGHT, r: 3 * MM, lineWidth: 0.3, lineColor: '#cccccc' }], absolutePosition: { x, y } },
    {
      absolutePosition: { x: x + PAD, y: y + PAD },
      columns: [
        {
          width: inner,
          stack: [
            {
              columns: [
                ...(env.office.emblem ? [{ width: emblemSize, image: env.office.emblem, fit: [emblemSize, emblemSize] as [number, number] }] : []),
                {
                  width: '*',
                  stack: [
                    { text: 'บัตรประจำตัวอาสาสมัครแรงงาน', bold: true, fontSize: pt(env, 14) },
                    { text: num(env, env.office.officeName), fontSize: small, color: '#333333' },
                  ],
                  alignment: 'center',
                },
              ],
              columnGap: 2 * MM,
            },
            { canvas: [{ type: 'line', x1: 0, y1: 0, x2: inner, y2: 0, lineWidth: 0.6, lineColor: '#1a3c8c' }], margin: [0, 1 * MM, 0, 1.5 * MM] },
            {
              columns: [
                { width: PHOTO_W, stack: [photo] },
                {
                  width: '*',
                  stack: [
                    { text: personName(c.name), bold: true, fontSize: pt(env, 15) },
                    { text: c.level, fontSize: small },
                    { text: num(env, c.area), fontSize: small },
                    { text: num(env, `วาระ ${term}`), fontSize: small },
                    { text: num(env, `เลขที่บัตร ${c.cardNo}${c.issueNo > 1 ? `  ฉบับที่ ${c.issueNo}` : ''}`), fontSize: small, bold: true },
                    { svg: barcodeSvg(c.cardNo), width: 36 * MM, height: 7 * MM, margin: [0, 0.8 * MM, 0, 0] },
                  ],
                },
              ],
              columnGap: 2.5 * MM,
            },
          ],
        },
      ],
    },
  ];
}

/**
 * Volunteer ID cards, 85.6 × 54 mm, 8 to an A4 sheet (2 × 4) with cut marks at every corner:
 * the office emblem and name, the photo, name, level, area, term, card number (with ฉบับที่ on a
 * reprint) and the number as a Code 128 barcode that the check-in desk reads.
 */
export function idCards(cards: IdCard[], env: DocEnv): TDocumentDefinitions {
  const content: Content[] = [];
  cards.forEach((c, i) => {
    if (i % CARDS_PER_PAGE === 0) {
      if (i > 0) content.push({ text: '', pageBreak: 'before' });
      content.push(cutMarks());
    }
    content.push(...card(env, c, i));
  });
  const doc = officialPage(env, { title: 'บัตรประจำตัวอาสาสมัครแรงงาน', content, pageNumbers: false });
  return { ...doc, pageMargins: [0, 0, 0, 0] };
}
