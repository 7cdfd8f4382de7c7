/**
 * How much room Thai text takes in a printed sheet. Excel and LibreOffice keep the row height
 * written in the file (exceljs writes none unless told) and do not fit rows to wrapped text on
 * opening, so a cell whose text wraps is cut unless we size its row ourselves.
 *
 * Widths are estimated from the advance widths of TH SarabunPSK (its metric twin Laksaman, in
 * fonts-thai-tlwg), which the shipped Sarabun and the usual substitutes (Garuda, Tahoma) exceed by
 * at most 6 %: widths here carry that margin, so a row is a little roomy rather than cut.
 */

/** Points a line of 16 pt TH SarabunPSK needs in a row (LibreOffice draws lines 25.6 pt apart). */
const LINE_PT = 26;
/** Room above and below the text in a cell. */
const ROW_PAD_PT = 4;
/** Cell padding left and right, in points. */
const CELL_PAD_PT = 4;
/** The widest substitute font's advance over TH SarabunPSK's, and bold's over regular. */
const SUBSTITUTE = 1.06;
const BOLD = 1.06;

/** Height in points of a row whose tallest cell has `lines` lines. */
export function rowHeightFor(lines: number): number {
  return Math.max(1, lines) * LINE_PT + ROW_PAD_PT;
}

/**
 * Points a column `width` characters wide offers its text. Excel's width unit is the default
 * font's digit (Calibri 11: 7 px) plus 5 px of padding, at 96 px to the inch.
 */
export function columnPoints(width: number): number {
  return ((width * 7 + 5) * 72) / 96 - CELL_PAD_PT;
}

/** The column width (in Excel's characters) that holds `points` of text on one line. */
export function widthForPoints(points: number): number {
  return Math.ceil((((points + CELL_PAD_PT) * 96) / 72 - 5) / 7);
}

/** Advance of one character in ems of TH SarabunPSK; Thai vowels and tone marks above or below take none. */
function advance(c: number): number {
  if (c >= 0x0e00 && c <= 0x0e7f) {
    if (c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e)) return 0;
    return 0.6;
  }
  if (c === 0x20) return 0.33;
  if (c >= 0x30 && c <= 0x39) return 0.55;
  if (c >= 0x61 && c <= 0x7a) return c === 0x6d || c === 0x77 ? 0.8 : 0.52;
  if (c >= 0x41 && c <= 0x5a) return c === 0x4d || c === 0x57 ? 0.9 : 0.68;
  return 0.45;
}

/** Advances of U+0000–U+0E7F looked up, not computed: a large register measures millions of cells. */
const ADVANCE = Float64Array.from({ length: 0x0e80 }, (_, c) => advance(c));

/** Width in points of one line of `text` at `size` points. */
export function textPoints(text: string, size: number, bold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    em += c < 0x0e80 ? ADVANCE[c] : 0.45;
  }
  return em * size * SUBSTITUTE * (bold ? BOLD : 1);
}

/**
 * Thai has no spaces between words, and a run broken at word boundaries leaves part of each line
 * empty: a run longer than a line is counted this much wider.
 */
const WORD_BREAK_WASTE = 1.15;

/**
 * Lines `text` takes when wrapped in `points` of width: each paragraph is filled run by run
 * (text between spaces) as the spreadsheet does; a run longer than a line, which the spreadsheet
 * breaks between Thai words, takes its width plus WORD_BREAK_WASTE. One pass over the characters,
 * no segmenter: Intl.Segmenter took 90 µs a cell, seconds for a large register.
 */
export function wrappedLines(text: string, points: number, size: number, bold = false): number {
  const scale = size * SUBSTITUTE * (bold ? BOLD : 1);
  const space = ADVANCE[0x20] * scale;
  let lines = 1;
  let line = 0;
  let run = 0;
  const place = () => {
    if (run === 0) return;
    if (line > 0 && line + space + run <= points) line += space + run;
    else {
      if (line > 0) lines++;
      if (run <= points) line = run;
      else {
        const broken = run * WORD_BREAK_WASTE;
        const extra = Math.ceil(broken / points) - 1;
        lines += extra;
        line = broken - extra * points;
      }
    }
    run = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) place();
    else if (c === 0x0a) {
      place();
      lines++;
      line = 0;
    } else run += (c < 0x0e80 ? ADVANCE[c] : 0.45) * scale;
  }
  place();
  return lines;
}
