import { z } from 'zod';
import { isoDate, requiredText } from '../schemas/common';
import { method } from './define';

/** What a copy did that the clerk should know: rates that moved, rates not found, people left out. */
export interface SeminarCopyResult {
  id: number;
  title: string;
  /** Budget lines priced again at the rate in force on the new first day. */
  rateChanges: { description: string; from: number; to: number }[];
  /** Lines whose rate item has no rate on the new date: they keep the old rate. */
  ratesMissing: string[];
  participantsCopied: number;
  /** Volunteers no longer serving (resigned, deceased, removed, erased): not invited again. */
  participantsLeftOut: string[];
}

export const seminarCopyApi = {
  /**
   * "ทำซ้ำจากโครงการเดิม": a new planned seminar with the old one's plan, its days moved to start on
   * `firstDate` (the same offsets between days), its budget at the rates in force then, and, when
   * asked, its participant list without attendance, amounts or outcomes.
   */
  'seminar-copy': method<SeminarCopyResult>()(
    z.object({
      id: z.number().int().positive(),
      firstDate: isoDate,
      /** Left out: the old title with its fiscal year moved on. */
      title: requiredText('ชื่อโครงการ', 500).optional(),
      participants: z.boolean().default(false),
    }),
  ),
};
