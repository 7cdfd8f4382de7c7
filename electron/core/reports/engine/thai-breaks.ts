import type { Content } from 'pdfmake/interfaces';
import { THAI_MONTHS, THAI_MONTHS_SHORT } from '@shared/thai';

/**
 * Thai is written without spaces between words, and pdfmake's line breaker (UAX #14) finds no
 * break inside a Thai run, so it cut words in half at the column edge. Here the word boundaries
 * come from `Intl.Segmenter('th')` and are marked with U+200B, which the line breaker honours;
 * font-fix.ts removes the marks before anything is measured or drawn.
 */
export const BREAK = '\u200B';

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

/**
 * The segmenter's dictionary splits compounds that a Thai reader sees as one word (`อาสา|สมัคร`,
 * `เครือ|ข่าย`, `ลง|ทะเบียน`), and an office's documents are full of them: a line never breaks
 * inside these. Only words the segmenter splits need to be listed.
 */
const COMPOUNDS = [
  'อาสาสมัคร', 'เครือข่าย', 'ลงทะเบียน', 'เข้าร่วม', 'ว่าราชการ', 'ส่วนราชการ', 'หน่วยงาน', 'ประกันสังคม',
  'จัดหางาน', 'ตอบแทน', 'เดินทาง', 'เครื่องดื่ม', 'อำนวยการ', 'ชำนาญการ', 'เกียรติบัตร', 'ประจำตัว',
  'ประจำปี', 'ลายมือชื่อ', 'ใบสำคัญ', 'ต่อไปนี้', 'ที่อยู่', 'ใหญ่บ้าน', 'ปฏิบัติการ', 'คุ้มครอง',
];
/** Words that lean on the word after them (`ผู้|เข้าร่วม`, `ค่า|อาหาร`, `ความ|รู้`): no break right after. */
const PREFIXES = new Set(['ผู้', 'ค่า', 'ความ', 'นัก', 'ผู้รับ', 'ผู้จ่าย']);

/** Offsets inside `run` (a run of Thai characters) where a line may break. */
export function thaiBreakOffsets(run: string): number[] {
  const inside = new Set<number>();
  for (const word of COMPOUNDS) {
    for (let at = run.indexOf(word); at !== -1; at = run.indexOf(word, at + 1)) {
      for (let i = at + 1; i < at + word.length; i++) inside.add(i);
    }
  }
  const offsets: number[] = [];
  let previous = '';
  for (const { index, segment } of segmenter.segment(run)) {
    if (index > 0 && !inside.has(index) && !PREFIXES.has(previous) && mayBreakBetween(run[index - 1], run[index])) offsets.push(index);
    previous = segment;
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

/**
 * A person's name is set as one piece, as a clerk would: a line may break only between the first
 * name and the surname. It comes to markThaiBreaks between these private-use marks, which say
 * "no word breaks inside" and are removed there, so they never reach pdfmake.
 */
const NAME_OPEN = '\uE000';
const NAME_CLOSE = '\uE001';
const NO_BREAK_SPACE = '\u00A0';
/**
 * Titles and ranks sometimes typed apart from the name (`ว่าที่ ร.ต. สมชาย`): a space after one
 * is not the place to break. Abbreviated ranks end with a dot.
 */
const TITLE_WORD = /^(?:นาย|นาง|นางสาว|ว่าที่|ว่าที่ร้อยตรี|ว่าที่ร้อยตรีหญิง|ร้อยตรี|ร้อยตรีหญิง|.+\.)$/;

/** Marks `text` to be set without any line break inside it (an amount in words, say). */
export function keepTogether(text: string): string {
  return `${NAME_OPEN}${text}${NAME_CLOSE}`;
}

/**
 * Marks `name` (`นางสาวสุดา รักงาน`, `ว่าที่ ร.ต. สมชาย ทองดี ณ อยุธยา`) to be kept together:
 * the title stays with the first name and no line breaks inside a first name or a surname.
 * The one place left to break is the space after the first name; other spaces become no-break spaces.
 */
export function personName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && TITLE_WORD.test(words[first])) first++;
  const given = words.slice(0, first + 1).join(NO_BREAK_SPACE);
  const surname = words.slice(first + 1).join(NO_BREAK_SPACE);
  return keepTogether(surname ? `${given} ${surname}` : given);
}

const DIGIT = '[0-9\u0E50-\u0E59]';
const MONTH = [...THAI_MONTHS, ...THAI_MONTHS_SHORT].map((m) => m.replaceAll('.', '\\.')).join('|');
/**
 * Spaces that a clerk would never let a line break at: inside a date (`13 มีนาคม 2563`), after
 * `พ.ศ.`, and between a number and its unit (`09.00 น.`, `100 คน`, `200 บาท`).
 */
const GLUED_SPACE = new RegExp(
  `(?<=${DIGIT}) (?=${MONTH}|น\\.|คน|บาท|ราย|ชั่วโมง|วัน)|(?<=${MONTH}) (?=${DIGIT})|(?<=พ\\.ศ\\.|ค\\.ศ\\.) (?=${DIGIT})`,
  'g',
);

const THAI = /[\u0E01-\u0E5B]/;
const RUN_OR_NAME = new RegExp(`${NAME_OPEN}([^${NAME_CLOSE}]*)${NAME_CLOSE}|[\u0E01-\u0E5B]+`, 'g');

/**
 * Marks every Thai word boundary in `text` where a line may break, except inside names marked by
 * personName. Segmenting run by run keeps it fast.
 */
export function markThaiBreaks(text: string): string {
  return text.replace(GLUED_SPACE, NO_BREAK_SPACE).replace(RUN_OR_NAME, (run: string, name: string | undefined, at: number) => {
    if (name === undefined) return markRun(run);
    // A name written straight after or before Thai text (`โดยมีนายสมชาย`) may still start or end a line.
    const before = THAI.test(text[at - 1] ?? '') ? BREAK : '';
    const after = THAI.test(text[at + run.length] ?? '') ? BREAK : '';
    return before + name + after;
  });
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
