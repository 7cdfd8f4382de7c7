import type { SeminarStatus } from '@shared/schemas/seminar';
import { formatThaiDateShort } from '@shared/thai';

export const STATUS_COLORS: Record<SeminarStatus, string> = { planned: 'blue', running: 'orange', done: 'green', cancelled: 'gray' };

/** `13 มี.ค. 2563` or `13 มี.ค. 2563 – 14 มี.ค. 2563`. */
export function dateRange(first: string, last: string): string {
  return first === last ? formatThaiDateShort(first) : `${formatThaiDateShort(first)} – ${formatThaiDateShort(last)}`;
}

export const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 1000) / 10}%`);
