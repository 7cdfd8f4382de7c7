import { segmentOffsets, type WordDictionary } from '@shared/thai';
import { BREAK, markThaiBreaks } from './thai-breaks';

/*
 * Table column widths for the Word copy. Word and LibreOffice break Thai by their own dictionaries
 * (ICU's, the one behind Intl.Segmenter), which do not know names, and fill each line as far as
 * it goes: `นางสาวกัญญาณัฐ บุญ|ญาวงศ์ศิริ`, `(100.|0)`. The text must stay the letters a clerk
 * reads (no invisible marks inside words: Find would no longer find a name), so the columns are
 * sized instead: wide enough for every piece no line may break inside, and then at a width where,
 * filling each cell's lines the way the word processor does, every line ends where the app
 * would break it.
 */

/** A table cell's left and right margins together, in points. */
export const CELL_MARGINS = 6;

/** One line of a cell's text as the word processor gets it, at its size in points. */
export interface CellLine {
  text: string;
  size: number;
}

/**
 * Advance widths in thousandths of an em of TH Sarabun New, as measured on its metric twin
 * Laksaman (fonts-thai-tlwg, what LibreOffice sets it in where TH Sarabun New is not installed):
 * the printable ASCII and Thai characters, then × – — “ ”. Marks above and below take none.
 */
const MEASURED_CHARS = "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮฯะัาำิีึืฺุู฿เแโใไๅๆ็่้๊๋์ํ๎๏๐๑๒๓๔๕๖๗๘๙๚๛×–—“”";
const MEASURED_WIDTHS = [
  221, 312, 606, 543, 879, 636, 180, 285, 285, 428, 618, 243, 324, 243, 406, 544, 544, 544, 544,
  544, 544, 544, 544, 544, 544, 243, 243, 618, 618, 618, 425, 806, 601, 568, 610, 648, 527, 527,
  639, 663, 221, 397, 565, 530, 824, 663, 731, 568, 732, 570, 529, 570, 700, 586, 884, 628, 550,
  637, 294, 394, 294, 619, 529, 306, 517, 603, 497, 603, 562, 309, 467, 586, 215, 233, 475, 300,
  904, 586, 598, 603, 603, 326, 424, 357, 586, 512, 762, 478, 506, 482, 312, 230, 312, 625, 580,
  568, 574, 591, 591, 613, 442, 552, 567, 568, 574, 780, 780, 639, 639, 515, 693, 800, 816, 588,
  588, 568, 646, 503, 631, 643, 643, 573, 573, 672, 672, 639, 601, 564, 484, 568, 573, 639, 503,
  591, 658, 573, 642, 682, 582, 559, 588, 536, 0, 475, 475, 0, 0, 0, 0, 0, 0, 0, 618, 305, 567,
  356, 364, 367, 308, 600, 0, 0, 0, 0, 0, 0, 0, 0, 676, 675, 675, 675, 675, 675, 675, 675, 675,
  675, 675, 785, 1048, 618, 541, 1083, 556, 556
];
const ADVANCE = new Map([...MEASURED_CHARS].map((ch, i) => [ch, MEASURED_WIDTHS[i] / 1000]));
/** A space, and a no-break space, in em. */
const SPACE = 0.324;

/** The width of `text` set in TH Sarabun New at `size` points; a character not measured counts as a digit. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /\s/.test(ch) ? SPACE : (ADVANCE.get(ch) ?? 0.544);
  return em * size;
}

/** A line made ready to be filled: the text the word processor gets, where it may and where the app lets a line end. */
interface Prepared {
  text: string;
  size: number;
  /** Offsets where the word processor may end a line, ascending, the text's end last. */
  processor: number[];
  /** Offsets where the app would end a line. */
  allowed: Set<number>;
}

function prepare(line: CellLine, dictionary: WordDictionary): Prepared {
  const marked = markThaiBreaks(line.text, dictionary);
  let text = '';
  const allowed = new Set<number>();
  for (const ch of marked) {
    if (ch === BREAK) allowed.add(text.length);
    else {
      text += ch;
      if (ch === ' ') allowed.add(text.length);
    }
  }
  const processor = new Set<number>();
  for (const m of text.matchAll(/ +/g)) processor.add(m.index + m[0].length);
  for (const m of text.matchAll(/[\u0E01-\u0E4E]+/g)) for (const at of segmentOffsets(m[0])) processor.add(m.index + at);
  processor.add(text.length);
  return { text, size: line.size, processor: [...processor].filter((o) => o > 0).sort((a, b) => a - b), allowed };
}

