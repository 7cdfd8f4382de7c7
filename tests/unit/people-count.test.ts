import { describe, expect, it } from 'vitest';
import { activityInput, peopleCount } from '@shared/schemas/activity';

const message = (people: unknown) => {
  const r = activityInput.safeParse({ volunteerId: 1, kindId: 1, date: '2026-02-10', people, place: '', notes: '', agency: '', outcome: null });
  return r.success ? null : r.error.issues.find((i) => i.path[0] === 'people')?.message;
};

describe('a count of people reached', () => {
  it('says a count typed with a minus is negative, not that it is no number', () => {
    // The detailed form hands the schema what was typed when it reads as no amount: '-4' is text.
    expect(message('-4')).toBe('จำนวนต้องไม่ติดลบ');
    expect(message('- ๔')).toBe('จำนวนต้องไม่ติดลบ');
    expect(message(-4)).toBe('จำนวนต้องไม่ติดลบ');
    expect(message('สี่คน')).toBe('กรุณากรอกจำนวนเป็นตัวเลข');
    expect(message(2.5)).toBe('จำนวนต้องเป็นจำนวนเต็ม');
    expect(peopleCount.safeParse(12).success).toBe(true);
  });
});
