import type { Content } from 'pdfmake/interfaces';
import { WordDictionary, glueSpaces, thaiWords } from '@shared/thai';
import { placeNames } from '../../geo/dataset';
import { mapText } from './content';

/**
 * Thai is written without spaces between words, and pdfmake's line breaker (UAX #14) finds no
 * break inside a Thai run, so it cut words in half at the column edge. Here the word boundaries
 * come from `Intl.Segmenter('th')` and are marked with U+200B, which the line breaker honours;
 * font-fix.ts removes the marks before anything is measured or drawn.
 */
export const BREAK = '\u200B';

let base: WordDictionary | null = null;

/**
 * Offices print words no segmenter knows: place names (`ควน|เนียง`, `กระ|แส|สินธุ์`), people's names,
 * the venue (`สมิ|หลา`). The base dictionary (the compounds and every province, district and
 * subdistrict name of the geography dataset) is built on first use; a document lays its own names
 * over it with withNames.
 */
export function baseDictionary(): WordDictionary {
  base ??= thaiWords().with(placeNames());
  return base;
}

/** `dictionary` with the proper names found in `names` (people, agencies, venue) laid over it. */
export function withNames(dictionary: WordDictionary, names: Iterable<string>): WordDictionary {
  const words = new Set<string>();
  for (const name of names) for (const word of properNames(name)) words.add(word);
  return dictionary.with(words);
}

/**
 * Words of agencies and venues that are not names (`ห้องประชุม`, `องค์การบริหารส่วนตำบล`): what is
 * left of such a text once they are taken out is a name (`สมิหลา`, `ควนเนียง`).
 */
const ORGANISATION_WORDS = [
  'ห้องประชุม', 'ห้อง', 'อาคาร', 'ชั้น', 'โรงแรม', 'รีสอร์ท', 'ศูนย์', 'ศาลากลางจังหวัด', 'ศาลาประชาคม', 'ที่ว่าการอำเภอ', 'หอประชุม',
  'สำนักงาน', 'แรงงาน', 'จัดหางาน', 'ประกันสังคม', 'สวัสดิการและคุ้มครองแรงงาน', 'พัฒนาฝีมือแรงงาน', 'สถาบัน', 'กรม', 'กระทรวง',
  'จังหวัด', 'อำเภอ', 'ตำบล', 'แขวง', 'เขต', 'หมู่ที่', 'หมู่บ้าน', 'บ้าน', 'ถนน', 'ซอย', 'เลขที่',
  'องค์การบริหารส่วนตำบล', 'องค์การบริหารส่วนจังหวัด', 'เทศบาลตำบล', 'เทศบาลเมือง', 'เทศบาลนคร', 'เทศบาล',
  'โรงเรียน', 'วิทยาลัย', 'มหาวิทยาลัย', 'โรงพยาบาล', 'วัด', 'กลุ่ม', 'ชมรม', 'สหกรณ์', 'บริษัท', 'จำกัด', 'ห้างหุ้นส่วน',
  'อาสาสมัคร', 'ผู้ใหญ่บ้าน', 'กำนัน', 'นาย', 'นางสาว', 'นาง', 'ว่าที่ร้อยตรีหญิง', 'ว่าที่ร้อยตรี', 'ว่าที่',
];
const organisationWords = new WordDictionary(ORGANISATION_WORDS);
/** A left-over longer than this is not one name but text the organisation words did not cover. */
const LONGEST_NAME = 24;

/** The proper names in an agency, venue or person's name, as whole words. */
export function properNames(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/[^\u0E01-\u0E4E]+/)) {
    let rest = '';
    const flush = () => {
      if (rest.length > 1 && rest.length <= LONGEST_NAME) out.push(rest);
      rest = '';
    };
    const words = [0, ...organisationWords.words(token), token.length];
    for (let i = 0; i < words.length - 1; i++) {
      const word = token.slice(words[i], words[i + 1]);
      if (ORGANISATION_SET.has(word)) flush();
      else rest += word;
    }
    flush();
  }
  return out;
}
const ORGANISATION_SET = new Set(ORGANISATION_WORDS);

/** Offsets inside `run` (a run of Thai characters) where a line may break. */
export function thaiBreakOffsets(run: string, dictionary = baseDictionary()): number[] {
  return dictionary.breakOffsets(run);
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

const THAI = /[\u0E01-\u0E5B]/;
const RUN_OR_NAME = new RegExp(`${NAME_OPEN}([^${NAME_CLOSE}]*)${NAME_CLOSE}|[\u0E01-\u0E5B]+`, 'g');

/**
 * Marks every Thai word boundary in `text` where a line may break, except inside names marked by
 * personName. Segmenting run by run keeps it fast.
 */
export function markThaiBreaks(text: string, dictionary = baseDictionary()): string {
  return glueSpaces(text).replace(RUN_OR_NAME, (run: string, name: string | undefined, at: number) => {
    if (name === undefined) return dictionary.lineWords(run).join(BREAK);
    // A name written straight after or before Thai text (`โดยมีนายสมชาย`) may still start or end a line.
    const before = THAI.test(text[at - 1] ?? '') ? BREAK : '';
    const after = THAI.test(text[at + run.length] ?? '') ? BREAK : '';
    return before + name + after;
  });
}

/** Applies markThaiBreaks to every piece of text in a pdfmake content tree (returns a copy). */
export function markContent<T extends Content | null | undefined>(node: T, dictionary = baseDictionary()): T {
  return mapText(node, (text) => markThaiBreaks(text, dictionary));
}
