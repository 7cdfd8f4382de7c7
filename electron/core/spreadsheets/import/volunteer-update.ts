import type { Volunteer, VolunteerData } from '@shared/schemas/volunteer';
import { diff } from '../../audit';

/** What an update-mode row brings beyond its checked person. */
export interface FileRow {
  /** The area of responsibility was taken from the home address, not from area columns. */
  areaFromAddress: boolean;
  /** Lines the row added to the notes for values it could not read. */
  kept: string[];
}

/** Nothing in the file for this field: its column is not in the file, or the cell is empty. */
const isBlank = (v: unknown) => v === '' || v === null;

/** Fields of one part of the person (the address or the area) laid over the register's, one by one. */
function overlay<T extends object>(register: T, file: T): T {
  const out = { ...register } as Record<string, unknown>;
  for (const [key, value] of Object.entries(file)) if (!isBlank(value)) out[key] = value;
  return out as T;
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
 * says so). An area taken from the home address fills only an empty area: it was never the
 * file's. Returns the person to write and the fields that changed, for the audit entry.
 */
export function updatedPerson(register: Volunteer, file: VolunteerData, row: FileRow): { person: VolunteerData; changes: Record<string, [unknown, unknown]> } {
  const before: Record<string, unknown> = {};
  const person: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file) as [keyof VolunteerData, unknown][]) {
    const held = register[key];
    before[key] = held;
    person[key] = isBlank(value) ? held : value;
  }
  person.address = overlay(register.address, file.address);
  const areaEmpty = Object.values(register.area).every(isBlank);
  person.area = row.areaFromAddress ? (areaEmpty ? file.area : register.area) : overlay(register.area, file.area);
  // The notes cell, when the file has one and it is filled, is the new notes, kept lines included.
  const keptOnly = row.kept.join('\n');
  person.notes = file.notes && file.notes !== keptOnly ? file.notes : withKept(register.notes, row.kept);
  return { person: person as unknown as VolunteerData, changes: diff(before, person) };
}
