import type { AttendanceBoard, AttendanceStatus } from '@shared/schemas/seminar';
import { fromThaiDigits } from '@shared/thai';

export type RosterEntry = AttendanceBoard['roster'][number];

/** Text as the desk compares it: Thai digits read as digits, spaces and dashes dropped, lower case. */
export const squash = (s: string) => fromThaiDigits(s).replace(/[\s-]/g, '').toLowerCase();

/**
 * People matching what the clerk typed: part of the name (spaces ignored) or, from four digits
 * on, part of the national ID. Those not yet checked in come first, so Enter takes the likely one.
 */
export function matchRoster(roster: RosterEntry[], typed: string, limit = 8): RosterEntry[] {
  const q = squash(typed);
  if (!q) return [];
  const digits = /^\d+$/.test(q);
  const hits = roster.filter((p) => (digits ? q.length >= 4 && p.nationalId.includes(q) : squash(p.name).includes(q)));
  const rank = (p: RosterEntry) => (p.status === 'present' ? 1 : 0);
  return hits.sort((a, b) => rank(a) - rank(b)).slice(0, limit);
}

/** The board after one mark changed locally, so counts move before the core answers. */
export function applyMark(board: AttendanceBoard, participantId: number, status: AttendanceStatus | null, at: string | null): AttendanceBoard {
  const roster = board.roster.map((p) => (p.id === participantId ? { ...p, status, at } : p));
  const groups = board.groups.map((g) => ({ ...g, present: roster.filter((p) => p.groupId === g.groupId && p.status === 'present').length }));
  return { ...board, roster, groups, present: groups.reduce((s, g) => s + g.present, 0) };
}
