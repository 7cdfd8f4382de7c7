import { fromThaiDigits } from '@shared/thai';

/** Where the cursor goes from cell (row, col) on a key, or null when the key is not a move. */
export function moveFrom(key: string, shift: boolean, row: number, col: number, rows: number, cols: number): { row: number; col: number } | null {
  const clamp = (r: number, c: number) => ({ row: Math.max(0, Math.min(rows - 1, r)), col: Math.max(0, Math.min(cols - 1, c)) });
  switch (key) {
    case 'ArrowUp':
      return clamp(row - 1, col);
    case 'ArrowDown':
      return clamp(row + 1, col);
    case 'ArrowLeft':
      return clamp(row, col - 1);
    case 'ArrowRight':
      return clamp(row, col + 1);
    // Enter goes down the column, as the paper forms are read one kind at a time; Shift+Enter up.
    case 'Enter':
      return clamp(row + (shift ? -1 : 1), col);
    default:
      return null;
  }
}

/** What a clerk typed into a cell: digits (Arabic or Thai) only, with thousands commas ignored. */
export function cellText(typed: string): string {
  return fromThaiDigits(typed).replace(/[,\s]/g, '').replace(/\D/g, '').replace(/^0+(?=\d)/, '').slice(0, 6);
}

/** A cell's text as the count sent to the core: empty clears the cell. */
export function cellCount(text: string): number | null {
  return text === '' ? null : Number(text);
}
