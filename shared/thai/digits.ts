const THAI_ZERO = 0x0e50;

/** Arabic digits → Thai digits (๐–๙); everything else is kept. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

/** Thai digits → Arabic digits, so typed or imported Thai numbers parse. */
export function fromThaiDigits(text: string): string {
  return text.replace(/[\u0e50-\u0e59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** Applies Thai digits only when a document asks for them. */
export function digits(text: string, thai: boolean): string {
  return thai ? toThaiDigits(text) : text;
}