/** Whether the word processor, filling `line` into `inner` points line by line, ends every line where the app would. */
function fillsWell(line: Prepared, inner: number): boolean {
  let start = 0;
  let fit = -1;
  for (let i = 0; i < line.processor.length; i++) {
    const end = line.processor[i];
    if (textWidth(line.text.slice(start, end).trimEnd(), line.size) <= inner) {
      fit = end;
      continue;
    }
    // Nothing fits: the word processor cuts the piece anywhere.
    if (fit <= start) return false;
    if (!line.allowed.has(fit)) return false;
    start = fit;
    i--;
  }
  return true;
}

/** Whether a column sized `width` holds a cell's lines well, with some room for the rough widths either way. */
function holdsWell(lines: Prepared[], width: number): boolean {
  const inner = width - CELL_MARGINS;
  return lines.every((l) => [0.97, 1, 1.03].every((k) => fillsWell(l, inner * k)));
}

/** The widest piece of a cell's lines that no line may break inside, margins included. */
function widestPiece(lines: Prepared[]): number {
  let widest = 0;
  for (const l of lines) {
    let start = 0;
    for (const end of [...l.allowed, l.text.length].sort((a, b) => a - b)) {
      widest = Math.max(widest, textWidth(l.text.slice(start, end).trim(), l.size));
      start = end;
    }
  }
  return widest && widest + CELL_MARGINS + 2;
}

/**
 * Widths for a table's columns: `widths` as the PDF's layout gives them, `cells[c]` the lines of
 * each cell of column c (cells spanning columns left out), `shared` whether a column shares what
 * the others leave (`*`). Each column is first widened to its widest unbreakable piece, then each
 * column whose lines the word processor would end inside a word is moved to the width nearest its
 * own where it ends them all where the app would, the room taken from or given to the shared columns,
 * as long as the table as a whole has fewer such cells.
 */
export function fitColumns(widths: number[], cells: CellLine[][][], shared: boolean[], dictionary: WordDictionary): number[] {
  const prepared = cells.map((column) => column.map((lines) => lines.filter((l) => l.text.trim()).map((l) => prepare(l, dictionary))));
  const need = prepared.map((column) => Math.max(0, ...column.map(widestPiece)));
  let out = widen(widths, need, shared);
  const badCells = (w: number[]) => prepared.reduce((sum, column, c) => sum + column.filter((lines) => !holdsWell(lines, w[c])).length, 0);
  let bad = badCells(out);
  for (let c = 0; c < out.length && bad > 0; c++) {
    if (prepared[c].every((lines) => holdsWell(lines, out[c]))) continue;
    // The room comes from the shared columns' spare width, or from every other column's if they have none.
    const fromShared = spareWidths(out, need, (i) => i !== c && shared[i]);
    const donors = fromShared.some((x) => x > 0) ? fromShared : spareWidths(out, need, (i) => i !== c);
    const room = donors.reduce((a, b) => a + b, 0);
    let best = { widths: out, bad, move: 0 };
    for (let w = Math.ceil(need[c]); w <= out[c] + room; w++) {
      const move = w - out[c];
      const next = out.map((x, i) => (i === c ? w : room ? x - (donors[i] / room) * move : x));
      const b = badCells(next);
      if (b < best.bad || (b === best.bad && Math.abs(move) < Math.abs(best.move))) best = { widths: next, bad: b, move };
    }
    out = best.widths;
    bad = best.bad;
  }
  return out;
}

/**
 * Widens the columns narrower than `need`, taking the room from the others' width beyond what
 * they need, the shared (`*`) columns first, as far as there is any.
 */
function widen(widths: number[], need: number[], shared: boolean[]): number[] {
  const out = [...widths];
  const short = out.map((w, i) => Math.max(need[i] - w, 0));
  const wanted = short.reduce((a, b) => a + b, 0);
  let left = wanted;
  for (const sharedOnly of [true, false]) {
    if (left <= 0) break;
    const spare = spareWidths(out, need, (i) => !short[i] && (shared[i] || !sharedOnly));
    const total = spare.reduce((a, b) => a + b, 0);
    const take = Math.min(left, total);
    if (take <= 0) continue;
    spare.forEach((sp, i) => (out[i] -= (sp / total) * take));
    left -= take;
  }
  const granted = wanted - left;
  return out.map((w, i) => (short[i] ? w + (short[i] / wanted) * granted : w));
}

/** Each column's width beyond what it needs, for the columns that may give room (0 for the others). */
function spareWidths(widths: number[], need: number[], gives: (column: number) => boolean): number[] {
  return widths.map((w, i) => (gives(i) ? Math.max(w - need[i], 0) : 0));
}
