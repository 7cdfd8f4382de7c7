import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { api } from '@shared/api';
import { canonicalPhone, cleanString, phone, text } from '@shared/schemas/common';
import { volunteerInput, emptyVolunteer } from '@shared/schemas/volunteer';
import { validId } from '../helpers/spreadsheet-fixtures';

/**
 * Every message a validation can show is Thai: each method's input schema is fed, field by field,
 * values that break it in every way a caller could (wrong types, far too long, negative, empty),
 * and each message that comes back is checked for JavaScript type words and English sentences.
 */

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; options?: z.ZodType[]; valueType?: z.ZodType };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

const BREAKERS: unknown[] = [undefined, null, 'ก'.repeat(3000), '', -5, 1.5, 1e13, true, [], {}, ['x'], 'x'.repeat(70_000)];

/** Values that break the schema at each leaf: the whole value, then each field of an object in turn. */
function* badInputs(schema: z.ZodType, depth = 0): Generator<unknown> {
  for (const b of BREAKERS) yield b;
  if (depth > 3) return;
  const def = defOf(schema);
  const inner = def.innerType ?? def.in;
  if (inner) {
    yield* badInputs(inner, depth);
    return;
  }
  if (def.type === 'object' && def.shape) {
    for (const [key, field] of Object.entries(def.shape)) for (const bad of badInputs(field, depth + 1)) yield { [key]: bad };
  }
  if (def.type === 'array' && def.element) for (const bad of badInputs(def.element, depth + 1)) yield [bad];
  if (def.type === 'union' && def.options) for (const o of def.options) yield* badInputs(o, depth + 1);
}

/** English a clerk could meet: JS type names and zod's sentence words. Product words (PNG, MB, LINE, ID) are fine. */
const ENGLISH = /\b(string|number|boolean|array|object|undefined|null|NaN|bigint|symbol|instanceof|expected|received|invalid|required|too (big|small)|characters?|must|should)\b/i;
const THAI = /[\u0e01-\u0e5b]/;

function messages(schema: z.ZodType, input: unknown): string[] {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe('validation messages are Thai', () => {
  it('over every method input of the contract', () => {
    let checked = 0;
    const leaks = new Set<string>();
    for (const [name, spec] of Object.entries(api)) {
      for (const input of badInputs(spec.input as z.ZodType)) {
        for (const m of messages(spec.input as z.ZodType, input)) {
          checked++;
          if (ENGLISH.test(m) || !THAI.test(m)) leaks.add(`${name}: ${m}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect([...leaks]).toEqual([]);
  });

  it('words the common cases as a clerk reads them', () => {
    expect(messages(volunteerInput, { ...emptyVolunteer, lineId: 'x'.repeat(101) })).toContain('ยาวเกิน 100 ตัวอักษร');
    expect(messages(api['volunteer-list'].input, { q: 'x'.repeat(101) })).toEqual(['ยาวเกิน 100 ตัวอักษร']);
    expect(messages(volunteerInput, { ...emptyVolunteer, firstNameEn: 5 })).toContain('ต้องเป็นข้อความ');
    expect(messages(volunteerInput, { ...emptyVolunteer, address: undefined })).toContain('กรุณากรอกข้อมูลนี้');
  });
});

describe('the shared text schema', () => {
  it('strips control characters and bidi overrides, keeping Thai marks and inner line breaks', () => {
    expect(text().parse('\u0000สม\u202eชาย\u0007 ')).toBe('สมชาย');
    expect(cleanString().parse('\u2066น้ำ\u2069\u200b')).toBe('น้ำ\u200b');
    expect(text().parse('บรรทัด 1\nบรรทัด 2')).toBe('บรรทัด 1\nบรรทัด 2');
    const v = volunteerInput.parse({ ...emptyVolunteer, title: 'นาย', firstName: 'สม\u0000ชาย', lastName: '\u202eใจดี', nationalId: validId(1), notes: 'ก\u001bข' });
    expect([v.firstName, v.lastName, v.notes]).toEqual(['สมชาย', 'ใจดี', 'กข']);
  });

  it('stores phones in one form whatever the spelling', () => {
    for (const typed of ['+66 81 234 5678', '+66-81-234-5678', '66 812345678', '+66 (0)81 234 5678', '๐๘๑-๒๓๔-๕๖๗๘', '081.234.5678', '081 234 5678']) {
      expect(canonicalPhone.parse(typed), typed).toBe('0812345678');
      expect(phone.parse(typed), typed).toBe(typed);
    }
    expect(canonicalPhone.parse('+66 2 123 4567')).toBe('021234567');
    expect(canonicalPhone.safeParse('081-234-5678 ต่อ 12').success).toBe(false);
  });
});
