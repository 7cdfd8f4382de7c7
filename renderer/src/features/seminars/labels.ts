import type { SeminarStatus } from '@shared/schemas/seminar';
import { formatThaiDateShort, formatThaiTime } from '@shared/thai';

export const STATUS_COLORS: Record<SeminarStatus, string> = { planned: 'blue', running: 'orange', done: 'green', cancelled: 'gray' };

/** `13 มี.ค. 2563` or `13 มี.ค. 2563 – 14 มี.ค. 2563`. */
export function dateRange(first: string, last: string): string {
  return first === last ? formatThaiDateShort(first) : `${formatThaiDateShort(first)} – ${formatThaiDateShort(last)}`;
}

export const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 1000) / 10}%`);

/** `09.00 – 12.00 น.` */
export const sessionTime = (s: { start: string; end: string }) => `${formatThaiTime(s.start).replace(' น.', '')} – ${formatThaiTime(s.end)}`;

/**
 * An earlier session as a clerk names it from a later one: "ช่วงเช้า" or "ช่วงบ่าย" on the same
 * day, with the day in front otherwise ("ช่วงบ่าย 13 มี.ค. 2563").
 */
export function sessionName(s: { date: string; start: string }, from: { date: string }): string {
  const part = s.start < '12:00' ? 'ช่วงเช้า' : s.start < '17:00' ? 'ช่วงบ่าย' : 'ช่วงค่ำ';
  return s.date === from.date ? part : `${part} ${formatThaiDateShort(s.date)}`;
}
