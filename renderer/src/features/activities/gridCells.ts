import { fromThaiDigits } from '@shared/thai';

/** What a clerk typed into a cell: digits (Arabic or Thai) only, with thousands commas ignored. */
export function cellText(typed: string): string {
  return fromThaiDigits(typed).replace(/[,\s]/g, '').replace(/\D/g, '').replace(/^0+(?=\d)/, '').slice(0, 6);
}

/** A cell's text as the count sent to the core: empty clears the cell. */
export function cellCount(text: string): number | null {
  return text === '' ? null : Number(text);
}

/**
 * The digit of a number-row key pressed with another keyboard layout on: with Windows' Thai layout
 * the keys 1 2 3 type ๅ / -, which a count cell would drop without a word. Read by the key's place
 * (unshifted: Shift gives the Thai digits ๑๒๓, which the cell reads itself); null for any other key.
 */
export function numberRowDigit(e: { code: string; key: string; shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }): string | null {
  if (e.shiftKey || e.ctrlKey || e.altKey || e.metaKey) return null;
  const digit = /^Digit(\d)$/.exec(e.code)?.[1];
  return digit && e.key !== digit ? digit : null;
}

/**
 * Cells copied from Excel (or LibreOffice): rows on lines, cells split by tabs, the last line
 * break dropped. Null for a single value, which the cell takes as typed.
 */
export function pastedBlock(text: string): string[][] | null {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const rows = lines.map((l) => l.split('\t'));
  return rows.length > 1 || rows[0].length > 1 ? rows : null;
}
