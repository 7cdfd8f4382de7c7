import { BREAK, markThaiBreaks, segmentOffsets, type WordDictionary } from './thai-breaks';

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
 * A rough width of `text` set in TH Sarabun New at `size` points (measured on its metric twin
 * Laksaman): Thai letters 0.58 em, digits and other letters 0.55, spaces and punctuation 0.3;
 * vowels and tone marks above and below take none.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(ch)) continue;
    em += /[\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46]/.test(ch) ? 0.58 : /[\s.,:;()]/.test(ch) ? 0.3 : 0.55;
  }
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
    const spare = (sharedOnly: boolean) => out.map((w, i) => (i !== c && (shared[i] || !sharedOnly) ? Math.max(w - need[i], 0) : 0));
    const donors = spare(true).some((x) => x > 0) ? spare(true) : spare(false);
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
    const spare = out.map((w, i) => (!short[i] && (shared[i] || !sharedOnly) ? Math.max(w - need[i], 0) : 0));
    const total = spare.reduce((a, b) => a + b, 0);
    const take = Math.min(left, total);
    if (take <= 0) continue;
    spare.forEach((sp, i) => (out[i] -= (sp / total) * take));
    left -= take;
  }
  const granted = wanted - left;
  return out.map((w, i) => (short[i] ? w + (short[i] / wanted) * granted : w));
}
