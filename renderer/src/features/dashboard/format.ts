import { BE_OFFSET, THAI_MONTHS_SHORT, formatThaiDateShort, formatThaiClock, todayIso } from '@shared/thai';

/** `1234` → `1,234`: Arabic digits with separators, as the office's own summaries print them. */
export const count = (n: number) => n.toLocaleString('en-US');

/** October 2025 → `ต.ค. 68`: the B.E. year short, so twelve months fit under a chart. */
export function monthLabel(month: number, year: number): string {
  return `${THAI_MONTHS_SHORT[month - 1]} ${String(year + BE_OFFSET).slice(-2)}`;
}

export function percentText(rate: number | null): string {
  return rate === null ? '–' : `${(Math.round(rate * 1000) / 10).toLocaleString('en-US')}%`;
}

/** How long ago the last backup was taken, in words a clerk reads at a glance. */
export function ageText(hours: number): string {
  if (hours < 1) return 'เมื่อสักครู่';
  if (hours < 24) return `${hours} ชั่วโมงที่แล้ว`;
  return `${Math.floor(hours / 24)} วันที่แล้ว`;
}

/** An ISO instant as the local day and time: `15 ม.ค. 2569 10.00 น.` */
export function localWhen(iso: string): string {
  const d = new Date(iso);
  return `${formatThaiDateShort(todayIso(d))} ${formatThaiClock(d)}`;
}
