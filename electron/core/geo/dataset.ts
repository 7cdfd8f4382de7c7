import type { GeoPlace } from '@shared/schemas/geo';
import raw from '../../../resources/geo/th-geo.json';

interface GeoFile {
  source: string;
  provinces: string[];
  districts: [number, string][];
  subdistricts: [number, string, string][];
}

interface IndexedPlace extends GeoPlace {
  /** Subdistrict, district and province joined, for substring matching. */
  haystack: string;
}

const file = raw as unknown as GeoFile;

/** Every subdistrict with its district, province and postcode, in the file's (Thai collation) order. */
const places: IndexedPlace[] = file.subdistricts.map(([di, subdistrict, postcode]) => {
  const [pi, district] = file.districts[di];
  const province = file.provinces[pi];
  return { subdistrict, district, province, postcode, haystack: `${subdistrict}\u0000${district}\u0000${province}` };
});

export const geoSource = file.source;

export function geoCounts() {
  return {
    provinces: file.provinces.length,
    districts: file.districts.length,
    subdistricts: new Set(places.map((p) => `${p.province}|${p.district}|${p.subdistrict}`)).size,
    rows: places.length,
  };
}

export function provinceNames(): string[] {
  return file.provinces.slice();
}

export function districtNames(province: string): string[] {
  const pi = file.provinces.indexOf(province);
  return file.districts.filter(([p]) => p === pi).map(([, name]) => name);
}

export function subdistrictNames(province: string, district: string): string[] {
  return [...new Set(places.filter((p) => p.province === province && p.district === district).map((p) => p.subdistrict))];
}

/** Every province, district and subdistrict name, each once. */
export function placeNames(): string[] {
  return [...new Set([...file.provinces, ...file.districts.map(([, name]) => name), ...file.subdistricts.map(([, name]) => name)])];
}

let known: Map<string, Map<string, Set<string>>> | null = null;

/**
 * Province → district → subdistricts, built on first use: an import checks two places a row.
 * Nested rather than keyed by joined names, so a lookup hashes the names (strings a spreadsheet
 * shares between rows keep their hash) instead of building a new key string.
 */
function knownPlaces(): Map<string, Map<string, Set<string>>> {
  if (!known) {
    known = new Map();
    for (const p of places) {
      let districts = known.get(p.province);
      if (!districts) known.set(p.province, (districts = new Map()));
      let subdistricts = districts.get(p.district);
      if (!subdistricts) districts.set(p.district, (subdistricts = new Set()));
      subdistricts.add(p.subdistrict);
    }
  }
  return known;
}

/**
 * Which provinces, districts and subdistricts a name can be, for reading an address written
 * without markers (`12/3 หมู่ 4 บ่อยาง เมืองสงขลา สงขลา`): every place whose name it is.
 */
export function placesNamed(name: string, kind: 'subdistrict' | 'district' | 'province'): Omit<GeoPlace, 'postcode'>[] {
  if (!byName) {
    byName = { subdistrict: new Map(), district: new Map(), province: new Map() };
    const seen = new Set<string>();
    for (const p of places) {
      const key = `${p.province}|${p.district}|${p.subdistrict}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const place = { subdistrict: p.subdistrict, district: p.district, province: p.province };
      for (const k of ['subdistrict', 'district', 'province'] as const) {
        const list = byName[k].get(p[k]);
        if (list) list.push(place);
        else byName[k].set(p[k], [place]);
      }
    }
  }
  return byName[kind].get(name) ?? [];
}

let byName: Record<'subdistrict' | 'district' | 'province', Map<string, Omit<GeoPlace, 'postcode'>[]>> | null = null;

export function isKnownPlace(p: Omit<GeoPlace, 'postcode'>): boolean {
  return knownPlaces().get(p.province)?.get(p.district)?.has(p.subdistrict) ?? false;
}

/**
 * The provinces a district of this name lies in (and, when a subdistrict is given, that holds it):
 * one for most names, several for a name many provinces use (เฉลิมพระเกียรติ), none for a name
 * the geography does not know.
 */
export function provincesOf(district: string, subdistrict = ''): string[] {
  return [...new Set(placesNamed(district, 'district').filter((p) => !subdistrict || p.subdistrict === subdistrict).map((p) => p.province))];
}

/** The postcode of a known subdistrict (its first, when it has several), or ''. */
export function postcodeOf(p: Omit<GeoPlace, 'postcode'>): string {
  if (!isKnownPlace(p)) return '';
  return places.find((x) => x.subdistrict === p.subdistrict && x.district === p.district && x.province === p.province)?.postcode ?? '';
}

// What people type before a name: ต. / ตำบล / แขวง / อ. / อำเภอ / เขต / จ. / จังหวัด.
const PREFIX = /^(ตำบล|แขวง|อำเภอ|เขต|จังหวัด|ต\.|อ\.|จ\.)\s*/;

function tokens(q: string): string[] {
  return q
    .trim()
    .split(/[\s,›>/]+/)
    .map((t) => t.replace(PREFIX, '').trim())
    .filter(Boolean);
}

/** Lower is better: where the first word matched decides the order. */
function rank(p: IndexedPlace, first: string): number {
  if (/^\d+$/.test(first)) return 0;
  if (p.subdistrict.startsWith(first)) return 0;
  if (p.subdistrict.includes(first)) return 1;
  if (p.district.startsWith(first)) return 2;
  if (p.district.includes(first)) return 3;
  return 4;
}

/**
 * Complete places matching what was typed: every word must be part of the subdistrict, district
 * or province name, or the start of the postcode. The office's province comes first.
 */
export function suggestPlaces(q: string, opts: { limit: number; officeProvince: string; province?: string }): GeoPlace[] {
  const words = tokens(q);
  if (words.length === 0) return [];
  const matches: { p: IndexedPlace; score: number }[] = [];
  for (const p of places) {
    if (opts.province && p.province !== opts.province) continue;
    const ok = words.every((w) => (/^\d+$/.test(w) ? p.postcode.startsWith(w) : p.haystack.includes(w)));
    if (ok) matches.push({ p, score: (p.province === opts.officeProvince ? 0 : 10) + rank(p, words[0]) });
  }
  // Stable sort keeps the dataset's Thai alphabetical order within a score.
  matches.sort((a, b) => a.score - b.score);
  return matches.slice(0, opts.limit).map(({ p }) => ({ subdistrict: p.subdistrict, district: p.district, province: p.province, postcode: p.postcode }));
}

/** Every subdistrict (one per name: the first postcode when it has several), optionally of one province. */
export function allPlaces(province?: string): GeoPlace[] {
  const seen = new Set<string>();
  const out: GeoPlace[] = [];
  for (const p of places) {
    const key = `${p.province}|${p.district}|${p.subdistrict}`;
    if ((province && p.province !== province) || seen.has(key)) continue;
    seen.add(key);
    out.push({ subdistrict: p.subdistrict, district: p.district, province: p.province, postcode: p.postcode });
  }
  return out;
}
