import type { Content } from 'pdfmake/interfaces';

/**
 * Thai is written without spaces between words, and pdfmake's line breaker (UAX #14) finds no
 * break inside a Thai run, so it cut words in half at the column edge. Here the word boundaries
 * come from `Intl.Segmenter('th')` and are marked with U+200B, which the line breaker honours;
 * font-fix.ts removes the marks before anything is measured or drawn.
 */
export const BREAK = '\u200B';

const THAI_RUN = /[\u0E01-\u0E5B]+/g;
/** Following vowels, tone marks and signs that belong to the character before them, ฯ and ๆ. */
const NO_BREAK_BEFORE = /[\u0E2F\u0E30-\u0E3A\u0E45-\u0E4E]/;
/** Leading vowels เ แ โ ใ ไ belong to the consonant after them. */
const NO_BREAK_AFTER = /[\u0E40-\u0E44]/;

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
/** Names, agencies and venues repeat on every row of a long sheet: segment each once. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** Whether a line may end between `before` and `after` (the characters either side). */
export function mayBreakBetween(before: string, after: string): boolean {
  return !NO_BREAK_AFTER.test(before) && !NO_BREAK_BEFORE.test(after);
}

/** Offsets inside `run` (a run of Thai characters) where a line may break. */
export function thaiBreakOffsets(run: string): number[] {
  const offsets: number[] = [];
  for (const { index } of segmenter.segment(run)) {
    if (index > 0 && mayBreakBetween(run[index - 1], run[index])) offsets.push(index);
  }
  return offsets;
}

function markRun(run: string): string {
  let marked = cache.get(run);
  if (marked !== undefined) return marked;
  const offsets = thaiBreakOffsets(run);
  marked = '';
  let last = 0;
  for (const at of offsets) {
    marked += run.slice(last, at) + BREAK;
    last = at;
  }
  marked += run.slice(last);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(run, marked);
  return marked;
}

/** Marks every Thai word boundary in `text` where a line may break. Segmenting run by run keeps it fast. */
export function markThaiBreaks(text: string): string {
  return text.replace(THAI_RUN, markRun);
}

type Node = Content | Content[] | string | number | boolean | null | undefined | Record<string, unknown>;

/** Content keys whose values are content themselves. */
const NESTED = ['stack', 'columns', 'ul', 'ol'] as const;

/** Applies markThaiBreaks to every piece of text in a pdfmake content tree (returns a copy). */
export function markContent<T extends Node>(node: T): T {
  if (typeof node === 'string') return markThaiBreaks(node) as T;
  if (Array.isArray(node)) return node.map((n) => markContent(n as Node)) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = { ...(node as Record<string, unknown>) };
  if ('text' in out) out.text = markContent(out.text as Node);
  for (const key of NESTED) if (key in out) out[key] = markContent(out[key] as Node);
  const table = out.table as { body?: Node[][] } | undefined;
  if (table?.body) out.table = { ...table, body: table.body.map((row) => row.map((cell) => markContent(cell))) };
  return out as T;
}
