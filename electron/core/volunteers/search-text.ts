import { fromThaiDigits } from '@shared/thai/digits';

const LEADING_VOWEL = /([\u0e40-\u0e44])([\u0e01-\u0e2e])/g;

/**
 * A key that sorts Thai names in dictionary order with plain byte comparison: Thai dictionaries
 * ignore the leading vowels เ แ โ ใ ไ, so each is moved after the consonant it is written before
 * (`เกษม` sorts as `กเษม`, between `กมล` and `กิตติ`).
 */
export function thaiSortKey(text: string): string {
  return text.normalize('NFC').replace(LEADING_VOWEL, '$2$1').toLowerCase();
}

export function sortName(v: { firstName: string; lastName: string }): string {
  return `${thaiSortKey(v.firstName)} ${thaiSortKey(v.lastName)}`;
}

function digitsOnly(text: string): string {
  return fromThaiDigits(text).replace(/\D/g, '');
}

/**
 * What the search box matches: the title and Thai name (with and without the space between first
 * and last name, so `สมชายใจ` and `สมชาย ใจ` both work), the English name, and the ID and phone
 * as bare digits. Lower-cased; `|` separates parts so no match spans two of them.
 */
export function searchText(v: {
  title: string;
  firstName: string;
  lastName: string;
  firstNameEn: string;
  lastNameEn: string;
  nationalId: string | null;
  phone: string;
}): string {
  const parts = [
    `${v.title}${v.firstName} ${v.lastName}`,
    `${v.firstName}${v.lastName}`,
    `${v.firstNameEn} ${v.lastNameEn}`.trim(),
    v.nationalId ?? '',
    digitsOnly(v.phone),
  ];
  return parts.filter(Boolean).join('|').normalize('NFC').toLowerCase();
}

/**
 * Splits what was typed into words that must all match. A query of only digits, dashes and spaces
 * is one number (an ID or phone typed with separators). Control characters (pasted from another
 * program) separate words: SQLite's FTS5 query parser reads a NUL as the end of the query.
 */
export function queryWords(q: string): string[] {
  const text = fromThaiDigits(q)
    .replace(/\p{Cc}/gu, ' ')
    .normalize('NFC')
    .toLowerCase()
    .trim();
  if (!text) return [];
  if (/^[\d\s-]+$/.test(text)) return [text.replace(/\D/g, '')];
  return text.split(/\s+/).map((w) => w.replace(/[%_|\\]/g, '')).filter(Boolean);
}
