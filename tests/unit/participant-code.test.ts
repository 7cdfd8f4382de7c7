import { describe, expect, it } from 'vitest';
import { MAX_CODED_PARTICIPANT_ID, PARTICIPANT_CODE_LENGTH, parseParticipantCode, participantCode } from '@shared/schemas/participant-code';

describe('participant code (name tags, sign-in sheets, the check-in desk)', () => {
  it('is 8 digits: the id padded to 7 and a Luhn check digit', () => {
    expect(participantCode(1234)).toBe('00012344');
    expect(participantCode(1)).toHaveLength(PARTICIPANT_CODE_LENGTH);
    expect(participantCode(MAX_CODED_PARTICIPANT_ID)).toMatch(/^9999999\d$/);
    expect(() => participantCode(0)).toThrow();
    expect(() => participantCode(MAX_CODED_PARTICIPANT_ID + 1)).toThrow();
  });

  it('reads back every code it makes', () => {
    for (const id of [1, 7, 42, 1234, 99_999, 1_234_567, MAX_CODED_PARTICIPANT_ID]) expect(parseParticipantCode(participantCode(id))).toBe(id);
  });

  it('rejects a code with one digit wrong or two neighbours swapped', () => {
    const code = participantCode(1234);
    for (let i = 0; i < code.length; i++) {
      const wrong = code.slice(0, i) + String((Number(code[i]) + 1) % 10) + code.slice(i + 1);
      expect(parseParticipantCode(wrong)).toBeNull();
    }
    expect(parseParticipantCode('00021344')).toBeNull();
  });

  it('accepts what a scanner types with the Thai layout on, Thai digits and spaces', () => {
    // 00012344 typed on the Kedmanee number row: จ จ จ ๅ / - ภ ภ
    expect(parseParticipantCode('จจจๅ/-ภภ')).toBe(1234);
    expect(parseParticipantCode('๐๐๐๑๒๓๔๔')).toBe(1234);
    expect(parseParticipantCode(' 0001 2344 ')).toBe(1234);
  });

  it('is not a name, a national ID or part of one', () => {
    expect(parseParticipantCode('สมชาย')).toBeNull();
    expect(parseParticipantCode('1101700230708')).toBeNull();
    expect(parseParticipantCode('0708')).toBeNull();
    expect(parseParticipantCode('00000000')).toBeNull();
  });
});
