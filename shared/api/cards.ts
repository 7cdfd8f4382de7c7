import { z } from 'zod';
import { isoDate } from '../schemas/common';
import { method, type FilePayload } from './define';
import { MAX_PHOTO_BYTES, megabytes } from './limits';
import { reportOptions } from './reports';

const id = z.number().int().positive();

/** One printing of a volunteer's card: the number stays, the issue counts up. */
export interface VolunteerCardIssue {
  cardNo: string;
  issueNo: number;
  termStart: string | null;
  termEnd: string | null;
  issuedOn: string;
}

export interface VolunteerCardInfo {
  /** The person's card number, the same on every issue. */
  cardNo: string;
  issues: VolunteerCardIssue[];
  /** The photo in use (the newest), or null when none was added; `problem` says why it cannot be printed (upload a new one). */
  photo: { id: number; createdAt: string; problem: PhotoProblem | null } | null;
}

/** `missing`: the file is gone from the data folder; `damaged`: it can no longer be read as a whole picture (cut short, a damaged part). */
export type PhotoProblem = 'missing' | 'damaged';

/** A card printed with an empty photo frame because the stored photo could not be used: to upload again. */
export interface CardPhotoProblem {
  volunteerId: number;
  name: string;
  problem: PhotoProblem;
}

/** The sheet of cards, and whose photo could not be printed. */
export interface CardPrintResult extends FilePayload {
  photoProblems: CardPhotoProblem[];
}

export const cardsApi = {
  /** One volunteer's whole record (terms, orders, cards, seminars, activities by fiscal year, awards) as a PDF the head of office signs. */
  'volunteer-service-record': method<FilePayload>()(reportOptions.extend({ volunteerId: id, fullId: z.boolean().default(false) })),
  /** A new photo for the volunteer's card; earlier photos are kept, the newest is used. */
  'volunteer-photo-set': method<VolunteerCardInfo>()(
    z.object({ volunteerId: id, bytes: z.instanceof(Uint8Array).refine((b) => b.length > 0 && b.length <= MAX_PHOTO_BYTES, `ไฟล์รูปภาพว่างหรือใหญ่เกิน ${megabytes(MAX_PHOTO_BYTES)}`) }),
  ),
  /** The photo in use as a file, or null when the volunteer has none. */
  'volunteer-photo-get': method<FilePayload | null>()(z.object({ volunteerId: id })),
  'volunteer-card-info': method<VolunteerCardInfo>()(z.object({ volunteerId: id })),
  /**
   * Prints the cards, 8 on an A4 sheet with cut marks, and records each as a new issue (a reprint
   * says ฉบับที่ 2 …). The term printed is the person's current one. A photo that is gone or
   * damaged never stops the print: that card gets an empty photo frame and is named in `photoProblems`.
   */
  'volunteer-card-print': method<CardPrintResult>()(
    reportOptions.extend({ volunteerIds: z.array(id).min(1, 'กรุณาเลือกอาสาสมัครอย่างน้อย 1 คน').max(2000, 'พิมพ์ได้ครั้งละไม่เกิน 2,000 ใบ'), issuedOn: isoDate.optional() }),
  ),
};
