import type { Address } from '@shared/schemas/volunteer';

/**
 * Splits an address written in one cell, as Thai lists do:
 * `12/3 ม.4 ซ.สุขใจ ถ.ราษฎร์อุทิศ ต.บ่อยาง อ.เมืองสงขลา จ.สงขลา 90000`. Each part is found by
 * its marker (ม. หมู่ที่ ต. ตำบล แขวง อ. อำเภอ เขต จ. จังหวัด …); the house number is what comes
 * first. Parts without a marker are left out, and the caller warns about what is missing.
 */

type Part = Exclude<keyof Address, 'postcode'>;

// Longest markers first, so `หมู่บ้าน` is not read as `หมู่` + `บ้าน…`.
const MARKERS: [Part, string[]][] = [
  ['village', ['หมู่บ้าน', 'มบ.', 'อาคาร']],
  ['moo', ['หมู่ที่', 'หมู่', 'ม.']],
  ['soi', ['ซอย', 'ซ.']],
  ['road', ['ถนน', 'ถ.']],
  ['subdistrict', ['ตำบล', 'แขวง', 'ต.']],
  ['district', ['อำเภอ', 'เขต', 'อ.']],
  ['province', ['จังหวัด', 'จ.']],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A marker starts the text or follows a space, so `เขต` inside a name is not one.
const MARKER = new RegExp(`(?:^|\\s)(${MARKERS.flatMap(([, ms]) => ms).sort((a, b) => b.length - a.length).map(escape).join('|')})\\s*`, 'g');
const PART_OF = new Map(MARKERS.flatMap(([part, ms]) => ms.map((m): [string, Part] => [m, part])));
const BANGKOK = /^(กรุงเทพฯ?|กรุงเทพมหานคร|กทม\.?)$/;

export function splitAddress(text: string): Partial<Address> {
  const out: Partial<Address> = {};
  let s = text.replace(/\s+/g, ' ').trim();
  const postcode = /(?:^|\s)(\d{5})$/.exec(s);
  if (postcode) {
    out.postcode = postcode[1];
    s = s.slice(0, postcode.index).trim();
  }
  // Bangkok is written without จ.: `… เขตบางรัก กรุงเทพฯ`.
  const tail = /\s(\S+)$/.exec(s);
  if (tail && BANGKOK.test(tail[1])) {
    out.province = 'กรุงเทพมหานคร';
    s = s.slice(0, tail.index).trim();
  }
  const marks = [...s.matchAll(MARKER)];
  const head = (marks.length ? s.slice(0, marks[0].index) : s).replace(/^(บ้านเลขที่|เลขที่)\s*/, '').trim();
  if (head) out.houseNo = head;
  marks.forEach((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].index : s.length;
    const value = s.slice(m.index + m[0].length, end).trim();
    const part = PART_OF.get(m[1])!;
    if (value && out[part] === undefined) out[part] = part === 'province' && BANGKOK.test(value) ? 'กรุงเทพมหานคร' : value;
  });
  return out;
}
