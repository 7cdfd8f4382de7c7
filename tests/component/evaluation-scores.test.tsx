import { describe, expect, it } from 'vitest';
import { typedDigits } from '@shared/thai';
import { parseScores } from '../../renderer/src/features/seminars/EvaluationPage';

/** The evaluation entry reads digits as the other inputs do: Thai digits and the Thai layout's number row. */
describe('evaluation scores typed in', () => {
  const keys = (s: string) => Object.values(parseScores(s).answers);

  it('reads Arabic digits, Thai digits and the Kedmanee number row alike', () => {
    const expected = [5, 4, 4, 3, 5, 5, 2, 1, 3, 4];
    expect(keys('5443552134')).toEqual(expected);
    expect(keys('๕๔๔๓๕๕๒๑๓๔')).toEqual(expected);
    // 5 4 4 3 5 5 2 1 3 4 typed with the Thai layout on: ถ ภ ภ - ถ ถ / ๅ - ภ
    expect(keys('ถภภ-ถถ/ๅ-ภ')).toEqual(expected);
    expect(parseScores('ถภภ-ถถ/ๅ-ภ').error).toBeNull();
  });

  it('keeps - as a question left blank unless the Thai layout was on', () => {
    expect(keys('54-3552134')).toEqual([5, 4, null, 3, 5, 5, 2, 1, 3, 4]);
    // Thai layout: 0 (จ) is the blank, - is the 3 key.
    expect(keys('ถภจ-ถถ/ๅ-ภ')).toEqual([5, 4, null, 3, 5, 5, 2, 1, 3, 4]);
    expect(parseScores('5x43552134').error).toContain('พิมพ์ได้เฉพาะเลข 1–5');
  });

  it('form and group numbers typed on the Thai layout or in Thai digits', () => {
    expect(typedDigits('ๅจ')).toBe('10');
    expect(typedDigits('๑๒')).toBe('12');
    expect(typedDigits('12')).toBe('12');
  });
});
