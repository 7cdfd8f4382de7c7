import { THAI_MONTHS, THAI_MONTHS_SHORT } from './dates';

/** Following vowels, tone marks and signs that belong to the character before them, ฯ and ๆ. */
const NO_BREAK_BEFORE = /[\u0E2F\u0E30-\u0E3A\u0E45-\u0E4E]/;
/** Leading vowels เ แ โ ใ ไ belong to the consonant after them. */
const NO_BREAK_AFTER = /[\u0E40-\u0E44]/;

/** Whether a line may end between `before` and `after` (the characters either side). */
export function mayBreakBetween(before: string, after: string): boolean {
  return !NO_BREAK_AFTER.test(before) && !NO_BREAK_BEFORE.test(after);
}

/**
 * `Intl.Segmenter('th')`'s dictionary (and Chromium's line breaker, which uses the same one) splits
 * compounds that a Thai reader sees as one word (`อาสา|สมัคร`, `เครือ|ข่าย`, `ช่วย|เหลือ`,
 * `บูรณ|า|การ`), and an office's documents and screens are full of them: a line never breaks inside
 * these, on paper or on screen. Only words the segmenter splits need to be listed.
 */
export const THAI_COMPOUNDS: readonly string[] = [
  'อาสาสมัคร', 'เครือข่าย', 'ลงทะเบียน', 'เข้าร่วม', 'ว่าราชการ', 'ส่วนราชการ', 'หน่วยงาน', 'ประกันสังคม',
  'จัดหางาน', 'ตอบแทน', 'เดินทาง', 'เครื่องดื่ม', 'อำนวยการ', 'ผู้อำนวยการ', 'ชำนาญการ', 'เกียรติบัตร', 'ประจำตัว',
  'ประจำปี', 'ลายมือชื่อ', 'ใบสำคัญ', 'ต่อไปนี้', 'ที่อยู่', 'ใหญ่บ้าน', 'ปฏิบัติการ', 'คุ้มครอง',
  'บูรณาการ', 'คนหางาน', 'สมนาคุณ', 'วุฒิบัตร', 'ประชุม', 'สัมมนา', 'ฝึกอบรม', 'วิทยากร',
  // Activity kinds: ชี้เป้า/ส่งต่อผู้ต้องการความช่วยเหลือ, ร่วมกิจกรรม/จิตอาสา.
  'ชี้เป้า', 'ส่งต่อ', 'ช่วยเหลือ', 'จิตอาสา',
];

/** Words that lean on the word after them (`ผู้|เข้าร่วม`, `ค่า|อาหาร`, `ความ|รู้`): a line never ends right after one. */
export const BOUND_PREFIXES: readonly string[] = ['ผู้', 'ค่า', 'ความ', 'นัก', 'ผู้รับ', 'ผู้จ่าย'];
/** Words that lean on the word before them (`ชั่วโมง|ละ`, `คน|ละ`): a line never starts with one. */
export const BOUND_SUFFIXES: readonly string[] = ['ละ'];
const PREFIX_SET = new Set(BOUND_PREFIXES);
const SUFFIX_SET = new Set(BOUND_SUFFIXES);

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
/** Names, agencies and venues repeat on every row of a long sheet: each dictionary segments a run once. */
const CACHE_LIMIT = 20_000;

/** The segmenter's word boundaries inside `text`, where a line may break. */
export function segmentOffsets(text: string): number[] {
  const out: number[] = [];
  for (const { index } of segmenter.segment(text)) if (index > 0 && mayBreakBetween(text[index - 1], text[index])) out.push(index);
  return out;
}

/**
 * Where Thai text may end a line, the same on paper and on screen. A dictionary of words that
 * `Intl.Segmenter` (and Chromium's line breaker, which uses the same dictionary) does not know is
 * laid over it: a word it holds is kept whole, and the text either side of it is segmented on its
 * own, since an unknown word also throws the segmenter off for its neighbours
 * (`ห้อง|ประ|ชุม|สมิ|หลา`). The PDF engine lays the place names and a document's people over
 * thaiWords(); the screens use thaiWords() itself.
 */
export class WordDictionary {
  private readonly root: TrieNode = new Map();
  private readonly cache = new Map<string, number[]>();

  constructor(words: Iterable<string>, private readonly parent: WordDictionary | null = null) {
    for (const word of words) if (word.length > 1) this.add(word);
  }

  private add(word: string): void {
    let node = this.root;
    for (const ch of word) {
      let next = node.get(ch);
      if (!next) node.set(ch, (next = new Map()));
      node = next;
    }
    node.set(END, END_NODE);
  }

  /** This dictionary with `words` laid over it (itself when there are none). */
  with(words: Iterable<string>): WordDictionary {
    const more = new WordDictionary(words, this);
    return more.root.size ? more : this;
  }

