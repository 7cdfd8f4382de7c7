import { fromThaiDigits } from './digits';

/** Thai numbers as the register keeps them: digits only, `0` then 8 (landline) or 9 (mobile) digits. */
const CANONICAL = /^0\d{8,9}$/;
/** Separators people type inside a number: spaces, dashes, dots, brackets. */
const SEPARATORS = /[\s\-.()]/g;
/** The country code in any spelling: `+66 81…`, `+66-81…`, `66 81…`, `+66 (0)81…`. */
const COUNTRY = /^\+?66(?:0)?(\d{8,9})$/;

/**
 * The one stored form of a phone number (`0812345678`), from whatever was typed or imported:
 * Thai digits, separators and the +66 country code are removed. What is still not a Thai number
 * (an extension, two numbers, a word) comes back trimmed, as typed, for the caller to judge.
 */
export function normalizePhone(raw: string): string {
  const typed = raw.trim();
  const compact = fromThaiDigits(typed).replace(SEPARATORS, '');
  if (CANONICAL.test(compact)) return compact;
  const national = COUNTRY.exec(compact);
  if (national) return `0${national[1]}`;
  return typed;
}

export function isCanonicalPhone(phone: string): boolean {
  return CANONICAL.test(phone);
}

/**
 * A Thai phone number grouped as offices write it: mobiles `081-234-5678`, Bangkok `02-123-4567`,
 * other landlines `074-311-047`. Anything else (an extension, several numbers) is left as typed.
 */
export function formatPhone(phone: string): string {
  const d = normalizePhone(phone);
  if (/^0[689]\d{8}$/.test(d)) return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
  if (/^02\d{7}$/.test(d)) return `${d.slice(0, 2)}-${d.slice(2, 5)}-${d.slice(5)}`;
  if (/^0\d{8}$/.test(d)) return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
  return phone;
}
