const THAI_ZERO = 0x0e50;

/** Arabic digits → Thai digits (๐–๙); everything else is kept. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

const THAI_DIGIT = /[\u0e50-\u0e59]/;
const THAI_DIGITS = /[\u0e50-\u0e59]/g;
const arabic = (d: string) => String(d.charCodeAt(0) - THAI_ZERO);

/** Thai digits → Arabic digits, so typed or imported Thai numbers parse. */
export function fromThaiDigits(text: string): string {
  // Most text has none: an import reads this for tens of thousands of cells.
  return THAI_DIGIT.test(text) ? text.replace(THAI_DIGITS, arabic) : text;
}

/** Applies Thai digits only when a document asks for them. */
export function digits(text: string, thai: boolean): string {
  return thai ? toThaiDigits(text) : text;
}

/**
 * The number row as the Thai Kedmanee layout types it (ๅ / - ภ ถ ุ ึ ค ต จ for 1…0): what typed
 * or scanned digits become when Windows has the Thai layout switched on.
 */
const KEDMANEE_DIGITS: Record<string, string> = { 'ๅ': '1', '/': '2', '-': '3', 'ภ': '4', 'ถ': '5', 'ุ': '6', 'ึ': '7', 'ค': '8', 'ต': '9', 'จ': '0' };
/**
 * Keys of the Kedmanee number row that are no digit, sign or dash on the English layout. A set, not
 * a character class: two of them (ุ ึ) are combining vowels, which a class would read as marks.
 */
const KEDMANEE_ONLY = new Set(['ๅ', 'ภ', 'ถ', 'ุ', 'ึ', 'ค', 'ต', 'จ']);

/** Every Kedmanee number-row character of `text` as its digit; anything else is kept. */
export function fromKedmaneeDigits(text: string): string {
  return [...text].map((c) => KEDMANEE_DIGITS[c] ?? c).join('');
}

/**
 * What a clerk typed into a field of digits, as Arabic digits: Thai digits (๑๒๓) and, when the
 * text holds a key only the Thai layout's number row gives, that row read as digits too (so `-`
 * stays a dash unless the Thai layout was on).
 */
export function typedDigits(text: string): string {
  const arabic = fromThaiDigits(text);
  return [...arabic].some((c) => KEDMANEE_ONLY.has(c)) ? fromKedmaneeDigits(arabic) : arabic;
}
