import type { Address, Volunteer, VolunteerData } from '@shared/schemas/volunteer';
import { diff } from '../../audit';
import { isKnownPlace, postcodeOf, provincesOf } from '../../geo/dataset';
import { fieldByKey } from '../volunteer-fields';

/** What an update-mode row brings beyond its checked person. */
export interface FileRow {
  /** The area of responsibility was taken from the home address, not from area columns. */
  areaFromAddress: boolean;
  /** Lines the row added to the notes for values it could not read. */
  kept: string[];
  /** Fields the import filled in itself (`sex`, `address.postcode` …), not read from a cell. */
  derived: string[];
}

/** Nothing in the file for this field: its column is not in the file, or the cell is empty. */
const isBlank = (v: unknown) => v === '' || v === null;

/** Where a place is: a new value of any of these is another place. */
const PLACE = ['subdistrict', 'district', 'province'] as const;
/** Where in that place: the house and its street. */
const STREET = ['houseNo', 'moo', 'village', 'soi', 'road'] as const;

type Parts = Record<string, string>;

/** What an update does to a place: the place to write, the file's parts that named another one, and the register's parts it leaves blank. */
interface PlaceUpdate<T> {
  place: T;
  differs: string[];
  blanked: string[];
}

/**
 * A place (the home address, the area of responsibility) updated as a whole, never part by part:
 * a part the file itself carries that differs from a filled part of the register's means another
 * place, and then every part is the file's (its postcode from the geography), so a new district
 * never sits with the old subdistrict. A wider part the file leaves out is the register's when the
 * new place lies in it (a move to another district of the same province keeps the province), or
 * the geography's when only one fits; the rest is left blank and said (`blanked`), since the
 * register's were of the old place. Likewise a new house number or road takes the file's street
 * parts together. Parts that agree, or that fill a blank of the register's, keep the rest of the
 * register's place. `own` tells the parts read from a cell from those the import filled in itself.
 */
function updatedPlace<T extends object>(register: T, file: T, own: (key: string) => boolean): PlaceUpdate<T> {
  const held = register as unknown as Parts;
  const given = file as unknown as Parts;
  const differing = (keys: readonly string[]) => keys.filter((k) => k in held && own(k) && !isBlank(given[k]) && !isBlank(held[k]) && given[k] !== held[k]);
  const place = differing(PLACE);
  const street = place.length ? [] : differing(STREET);
  let out: Parts;
  if (place.length) {
    out = { ...given };
    if (isBlank(out.district) && !isBlank(out.subdistrict) && isKnownPlace({ subdistrict: out.subdistrict, district: held.district, province: out.province || held.province })) out.district = held.district;
    if (isBlank(out.province) && !isBlank(out.district)) {
      const provinces = provincesOf(out.district, out.subdistrict);
      if (provinces.includes(held.province)) out.province = held.province;
      else if (provinces.length === 1) out.province = provinces[0];
    }
    if ('postcode' in held && isBlank(out.postcode) && !isBlank(out.subdistrict)) out.postcode = postcodeOf({ subdistrict: out.subdistrict, district: out.district, province: out.province });
  } else {
    out = { ...held };
    for (const k of Object.keys(held)) {
      if (street.length && (STREET as readonly string[]).includes(k)) out[k] = given[k];
      // What the file carries of the same place fills in or corrects; what the import made up only fills in.
      else if (!isBlank(given[k]) && (own(k) ? !(PLACE as readonly string[]).includes(k) || isBlank(held[k]) : isBlank(held[k]))) out[k] = given[k];
    }
  }
  const blanked = Object.keys(held).filter((k) => !isBlank(held[k]) && isBlank(out[k]));
  return { place: out as unknown as T, differs: [...place, ...street], blanked };
}

/**
 * What the clerk reads before saving when an update leaves parts of the register's place blank:
 * which of the file's parts named another place, and each part left blank with what it held.
 */
function blankedWarning(what: 'address' | 'area', register: object, file: object, u: PlaceUpdate<object>): string[] {
  if (!u.blanked.length) return [];
  const label = (k: string) => fieldByKey(`${what}.${k}`)?.label ?? k;
  const held = register as Parts;
  const given = file as Parts;
  const named = u.differs.map((k) => `${label(k)} ${given[k]}`).join(' ');
  const lost = u.blanked.map((k) => `${label(k)} (เดิม ${held[k]})`).join(', ');
  const [head, place] = what === 'address' ? ['ที่อยู่', 'ที่อยู่'] : ['พื้นที่รับผิดชอบ', 'พื้นที่'];
  return [`${head}: ไฟล์ระบุ${named} ต่างจากทะเบียน ถ้าปรับปรุงจะเว้นว่าง ${lost} เพราะเป็นของ${place}เดิมและไฟล์ไม่มี กรุณากรอกในทะเบียนภายหลัง`];
}

/** The register's notes with the file's kept lines added, each once however often the file is imported. */
function withKept(notes: string, kept: string[]): string {
  const have = new Set(notes.split('\n'));
  return [notes, ...kept.filter((line) => !have.has(line))].filter(Boolean).join('\n');
}

/**
 * A person of the register updated from a file (update mode): a field the file carries replaces
 * the register's; a field whose column the file lacks, or whose cell is blank, keeps what the
 * register holds. A list of names and phones re-imported over the register so never erases an
 * address or an e-mail, and a clerk cannot blank a field by leaving its cell empty (the preview
 * says so). What the import filled in itself (the sex from the title, the postcode from the
 * geography, an area taken from the home address) only fills an empty field: it was never the
 * file's. The address and the area are each decided whole (`updatedPlace`). Returns the person to
 * write, the fields that changed (for the audit entry; no change means nothing to write) and what
 * the preview warns of: parts of a place the update leaves blank.
 */
export function updatedPerson(register: Volunteer, file: VolunteerData, row: FileRow): { person: VolunteerData; changes: Record<string, [unknown, unknown]>; warnings: string[] } {
  const derived = new Set(row.derived);
  const before: Record<string, unknown> = {};
  const person: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file) as [keyof VolunteerData, unknown][]) {
    const held = register[key];
    before[key] = held;
    person[key] = isBlank(value) || (derived.has(key) && !isBlank(held)) ? held : value;
  }
  const address = updatedPlace<Address>(register.address, file.address, (k) => !derived.has(`address.${k}`));
  person.address = address.place;
  const warnings = blankedWarning('address', register.address, file.address, address);
  const areaEmpty = Object.values(register.area).every(isBlank);
  if (row.areaFromAddress) person.area = areaEmpty ? file.area : register.area;
  else {
    const area = updatedPlace(register.area, file.area, () => true);
    person.area = area.place;
    warnings.push(...blankedWarning('area', register.area, file.area, area));
  }
  // The notes cell, when the file has one and it is filled, is the new notes, kept lines included.
  const keptOnly = row.kept.join('\n');
  person.notes = file.notes && file.notes !== keptOnly ? file.notes : withKept(register.notes, row.kept);
  return { person: person as unknown as VolunteerData, changes: diff(before, person), warnings };
}
