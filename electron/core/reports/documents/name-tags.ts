import { toSVG } from 'bwip-js/node';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { CM, num, officialPage, pt, type DocEnv } from '../engine/frame';
import { personName } from '../engine/thai-breaks';
import { textPoints } from '../../spreadsheets/text-fit';

export interface NameTagData {
  projectTitle: string;
  tags: { name: string; group: string; agency: string; code: string }[];
  /** 8 (2 × 4) or 10 (2 × 5) tags on an A4 sheet. */
  perPage: 8 | 10;
}

const SHEET_MARGIN = 1 * CM;
const TAG_WIDTH = (21 * CM - 2 * SHEET_MARGIN) / 2;

/** The participant's code as a Code 128 barcode, drawn as vectors so it scans at any printer resolution. */
export function barcodeSvg(code: string): string {
  return toSVG({ bcid: 'code128', text: code, height: 9, scale: 2, includetext: false, paddingwidth: 0, paddingheight: 0 });
}

const TAG_PADDING = 6;

/**
 * The title's size in official points: 12, or smaller until it fits in two lines of the tag, so a
 * long seminar title is shown whole instead of cut (8 at least, on three lines if it must).
 */
export function titleSize(title: string, env: DocEnv): number {
  const width = TAG_WIDTH - 2 * pt(env, TAG_PADDING);
  // Thai lines break between words, not at the exact width: room for that.
  const fits = (size: number) => textPoints(title, pt(env, size)) * 1.15 <= 2 * width;
  return [12, 11, 10, 9].find(fits) ?? 8;
}

function tag(t: NameTagData['tags'][number], data: NameTagData, env: DocEnv, height: number, size: number): TableCell {
  return {
    stack: [
      { text: num(env, data.projectTitle), fontSize: pt(env, size), alignment: 'center', color: '#333333' },
      { text: personName(t.name), fontSize: pt(env, data.perPage === 8 ? 26 : 24), bold: true, alignment: 'center', margin: [0, pt(env, 4), 0, 0] },
      { text: t.group, fontSize: pt(env, 16), alignment: 'center' },
      ...(t.agency ? [{ text: t.agency, fontSize: pt(env, 13), alignment: 'center' as const, color: '#333333' }] : []),
      { svg: barcodeSvg(t.code), width: 4.2 * CM, alignment: 'center', margin: [0, pt(env, 4), 0, 0] },
      { text: t.code, fontSize: pt(env, 12), alignment: 'center', characterSpacing: 1.5 },
    ],
    // The whole tag stays within its cell: a long name is the only thing that may take two lines.
    margin: [pt(env, TAG_PADDING), pt(env, 4), pt(env, TAG_PADDING), 0],
    height,
  } as TableCell;
}

/**
 * Name tags for the participants, 8 or 10 per A4 sheet with dashed cutting lines: the name large,
 * the group, the agency, and the participant's code as a barcode that the check-in desk reads.
 */
export function nameTags(data: NameTagData, env: DocEnv): TDocumentDefinitions {
  const rowsPerPage = data.perPage / 2;
  const height = (29.7 * CM - 2 * SHEET_MARGIN) / rowsPerPage - 1;
  const size = titleSize(data.projectTitle, env);
  const rows: TableCell[][] = [];
  for (let i = 0; i < data.tags.length; i += 2) {
    rows.push([tag(data.tags[i], data, env, height, size), data.tags[i + 1] ? tag(data.tags[i + 1], data, env, height, size) : { text: '' }]);
  }
  const dashed = { dash: { length: 4, space: 3 } };
  const sheet: Content = {
    table: { widths: [TAG_WIDTH - 1, TAG_WIDTH - 1], heights: height, body: rows, dontBreakRows: true },
    layout: {
      hLineWidth: () => 0.4,
      vLineWidth: () => 0.4,
      hLineColor: () => '#999999',
      vLineColor: () => '#999999',
      hLineStyle: () => dashed,
      vLineStyle: () => dashed,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
  };
  const doc = officialPage(env, { title: `ป้ายชื่อ ${data.projectTitle}`, content: sheet, pageNumbers: false });
  return { ...doc, pageMargins: [SHEET_MARGIN, SHEET_MARGIN, SHEET_MARGIN, SHEET_MARGIN] };
}
