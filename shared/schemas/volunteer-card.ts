import { luhn, parseLuhnCode, parseParticipantCode } from './participant-code';

/**
 * A volunteer's card number (เลขที่บัตร), printed under the Code 128 barcode of the ID card:
 * 9 digits, the volunteer's register id padded to 8 and a Luhn check digit (volunteer 1234 →
 * `000012344`). The number is the person's for good: a reprint keeps it and only its issue
 * (ฉบับที่) changes. Digits only and one longer than a participant code (8), so the check-in desk
 * tells the two apart, and never 13 like a national ID.
 */
export const CARD_NUMBER_LENGTH = 9;

export function cardNumber(volunteerId: number): string {
  if (!Number.isInteger(volunteerId) || volunteerId < 1 || volunteerId >= 10 ** (CARD_NUMBER_LENGTH - 1)) {
    throw new RangeError(`volunteer id out of range for a card number: ${volunteerId}`);
  }
  const body = String(volunteerId).padStart(CARD_NUMBER_LENGTH - 1, '0');
  return body + luhn(body);
}

/** The volunteer id of a typed or scanned card number, or null. */
export function parseCardNumber(typed: string): number | null {
  return parseLuhnCode(typed, CARD_NUMBER_LENGTH);
}

/**
 * What the check-in desk does with a typed or scanned code (Enter after it): a name tag's
 * participant code, or a volunteer's ID card, found among the session's participants.
 * `code` is false when the text is no code at all (a name being typed).
 */
export function findScanned<P extends { id: number; volunteerId: number | null }>(typed: string, roster: P[]): { code: boolean; participant: P | undefined } {
  const participantId = parseParticipantCode(typed);
  if (participantId !== null) return { code: true, participant: roster.find((p) => p.id === participantId) };
  const volunteerId = parseCardNumber(typed);
  if (volunteerId !== null) return { code: true, participant: roster.find((p) => p.volunteerId === volunteerId) };
  return { code: false, participant: undefined };
}
