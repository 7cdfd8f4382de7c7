import { fromThaiDigits } from '@shared/thai';

/** What a clerk typed into a cell: digits (Arabic or Thai) only, with thousands commas ignored. */
export function cellText(typed: string): string {
  return fromThaiDigits(typed).replace(/[,\s]/g, '').replace(/\D/g, '').replace(/^0+(?=\d)/, '').slice(0, 6);
}

/** A cell's text as the count sent to the core: empty clears the cell. */
export function cellCount(text: string): number | null {
  return text === '' ? null : Number(text);
}
