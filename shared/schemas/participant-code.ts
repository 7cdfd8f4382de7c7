import { fromKedmaneeDigits, fromThaiDigits } from '../thai/digits';

/**
 * The code of one seminar participant, printed under the Code 128 barcode of name tags and
 * sign-in sheets and accepted by the check-in desk (typed, or "typed" by a USB barcode scanner
 * followed by Enter).
 *
 * Format: 8 digits, the participant's id padded to 7 digits and a Luhn check digit
 * (participant 1234 → `00012344`). Digits only, because a scanner sends key presses: with the
 * Thai keyboard layout switched on, letters would arrive as Thai characters. Eight digits never
 * pass for a national ID (13) and the check digit keeps a mistyped code from checking in someone
 * else.
 */
export const PARTICIPANT_CODE_LENGTH = 8;
const ID_DIGITS = PARTICIPANT_CODE_LENGTH - 1;
export const MAX_CODED_PARTICIPANT_ID = 10 ** ID_DIGITS - 1;

/** Luhn check digit of a digit string. */
export function luhn(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Doubling starts from the rightmost digit, the one next to the check digit.
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function participantCode(participantId: number): string {
  if (!Number.isInteger(participantId) || participantId < 1 || participantId > MAX_CODED_PARTICIPANT_ID) {
    throw new RangeError(`participant id out of range for a code: ${participantId}`);
  }
  const body = String(participantId).padStart(ID_DIGITS, '0');
  return body + luhn(body);
}

/**
 * The id in a typed or scanned code of `length` digits (the id padded, then its Luhn digit), or
 * null when the text is not such a code. Thai digits and the Kedmanee number row are read as digits.
 */
export function parseLuhnCode(typed: string, length: number): number | null {
  const text = fromThaiDigits(typed.trim()).replace(/\s/g, '');
  if (text.length !== length) return null;
  // A code is digits only, so every number-row key of the Thai layout is read as its digit.
  const digits = fromKedmaneeDigits(text);
  if (!/^\d+$/.test(digits)) return null;
  const body = digits.slice(0, length - 1);
  if (luhn(body) !== Number(digits[length - 1])) return null;
  const id = Number(body);
  return id > 0 ? id : null;
}

/** The participant id of a typed or scanned code, or null when the text is not a valid code. */
export function parseParticipantCode(typed: string): number | null {
  return parseLuhnCode(typed, PARTICIPANT_CODE_LENGTH);
}
