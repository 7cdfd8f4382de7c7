/**
 * Builds resources/geo/th-geo.json, the offline Thai geography the address picker searches,
 * from the `thai-address-universal` package (ISC, a devDependency). Run: npx tsx scripts/build-geo.ts
 *
 * Output (Thai names only, sorted by Thai collation; numbers index the list above):
 *   { source, provinces: [name], districts: [[provinceIndex, name]], subdistricts: [[districtIndex, name, postcode]] }
 * A subdistrict served by two postcodes appears once per postcode. The package's subdistrict codes
 * are not reliable (some missing, some shared), so only names and postcodes are kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getDistricts, getProvinces, getSubDistricts } from 'thai-address-universal';

const collator = new Intl.Collator('th');
const byName = (a: { nameTh: string }, b: { nameTh: string }) => collator.compare(a.nameTh, b.nameTh);

async function main() {
  const provinces: string[] = [];
  const districts: [number, string][] = [];
  const subdistricts: [number, string, string][] = [];

  for (const p of (await getProvinces()).sort(byName)) {
    const pi = provinces.push(p.nameTh.trim()) - 1;
    for (const d of (await getDistricts(p.code)).sort(byName)) {
      const di = districts.push([pi, d.nameTh.trim()]) - 1;
      const seen = new Set<string>();
      for (const s of (await getSubDistricts(d.code)).sort(byName)) {
        const key = `${s.nameTh.trim()}|${s.postalCode ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        subdistricts.push([di, s.nameTh.trim(), s.postalCode ?? '']);
      }
    }
  }

  const pkg = JSON.parse(fs.readFileSync(path.join('node_modules', 'thai-address-universal', 'package.json'), 'utf8')) as { version: string };
  const out = { source: `thai-address-universal ${pkg.version} (ISC)`, provinces, districts, subdistricts };
  const target = path.join('resources', 'geo', 'th-geo.json');
  fs.writeFileSync(target, JSON.stringify(out) + '\n');
  console.log(`${target}: ${provinces.length} provinces, ${districts.length} districts, ${subdistricts.length} subdistrict rows`);
}

void main();
