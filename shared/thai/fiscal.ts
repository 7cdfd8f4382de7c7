import { BE_OFFSET, isoParts, toIso, type IsoDate } from './dates';
import { toThaiDigits } from './digits';

/** Fiscal year (B.E.) of a date: 1 Oct – 30 Sep, named by the B.E. year in which it ends. */
export function fiscalYearOf(iso: IsoDate): number {
  const { year, month } = isoParts(iso);
  return (month >= 10 ? year + 1 : year) + BE_OFFSET;
}

/** FY 2563 → 2019-10-01 … 2020-09-30. */
export function fiscalYearRange(fyBE: number): { start: IsoDate; end: IsoDate } {
  const endCE = fyBE - BE_OFFSET;
  return { start: toIso(endCE - 1, 10, 1), end: toIso(endCE, 9, 30) };
}

/** Quarter 1–4 of a fiscal year: quarter 1 of FY 2569 is October–December 2568. */
export function fiscalQuarterRange(fyBE: number, quarter: number): { start: IsoDate; end: IsoDate } {
  const first = monthOfFiscalYear(fyBE, (quarter - 1) * 3 + 1);
  const last = monthOfFiscalYear(fyBE, quarter * 3);
  return { start: first.start, end: last.end };
}

/** The n-th month (1 = October) of a fiscal year, as its first and last day. */
export function monthOfFiscalYear(fyBE: number, n: number): { start: IsoDate; end: IsoDate } {
  const endCE = fyBE - BE_OFFSET;
  const month = ((n + 8) % 12) + 1;
  return monthRange(month >= 10 ? endCE - 1 : endCE, month);
}

/** A calendar month (C.E. year) as its first and last day. */
export function monthRange(yearCE: number, month: number): { start: IsoDate; end: IsoDate } {
  const last = new Date(Date.UTC(yearCE, month, 0)).getUTCDate();
  return { start: toIso(yearCE, month, 1), end: toIso(yearCE, month, last) };
}

/**
 * A title that names one fiscal year, renamed for another: `… ประจำปีงบประมาณ พ.ศ. 2568` becomes
 * `… 2569`, in Arabic or Thai digits as written. A title without the year is kept.
 */
export function titleForFiscalYear(title: string, from: number, to: number): string {
  if (from === to) return title;
  const thaiFrom = toThaiDigits(String(from));
  return title
    .replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g'), String(to))
    .replace(new RegExp(`(?<![๐-๙])${thaiFrom}(?![๐-๙])`, 'g'), toThaiDigits(String(to)));
}
