import { z } from 'zod';
import { cleanString, empty } from '../schemas/common';
import {
  statusChange,
  termInput,
  VOLUNTEER_STATUSES,
  volunteerInput,
  volunteerRules,
  volunteerUpdate,
  type Volunteer,
  type VolunteerAuditEntry,
  type VolunteerRules,
  type VolunteerStatus,
  type VolunteerStatusChange,
  type VolunteerTerm,
} from '../schemas/volunteer';
import { method, type FilePayload } from './define';
import type { HeldInBackup } from './backup';

export const VOLUNTEER_SORTS = ['name', 'nationalId', 'district', 'level', 'status', 'termEnd'] as const;
export type VolunteerSort = (typeof VOLUNTEER_SORTS)[number];

export const volunteerListQuery = z.object({
  /** Any part of the Thai or English name, the national ID or the phone number. */
  q: z.string().max(100).default(''),
  district: z.string().max(100).default(''),
  subdistrict: z.string().max(100).default(''),
  level: z.string().max(100).default(''),
  status: z.enum(VOLUNTEER_STATUSES).or(z.literal('')).default(''),
  /** Volunteers not yet among this seminar's participants (choosing people for a seminar). */
  notInSeminar: z.number().int().positive().nullable().default(null),
  /** Volunteers checked in to at least one session of this seminar (e.g. last year's). */
  attendedSeminar: z.number().int().positive().nullable().default(null),
  /** Volunteers whose current term ends between today and today + N days. */
  termEndsWithinDays: z.number().int().min(0).max(3650).nullable().default(null),
  sortBy: z.enum(VOLUNTEER_SORTS).default('name'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type VolunteerListQuery = z.input<typeof volunteerListQuery>;

export interface VolunteerListRow {
  id: number;
  title: string;
  firstName: string;
  lastName: string;
  nationalId: string | null;
  phone: string;
  level: string;
  areaSubdistrict: string;
  areaDistrict: string;
  status: VolunteerStatus;
  termEnd: string | null;
  erased: boolean;
}

export interface VolunteerList {
  rows: VolunteerListRow[];
  /** All rows matching the filters, not just this page. */
  total: number;
}

export interface VolunteerSummary {
  total: number;
  byStatus: Record<VolunteerStatus, number>;
  erased: number;
  /** Districts and subdistricts the register covers, with how many volunteers each. */
  districts: { district: string; count: number; subdistricts: { subdistrict: string; count: number }[] }[];
  levels: string[];
}

export interface VolunteerDetail {
  volunteer: Volunteer;
  terms: VolunteerTerm[];
  statusChanges: VolunteerStatusChange[];
  audit: VolunteerAuditEntry[];
  /** Rule checks (age, residence) that did not stop saving. */
  warnings: string[];
}

/** After a PDPA erase: the register no longer holds the person, but older backups still do. */
export interface VolunteerErased extends VolunteerDetail {
  /** Backups in the data folder that still hold the person, newest first. */
  heldInBackups: HeldInBackup[];
}

export interface VolunteerSaved {
  id: number;
  warnings: string[];
}

const byId = z.object({ id: z.number().int().positive() });

export const volunteersApi = {
  'volunteer-list': method<VolunteerList>()(volunteerListQuery),
  'volunteer-summary': method<VolunteerSummary>()(empty),
  /** The ids of every volunteer the filters match, in list order (ticking all of them at once). */
  'volunteer-ids': method<number[]>()(volunteerListQuery.omit({ page: true, pageSize: true })),
  'volunteer-get': method<VolunteerDetail>()(byId),
  'volunteer-create': method<VolunteerSaved>()(volunteerInput),
  'volunteer-update': method<VolunteerSaved>()(volunteerUpdate),
  /** Who already holds a national ID, for the form to say so while typing. */
  'volunteer-id-holder': method<{ id: number; name: string } | null>()(
    z.object({ nationalId: z.string().max(20), exceptId: z.number().int().positive().optional() }),
  ),
  'volunteer-status-change': method<VolunteerDetail>()(statusChange),
  'volunteer-term-add': method<VolunteerDetail>()(termInput),
  /** PDPA: blanks the person's data, keeps an anonymous row so counts stay right. */
  'volunteer-erase': method<VolunteerErased>()(byId.extend({ reason: cleanString().min(1, 'กรุณาระบุเหตุผลการลบข้อมูล').max(1000, 'ยาวเกิน 1,000 ตัวอักษร') })),
  /** PDPA: everything held about one person, as a JSON file. */
  'volunteer-export-person': method<FilePayload>()(byId),
  'volunteer-rules-get': method<VolunteerRules>()(empty),
  'volunteer-rules-save': method<VolunteerRules>()(volunteerRules),
  /** Loads the sample register (clearly marked) into an empty register, and sample office settings if none are set. */
  'demo-load': method<{ added: number }>()(empty),
};
