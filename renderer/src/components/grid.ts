/**
 * Keys and save errors of the app's keyboard grids (the monthly activity grid, the paper-sheet
 * attendance grid, the check-in desk): one behaviour for a clerk whichever grid they are in.
 */

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

/**
 * A grid save's refusal as messages by cell: the core names each refused cell `cells.N.…`, N its
 * place among the cells sent, and the grid marks it under its own key.
 */
export function errorsByCell<C>(fields: Record<string, string> | undefined, sent: C[], keyOf: (c: C) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    const cell = sent[Number(/^cells\.(\d+)\./.exec(path)?.[1])];
    if (cell) out[keyOf(cell)] = message;
  }
  return out;
}

type ShortcutEvent = { key: string; code: string; ctrlKey: boolean; metaKey: boolean };

/**
 * Ctrl (⌘) with a letter key, read by the key's place too: clerks type names with the Thai layout on,
 * where the S key gives ห and the Z key ผ, and Chromium then reports the Thai character as the key.
 */
export function isCtrlLetter(e: ShortcutEvent, letter: string): boolean {
  return (e.ctrlKey || e.metaKey) && (e.code === `Key${letter.toUpperCase()}` || e.key.toLowerCase() === letter);
}

/** Ctrl+S (⌘S): saves the whole grid. */
export function isSaveKey(e: ShortcutEvent): boolean {
  return isCtrlLetter(e, 's');
}
