import type { Content, ContentTable, ContextPageSize, CustomTableLayout, PageOrientation, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { digits } from '@shared/thai';
import type { FontProfile } from './fonts';
import { mapText } from './content';
import { personName } from './thai-breaks';

/** Points per centimetre. */
export const CM = 72 / 2.54;
/** สารบรรณ margins: left 3 cm, right 2 cm; top and bottom as offices set them in Word. */
export const MARGINS: [number, number, number, number] = [3 * CM, 2.5 * CM, 2 * CM, 2 * CM];
const LANDSCAPE_MARGINS: [number, number, number, number] = [2 * CM, 1.5 * CM, 2 * CM, 1.5 * CM];

/** What every document knows about the office printing it. */
export interface OfficeFrame {
  officeName: string;
  /** The office's emblem or Garuda as a PNG/JPEG data URL, from the settings. */
  emblem: string | null;
}

export interface DocEnv {
  font: FontProfile;
  thaiDigits: boolean;
  office: OfficeFrame;
}

export interface Signer {
  name: string;
  position: string;
}

/** Real points for a size in official points (TH Sarabun New sizes). */
export function pt(env: DocEnv, official: number): number {
  return Math.round(official * env.font.scale * 100) / 100;
}

/** Applies the document's digit choice. */
export function num(env: DocEnv, text: string | number): string {
  return digits(String(text), env.thaiDigits);
}

/**
 * pdfmake draws the numbers of an ordered list itself, outside the text that is turned into Thai
 * digits: a list of this type is numbered ๑. ๒. ๓. (list-markers.ts), and every numbered list of a
 * document in Thai digits gets it.
 */
export const THAI_DECIMAL = 'thai-decimal';

function thaiListNumbers(node: Record<string, unknown>): void {
  if ('ol' in node && (node.type === undefined || node.type === 'decimal')) node.type = THAI_DECIMAL;
}

/** Thin ruled grid with room for a signature in each row. */
export const gridLayout: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/**
 * A ruled table whose title lines and column heads are repeated at the top of every page it runs
 * over, as a clerk's long lists are (the title is the table's first header row, without rules).
 * Body rows are `rowHeight` official points high: room for a signature.
 */
export function titledTable(
  env: DocEnv,
  options: { title: Content[]; columns: string[]; widths: (number | string)[]; rows: TableCell[][]; rowHeight: number },
): Content {
  const { title, columns, widths, rows, rowHeight } = options;
  const titleRow: TableCell[] = [
    { stack: title, margin: [0, 0, 0, pt(env, 6)], colSpan: columns.length, border: [false, false, false, false] } as TableCell,
    ...columns.slice(1).map(() => ({}) as TableCell),
  ];
  return {
    table: {
      headerRows: 2,
      dontBreakRows: true,
      widths,
      heights: (row: number) => (row < 2 ? 'auto' : pt(env, rowHeight)),
      body: [titleRow, columns.map((text) => ({ text, style: 'th', fillColor: '#eeeeee' })), ...rows],
    },
    layout: { ...gridLayout, hLineWidth: (i: number) => (i <= 1 ? 0 : 0.5) },
    fontSize: pt(env, 14),
  };
}

/**
 * A numbered section: its heading and what it heads never part at a page's foot. A table takes the
 * heading as its first header row, without rules, so the heading goes over with the column heads
 * and the first row (pdfmake keeps header rows with `keepWithHeaderRows`) and heads the table again
 * on each page it runs over; a short text (nothing to list) stays on one page with it. pdfmake's
 * page-break hook cannot do this: the nodes of a table moved whole to the next page keep the
 * positions they had before the move.
 */
export function section(env: DocEnv, heading: string, body: Content): Content {
  const head = { text: heading, style: 'heading' };
  if (typeof body !== 'object' || !('table' in body)) return { stack: [head, body], unbreakable: true };
  const node = body as Omit<ContentTable, 'layout'> & { layout: CustomTableLayout };
  const { table, layout } = node;
  const columns = table.widths?.length ?? table.body[0].length;
  // The cell's padding is taken back, so the heading starts where the other headings do.
  const headingRow: TableCell[] = [
    { ...head, colSpan: columns, border: [false, false, false, false], margin: [-3, pt(env, 6), 0, 0] } as TableCell,
    ...Array.from({ length: columns - 1 }, () => ({}) as TableCell),
  ];
  return {
    ...node,
    table: { ...table, headerRows: (table.headerRows ?? 0) + 1, keepWithHeaderRows: 1, body: [headingRow, ...table.body] },
    layout: { ...layout, hLineWidth: (i, n) => (i === 0 ? 0 : (layout.hLineWidth?.(i, n) ?? 1)) },
  };
}

/** The office emblem centred, `heightCm` high (1.5 cm for a memo, 3 cm for a letter or certificate). */
export function emblem(env: DocEnv, heightCm: number, margin: [number, number, number, number] = [0, 0, 0, 6]): Content[] {
  if (!env.office.emblem) return [];
  const h = heightCm * CM;
  return [{ image: env.office.emblem, fit: [h * 2, h], alignment: 'center', margin }];
}

/**
 * A signature block as the rules set it: the line to sign on, the name in brackets, the position,
 * each centred, in the right half of the page unless placed otherwise.
 */
export function signatureBlock(env: DocEnv, signer: Signer, role = '', options: { align?: 'right' | 'center'; marginTop?: number } = {}): Content {
  const block: Content = {
    stack: [
      { text: `ลงชื่อ ${'.'.repeat(45)} ${role}`.trimEnd() },
      { text: `(${signer.name ? personName(signer.name) : ' '.repeat(40)})` },
      ...(signer.position ? [{ text: signer.position }] : []),
    ],
    alignment: 'center',
    unbreakable: true,
  };
  const marginTop = options.marginTop ?? pt(env, 24);
  if (options.align === 'center') return { ...block, margin: [0, marginTop, 0, 0] };
  return { columns: [{ width: '*', text: '' }, { width: '55%', ...block }], margin: [0, marginTop, 0, 0], unbreakable: true };
}

export interface PageOptions {
  title: string;
  content: Content;
  orientation?: PageOrientation;
  /** `หน้า x / y` at the foot of each page. */
  pageNumbers?: boolean;
  /** Body size in official points. */
  bodySize?: number;
}

/** A4 with the office's frame, styles sized in official points, and the chosen font. */
export function officialPage(env: DocEnv, options: PageOptions): TDocumentDefinitions {
  const landscape = options.orientation === 'landscape';
  const margins = landscape ? LANDSCAPE_MARGINS : MARGINS;
  const size = (n: number) => pt(env, n);
  const pageNumbers = options.pageNumbers ?? true;
  return {
    pageSize: 'A4',
    pageOrientation: options.orientation ?? 'portrait',
    pageMargins: margins,
    info: { title: options.title, author: env.office.officeName, creator: 'Asa Desk', producer: 'Asa Desk' },
    language: 'th-TH',
    defaultStyle: { font: env.font.family, fontSize: size(options.bodySize ?? 16), lineHeight: env.font.lineHeight },
    styles: {
      title: { fontSize: size(20), bold: true, alignment: 'center' },
      subtitle: { fontSize: size(16), bold: true, alignment: 'center' },
      heading: { fontSize: size(16), bold: true, margin: [0, size(8), 0, size(2)] },
      th: { bold: true, alignment: 'center' },
      small: { fontSize: size(14) },
    },
    // Thai digits, when chosen, are the whole document's: titles, years, numbering and amounts alike.
    content: env.thaiDigits ? mapText(options.content, (text) => digits(text, true), thaiListNumbers) : options.content,
    footer: pageNumbers
      ? (current: number, total: number, _size: ContextPageSize) => ({
          text: num(env, `หน้า ${current} / ${total}`),
          alignment: 'right',
          fontSize: size(14),
          margin: [margins[0], size(6), margins[2], 0],
        })
      : undefined,
  };
}
