import { formatYearMonth } from '@shared/schemas/activity';

/** The last 36 months, newest first, as `YYYY-MM` with B.E. labels. */
export function monthOptions(today: string): { value: string; label: string }[] {
  let [y, m] = today.split('-').map(Number);
  const out: { value: string; label: string }[] = [];
  for (let i = 0; i < 36; i++) {
    const value = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ value, label: formatYearMonth(value) });
    if (--m === 0) [y, m] = [y - 1, 12];
  }
  return out;
}
