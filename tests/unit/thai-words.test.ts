import { describe, expect, it } from 'vitest';
import { linePieces, thaiWords } from '@shared/thai';

/** The pieces of `text` that no line ends inside, as `a|b|c`. */
const lines = (text: string) => linePieces(text).map((p) => p.text).join('|');

describe('linePieces', () => {
  it('keeps a bound prefix with the word after it and the compounds whole, and every character', () => {
    const kind = 'ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ';
    // Never "ส่งต่อผู้ / ต้องการ": ผู้ and ความ lean on the word after them.
    expect(lines(kind)).toBe('ชี้เป้า|/|ส่งต่อ|ผู้ต้องการ|ความช่วยเหลือ');
    expect(linePieces(kind).filter((p) => !p.whole).map((p) => p.text)).toEqual(['/']);
    expect(lines('ร่วมกิจกรรม/จิตอาสา')).toBe('ร่วม|กิจกรรม|/|จิตอาสา');
    expect(lines('ค่าอาหารกลางวัน')).toBe('ค่าอาหาร|กลาง|วัน');
    expect(lines('จำนวนผู้ได้รับประโยชน์ (คน)')).toBe('จำนวน|ผู้ได้|รับ|ประโยชน์| (|คน|)');
  });

  it('keeps a bound suffix with the word before it', () => {
    expect(lines('คนละ')).toBe('คนละ');
    expect(thaiWords().breakOffsets('ชั่วโมงละ')).toEqual([]);
  });

  it('takes the longest compound, and none across a syllable', () => {
    expect(lines('ผู้อำนวยการ')).toBe('ผู้อำนวยการ');
    // ส่งต่อ before a following vowel is not the word: the vowel belongs to its last syllable.
    expect(lines('ส่งต่อะ')).not.toContain('ส่งต่อ|');
    expect(lines('เเครือข่าย')).not.toContain('|เครือข่าย');
    expect(lines('นายสมชาย ใจดี').replaceAll('|', '')).toBe('นายสมชาย ใจดี');
  });
});
