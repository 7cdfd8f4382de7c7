import { BE_OFFSET, isoParts, toIso, type IsoDate } from './dates';

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
