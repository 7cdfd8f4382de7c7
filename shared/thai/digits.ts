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
