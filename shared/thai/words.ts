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

const LONGEST_FIRST = [...THAI_COMPOUNDS].sort((a, b) => b.length - a.length);

/** A piece of text, and whether it is a compound of THAI_COMPOUNDS to be kept on one line. */
export interface TextPiece {
  text: string;
  whole: boolean;
}

/**
 * `text` cut into the compounds of THAI_COMPOUNDS (leftmost and longest first) and the text between
 * them. A compound counts only where a line could end either side of it, so one is not found
 * across a syllable (`เ|ครือข่าย`).
 */
export function compoundPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const edge = (i: number) => i === 0 || i === text.length || mayBreakBetween(text[i - 1], text[i]);
  let gap = 0;
  for (let at = 0; at < text.length; ) {
    const word = edge(at) ? LONGEST_FIRST.find((w) => text.startsWith(w, at) && edge(at + w.length)) : undefined;
    if (!word) {
      at++;
      continue;
    }
    if (at > gap) pieces.push({ text: text.slice(gap, at), whole: false });
    pieces.push({ text: word, whole: true });
    at += word.length;
    gap = at;
  }
  if (gap < text.length) pieces.push({ text: text.slice(gap), whole: false });
  return pieces;
}
