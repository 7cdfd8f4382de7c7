import type { Address, Volunteer, VolunteerData } from '@shared/schemas/volunteer';
import { diff } from '../../audit';

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

/**
 * A place (the home address, the area of responsibility) updated as a whole, never part by part:
 * a part the file itself carries that differs from a filled part of the register's means another
 * place, and then every part is the file's (its blanks blank, its postcode from the geography), so
 * a new district never sits with the old subdistrict. Likewise a new house number or road takes
 * the file's street parts together. Parts that agree, or that fill a blank of the register's,
 * keep the rest of the register's place. `own` tells the parts read from a cell from those the
 * import filled in itself.
 */
function updatedPlace<T extends object>(register: T, file: T, own: (key: string) => boolean): T {
  const held = register as unknown as Parts;
  const given = file as unknown as Parts;
  const moved = (keys: readonly string[]) => keys.some((k) => k in held && own(k) && !isBlank(given[k]) && !isBlank(held[k]) && given[k] !== held[k]);
  if (moved(PLACE)) return { ...file };
  const out: Parts = { ...held };
  const street = moved(STREET);
  for (const k of Object.keys(held)) {
    if (street && (STREET as readonly string[]).includes(k)) out[k] = given[k];
    // What the file carries of the same place fills in or corrects; what the import made up only fills in.
    else if (!isBlank(given[k]) && (own(k) ? !(PLACE as readonly string[]).includes(k) || isBlank(held[k]) : isBlank(held[k]))) out[k] = given[k];
  }
  return out as unknown as T;
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
 * write and the fields that changed, for the audit entry; no change means nothing to write.
 */
export function updatedPerson(register: Volunteer, file: VolunteerData, row: FileRow): { person: VolunteerData; changes: Record<string, [unknown, unknown]> } {
  const derived = new Set(row.derived);
  const before: Record<string, unknown> = {};
  const person: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file) as [keyof VolunteerData, unknown][]) {
    const held = register[key];
    before[key] = held;
    person[key] = isBlank(value) || (derived.has(key) && !isBlank(held)) ? held : value;
  }
  person.address = updatedPlace<Address>(register.address, file.address, (k) => !derived.has(`address.${k}`));
  const areaEmpty = Object.values(register.area).every(isBlank);
  person.area = row.areaFromAddress ? (areaEmpty ? file.area : register.area) : updatedPlace(register.area, file.area, () => true);
  // The notes cell, when the file has one and it is filled, is the new notes, kept lines included.
  const keptOnly = row.kept.join('\n');
  person.notes = file.notes && file.notes !== keptOnly ? file.notes : withKept(register.notes, row.kept);
  return { person: person as unknown as VolunteerData, changes: diff(before, person) };
}

/** An address on one line as a clerk writes it: `12/3 ม.4 ต.บ่อยาง อ.เมืองสงขลา จ.สงขลา 90000`. */
export function addressLine(a: Address): string {
  const parts = [a.houseNo, a.moo && `ม.${a.moo}`, a.village, a.soi && `ซ.${a.soi}`, a.road && `ถ.${a.road}`, a.subdistrict && `ต.${a.subdistrict}`, a.district && `อ.${a.district}`, a.province && `จ.${a.province}`, a.postcode];
  return parts.filter(Boolean).join(' ') || 'ไม่มีที่อยู่';
}
