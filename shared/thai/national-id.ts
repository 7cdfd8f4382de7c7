import { fromThaiDigits } from './digits';

/** Strips dashes and spaces and turns Thai digits into Arabic ones. */
export function normalizeNationalId(raw: string): string {
  return fromThaiDigits(raw).replace(/[\s-]/g, '');
}

/** Check digit of the first 12 digits (DOMAIN.md): (11 − Σ dᵢ·(14−i) mod 11) mod 10. */
export function nationalIdCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

export function isValidNationalId(raw: string): boolean {
  const id = normalizeNationalId(raw);
  return /^\d{13}$/.test(id) && nationalIdCheckDigit(id) === Number(id[12]);
}

/** `1234567890123` → `1-2345-67890-12-3`. */
export function formatNationalId(id: string): string {
  const d = normalizeNationalId(id);
  if (!/^\d{13}$/.test(d)) return id;
  return `${d[0]}-${d.slice(1, 5)}-${d.slice(5, 10)}-${d.slice(10, 12)}-${d[12]}`;
}

/** `1-2345-xxxxx-xx-3`: what printed lists show unless a document needs the full number. */
export function maskNationalId(id: string): string {
  const d = normalizeNationalId(id);
  if (!/^\d{13}$/.test(d)) return id;
  return `${d[0]}-${d.slice(1, 5)}-xxxxx-xx-${d[12]}`;
}
