import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Inputs derived from a method's zod schema by walking its definition: values close to valid with
 * one or more parts wrong (wrong types, out of range, unknown enum members, hostile text), plus
 * whole-input junk. Anything the walker does not know gets arbitrary values, so a new schema
 * shape is still fuzzed.
 */

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
}

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Text that has broken programs before: SQL, paths, NULs, control and combining characters, size. */
const hostileText = fc.oneof(
  fc.constantFrom(
    "'; DROP TABLE volunteers; --",
    '../../../../etc/passwd',
    '..\\..\\Windows\\win.ini',
    'a\u0000b',
    '\u202e\u0e01\u0e34\u0e34\u0e34\u0e34',
    '=cmd|\' /C calc\'!A0',
    '<script>alert(1)</script>',
    '%s%n%x',
    '\ud800',
    '__proto__',
    ' ',
    '',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.nat({ max: 3 }).map((k) => 'ก'.repeat([1_001, 10_000, 100_000, 1_000_000][k])),
);

const hostileNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 0, 0.5, 2 ** 53 + 1, -(2 ** 31), 1e308, Number.MIN_VALUE),
  fc.double(),
  fc.integer(),
);

/** A value of the wrong kind for almost any field. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  hostileNumber,
  hostileText,
  fc.constant([]),
  fc.constant({}),
  fc.uint8Array({ maxLength: 64 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
);

/** Roughly valid values for a schema, to carry a fault elsewhere in the same input. */
function plausible(s: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(s);
  if (depth > 6) return junk;
  switch (def.type) {
    case 'string':
      return fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('1101700203451', '2025-03-14', '08:30', 'สงขลา'));
    case 'number':
      return fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -10, max: 100_000 }));
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.oneof(fc.constant(undefined), plausible(def.innerType!, depth + 1));
    case 'nullable':
      return fc.oneof(fc.constant(null), plausible(def.innerType!, depth + 1));
    case 'pipe':
      return plausible(def.in!, depth + 1);
    case 'union':
      return fc.oneof(...def.options!.map((o) => plausible(o, depth + 1)));
    case 'array':
      return fc.array(plausible(def.element!, depth + 1), { maxLength: 3 });
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 5 }), plausible(def.valueType!, depth + 1), { maxKeys: 3 });
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(def.shape!).map(([k, v]) => [k, plausible(v, depth + 1)])), { requiredKeys: [] });
    case 'custom':
      return fc.uint8Array({ maxLength: 256 });
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

/** A value that this schema (or a part of it) should refuse. */
function wrong(s: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(s);
  if (depth > 6) return junk;
  switch (def.type) {
    case 'object': {
      const keys = Object.keys(def.shape!);
      if (keys.length === 0) return fc.oneof(junk, fc.dictionary(hostileText, junk, { minKeys: 1, maxKeys: 3 }));
      // One field wrong, the others plausible, sometimes with extra keys.
      const oneWrong = fc.constantFrom(...keys).chain((bad) =>
        fc.record(Object.fromEntries(keys.map((k) => [k, k === bad ? wrong(def.shape![k], depth + 1) : plausible(def.shape![k], depth + 1)]))),
      );
      const extra = oneWrong.chain((o) => fc.dictionary(hostileText, junk, { maxKeys: 2 }).map((x) => ({ ...x, ...(o as object) })));
      return fc.oneof({ weight: 4, arbitrary: oneWrong }, { weight: 1, arbitrary: extra }, { weight: 1, arbitrary: junk });
    }
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
      return wrong(def.innerType!, depth + 1);
    case 'pipe':
      return wrong(def.in!, depth + 1);
    case 'union':
      return fc.oneof(junk, ...def.options!.map((o) => wrong(o, depth + 1)));
    case 'array':
      return fc.oneof(junk, fc.array(wrong(def.element!, depth + 1), { minLength: 1, maxLength: 3 }));
    case 'record':
      return fc.oneof(junk, fc.dictionary(hostileText, wrong(def.valueType!, depth + 1), { minKeys: 1, maxKeys: 2 }));
    case 'enum':
    case 'literal':
      return fc.oneof(junk, hostileText);
    case 'string':
      return fc.oneof(junk, hostileText);
    default:
      return junk;
  }
}

/** Inputs for one method: mostly schema-shaped faults, some whole-input junk. */
export function hostileInputs(schema: z.ZodType): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 5, arbitrary: wrong(schema, 0) }, { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) });
}
