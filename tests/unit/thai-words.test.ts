import { describe, expect, it } from 'vitest';
import { compoundPieces } from '@shared/thai';

const whole = (text: string) => compoundPieces(text).filter((p) => p.whole).map((p) => p.text);

describe('compoundPieces', () => {
  it('finds the compounds of a kind name and a title, and keeps every character', () => {
    const kind = 'ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ';
    expect(whole(kind)).toEqual(['ชี้เป้า', 'ส่งต่อ', 'ช่วยเหลือ']);
    expect(compoundPieces(kind).map((p) => p.text).join('')).toBe(kind);
    expect(whole('ร่วมกิจกรรม/จิตอาสา')).toEqual(['จิตอาสา']);
    expect(whole('โครงการสัมมนาเสริมสร้างศักยภาพเครือข่ายอาสาสมัครแรงงาน')).toEqual(['สัมมนา', 'เครือข่าย', 'อาสาสมัคร']);
  });

  it('takes the longest compound, and none across a syllable', () => {
    expect(whole('ผู้อำนวยการ')).toEqual(['ผู้อำนวยการ']);
    // ส่งต่อ before a following vowel is not the word: the vowel belongs to its last syllable.
    expect(whole('ส่งต่อะ')).toEqual([]);
    expect(whole('เเครือข่าย')).toEqual([]);
    expect(compoundPieces('นายสมชาย ใจดี')).toEqual([{ text: 'นายสมชาย ใจดี', whole: false }]);
  });
});