  /** Lengths of this dictionary's and its parents' words that start at `at` in `text`, longest first. */
  private matchesAt(text: string, at: number): number[] {
    const lengths = this.parent ? this.parent.matchesAt(text, at) : [];
    let node: TrieNode | undefined = this.root;
    for (let i = at; node && i < text.length; i++) {
      node = node.get(text[i]);
      if (node?.has(END)) lengths.push(i + 1 - at);
    }
    return lengths.sort((a, b) => b - a);
  }

  /**
   * Where `run` (a run of Thai characters) is split into words: the dictionary's words, leftmost
   * and longest first, and the segmenter's words between them. A short word (two or three
   * letters: `นา`, `ปง`) is taken only where the segmenter also sees a word, so it is not found
   * inside a longer word; a longer one wherever a line could end either side of it, so not
   * across a syllable (`เ|ครือข่าย`).
   */
  words(run: string): number[] {
    let offsets = this.cache.get(run);
    if (offsets) return offsets;
    const segmented = segmentOffsets(run);
    const boundaries = new Set([0, ...segmented, run.length]);
    const edge = (i: number) => i === 0 || i === run.length || mayBreakBetween(run[i - 1], run[i]);
    const fits = (at: number, length: number) =>
      length > 3 ? edge(at) && edge(at + length) : boundaries.has(at) && boundaries.has(at + length);
    const found: number[] = [];
    let gap = 0;
    for (let at = 0; at < run.length; ) {
      const length = this.matchesAt(run, at).find((l) => fits(at, l));
      if (length === undefined) {
        at++;
        continue;
      }
      if (at > gap) found.push(...segmentOffsets(run.slice(gap, at)).map((o) => o + gap));
      found.push(at, at + length);
      at += length;
      gap = at;
    }
    if (gap === 0) offsets = segmented;
    else {
      if (gap < run.length) found.push(...segmentOffsets(run.slice(gap)).map((o) => o + gap));
      offsets = [...new Set(found)].filter((o) => o > 0 && o < run.length);
    }
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(run, offsets);
    return offsets;
  }

  /**
   * Offsets inside `run` where a line may break: between its words, except after a word of
   * BOUND_PREFIXES and before one of BOUND_SUFFIXES (`ส่งต่อ|ผู้ต้องการ|ความช่วยเหลือ`).
   */
  breakOffsets(run: string): number[] {
    const words = this.words(run);
    const out: number[] = [];
    for (let i = 0; i < words.length; i++) {
      const at = words[i];
      const before = run.slice(words[i - 1] ?? 0, at);
      const after = run.slice(at, words[i + 1] ?? run.length);
      if (!PREFIX_SET.has(before) && !SUFFIX_SET.has(after) && mayBreakBetween(run[at - 1], run[at])) out.push(at);
    }
    return out;
  }

  /** `run` (a run of Thai characters) cut where a line may break: pieces that no line ends inside. */
  lineWords(run: string): string[] {
    const pieces: string[] = [];
    let last = 0;
    for (const at of this.breakOffsets(run)) {
      pieces.push(run.slice(last, at));
      last = at;
    }
    pieces.push(run.slice(last));
    return pieces;
  }
}

type TrieNode = Map<string, TrieNode>;
const END = '';
const END_NODE: TrieNode = new Map();

let compounds: WordDictionary | null = null;

/** The dictionary of THAI_COMPOUNDS, built on first use. */
export function thaiWords(): WordDictionary {
  compounds ??= new WordDictionary(THAI_COMPOUNDS);
  return compounds;
}

/** A piece of text, and whether it is a word to be kept on one line. */
export interface TextPiece {
  text: string;
  whole: boolean;
}

/**
 * `text` cut into its Thai words as `dictionary.lineWords` finds them (`whole`, to be kept on one
 * line, a line may end between two) and the text between its Thai runs (spaces, digits, `/`),
 * where the line breaker of whatever draws it decides.
 */
export function linePieces(text: string, dictionary = thaiWords()): TextPiece[] {
  const pieces: TextPiece[] = [];
  let gap = 0;
  for (const m of text.matchAll(/[\u0E01-\u0E5B]+/g)) {
    if (m.index > gap) pieces.push({ text: text.slice(gap, m.index), whole: false });
    for (const word of dictionary.lineWords(m[0])) pieces.push({ text: word, whole: true });
    gap = m.index + m[0].length;
  }
  if (gap < text.length) pieces.push({ text: text.slice(gap), whole: false });
  return pieces;
}

const NO_BREAK_SPACE = '\u00A0';
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

/** `text` with the spaces of GLUED_SPACE made no-break spaces: a space stays where one was typed. */
export function glueSpaces(text: string): string {
  return text.replace(GLUED_SPACE, NO_BREAK_SPACE);
}

