import type { Address } from '@shared/schemas/volunteer';
import { fromThaiDigits } from '@shared/thai/digits';
import { placesNamed } from '../../geo/dataset';

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

type Place = 'subdistrict' | 'district' | 'province';
/** Smaller to larger: a name written without a marker comes in this order, after the rest. */
const PLACES: Place[] = ['subdistrict', 'district', 'province'];

type Found = Partial<Record<Place, string>>;

/** The places (from the geography) that agree with what is already known of the address. */
function fits(name: string, kind: Place, known: Found) {
  return placesNamed(name, kind).filter((p) => PLACES.every((k) => !known[k] || p[k] === known[k]));
}

/**
 * Reads place names written without markers at the end of a part, largest last
 * (`4 บ่อยาง เมืองสงขลา สงขลา`): from the last word back, each word that is a province, district or
 * subdistrict consistent with the others (`เมือง` alone is the province's capital district) is
 * taken, up to the part's own kind. Returns the words left.
 */
function takePlaces(words: string[], own: Part | 'head', found: Found): string[] {
  const open = PLACES.filter((k) => found[k] === undefined && PLACES.indexOf(k) > PLACES.indexOf(own as Place));
  let end = words.length;
  for (let k = open.length - 1; k >= 0 && end > 0; k--) {
    const kind = open[k];
    let word = words[end - 1];
    if (kind === 'province' && BANGKOK.test(word)) word = 'กรุงเทพมหานคร';
    if (kind === 'district' && word === 'เมือง' && found.province) word = `เมือง${found.province}`;
    if (fits(word, kind, found).length === 0) continue;
    found[kind] = word;
    end--;
  }
  return words.slice(0, end);
}

/** A province or district the other parts name without doubt: a subdistrict and district found in one province only. */
function completeFromGeography(found: Found): void {
  if (!found.subdistrict && !found.district) return;
  const kind: Place = found.subdistrict ? 'subdistrict' : 'district';
  const matches = fits(found[kind]!, kind, found);
  for (const k of PLACES) {
    if (found[k]) continue;
    const names = new Set(matches.map((p) => p[k]));
    if (names.size === 1) found[k] = [...names][0];
  }
}

/**
 * Splits an address written in one cell. Marked parts are read by their markers; names written
 * without them (`12/3 หมู่ 4 บ่อยาง เมืองสงขลา สงขลา 90000`) are recognised from the geography, and
 * a province or district left out is filled when the other parts leave no doubt. Parts that cannot
 * be told are left out, and the caller warns about what is missing.
 */
export function splitAddress(text: string): Partial<Address> {
  const out: Partial<Address> = {};
  let s = text.replace(/\s+/g, ' ').trim();
  const postcode = /(?:^|\s)(\d{5})$/.exec(s);
  if (postcode) {
    out.postcode = postcode[1];
    s = s.slice(0, postcode.index).trim();
  }
  const marks = [...s.matchAll(MARKER)];
  const segments: { part: Part | 'head'; words: string[] }[] = [];
  const head = (marks.length ? s.slice(0, marks[0].index) : s).replace(/^(บ้านเลขที่|เลขที่)\s*/, '').trim();
  segments.push({ part: 'head', words: head ? head.split(' ') : [] });
  marks.forEach((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].index : s.length;
    const value = s.slice(m.index + m[0].length, end).trim();
    segments.push({ part: PART_OF.get(m[1])!, words: value ? value.split(' ') : [] });
  });
  // Places named by a marker come first; then unmarked names at the end of each part, last part first.
  const found: Found = {};
  for (const seg of segments) {
    if ((seg.part === 'subdistrict' || seg.part === 'district' || seg.part === 'province') && seg.words.length && found[seg.part] === undefined) {
      const value = seg.words.join(' ');
      found[seg.part] = seg.part === 'province' && BANGKOK.test(value) ? 'กรุงเทพมหานคร' : value;
    }
  }
  // `อ.เมือง` alone is the province's capital district.
  if (found.district === 'เมือง' && found.province) found.district = `เมือง${found.province}`;
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i];
    const own = seg.part;
    const marked = own === 'subdistrict' || own === 'district' || own === 'province';
    // A marked place keeps its first word; what follows it may be the larger places, unmarked.
    if (marked && seg.words.length > 1) {
      const saved = found[own];
      found[own] = seg.words[0];
      const rest = takePlaces(seg.words.slice(1), own, found);
      found[own] = [seg.words[0], ...rest].join(' ');
      if (rest.length === seg.words.length - 1) found[own] = saved;
    } else if (!marked) {
      seg.words = takePlaces(seg.words, 'head', found);
    }
  }
  completeFromGeography(found);
  for (const seg of segments) {
    if (seg.part === 'subdistrict' || seg.part === 'district' || seg.part === 'province' || !seg.words.length) continue;
    if (seg.part === 'head') {
      // `12/3 4 บ้านนา`: the house number, then a bare moo number.
      out.houseNo = seg.words[0];
      if (seg.words.length > 1) out.village ??= seg.words.slice(1).join(' ');
    } else if (seg.part === 'moo' && /^\d+$/.test(fromThaiDigits(seg.words[0])) && seg.words.length > 1) {
      // `หมู่ 4 บ้านนา`: the moo is its number; the words after it name the village.
      out.moo ??= seg.words[0];
      out.village ??= seg.words.slice(1).join(' ');
    } else if (out[seg.part] === undefined) {
      out[seg.part] = seg.words.join(' ');
    }
  }
  for (const k of PLACES) if (found[k]) out[k] = found[k];
  return out;
}
