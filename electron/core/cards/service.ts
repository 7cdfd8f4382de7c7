import type { VolunteerCardInfo } from '@shared/api/cards';
import { AppFailure } from '@shared/errors';
import { cardNumber } from '@shared/schemas/volunteer-card';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { readPhotoBytes, requireWholeJpeg, storePhoto } from '../seminars/photos';
import { readVolunteer } from '../volunteers/repository';
import type { Volunteer } from '@shared/schemas/volunteer';

function requireServing(db: Db, volunteerId: number) {
  const v = readVolunteer(db, volunteerId);
  if (!v) throw new AppFailure('NOT_FOUND', 'ไม่พบอาสาสมัครรายนี้ อาจถูกลบหรือเปลี่ยนแปลงไปแล้ว');
  if (v.erasedAt) throw new AppFailure('CONFLICT', 'ข้อมูลส่วนบุคคลของอาสาสมัครรายนี้ถูกลบแล้ว');
  return v;
}

interface PhotoRow {
  id: number;
  path: string;
  createdAt: string;
}

/** The photo in use: the newest one added. */
export function currentPhoto(db: Db, volunteerId: number): PhotoRow | undefined {
  return db.prepare('SELECT id, path, created_at AS createdAt FROM volunteer_photos WHERE volunteer_id = ? ORDER BY id DESC LIMIT 1').get(volunteerId) as PhotoRow | undefined;
}

/** The bytes of the photo in use, null when none was added, or why it cannot be read (file gone or no longer an image). */
export function currentPhotoFile(db: Db, dataDir: string, volunteerId: number): Uint8Array | 'missing' | 'damaged' | null {
  const row = currentPhoto(db, volunteerId);
  return row ? readPhotoBytes(dataDir, row.path) : null;
}

/** The bytes of the photo in use, or null when there is none or its file is gone or damaged. */
export function currentPhotoBytes(db: Db, dataDir: string, volunteerId: number): Uint8Array | null {
  const bytes = currentPhotoFile(db, dataDir, volunteerId);
  return bytes instanceof Uint8Array ? bytes : null;
}

export function cardInfo(db: Db, dataDir: string, volunteerId: number): VolunteerCardInfo {
  requireServing(db, volunteerId);
  const photo = currentPhoto(db, volunteerId);
  const file = photo && readPhotoBytes(dataDir, photo.path);
  return {
    cardNo: cardNumber(volunteerId),
    issues: db
      .prepare('SELECT card_no AS cardNo, issue_no AS issueNo, term_start AS termStart, term_end AS termEnd, issued_on AS issuedOn FROM volunteer_cards WHERE volunteer_id = ? ORDER BY issue_no')
      .all(volunteerId) as VolunteerCardInfo['issues'],
    photo: photo ? { id: photo.id, createdAt: photo.createdAt, problem: typeof file === 'string' ? file : null } : null,
  };
}

export function setPhoto(ctx: CoreContext, volunteerId: number, bytes: Uint8Array): void {
  // Checked here, not at print: a card drawn months later would show half a face.
  requireWholeJpeg(bytes);
  ctx.db.transaction(() => {
    requireServing(ctx.db, volunteerId);
    const at = ctx.now().toISOString();
    const id = storePhoto(ctx.dataDir, `volunteer-${volunteerId}`, bytes, (relative, mime) =>
      Number(ctx.db.prepare('INSERT INTO volunteer_photos (volunteer_id, path, mime, size, created_at) VALUES (?, ?, ?, ?, ?)').run(volunteerId, relative, mime, bytes.length, at).lastInsertRowid),
    );
    ctx.audit({ entity: 'volunteer', entityId: String(volunteerId), action: 'photo', details: { photoId: id } });
  })();
}

export interface IssuedCard {
  volunteer: Volunteer;
  cardNo: string;
  issueNo: number;
}

/**
 * The cards a print makes: one new issue per person, numbered on from their last. Only people on
 * duty get a card; anyone else is named in the refusal.
 */
export function planCards(db: Db, volunteerIds: number[]): IssuedCard[] {
  const last = db.prepare('SELECT max(issue_no) FROM volunteer_cards WHERE volunteer_id = ?').pluck();
  return [...new Set(volunteerIds)].map((id) => {
    const v = requireServing(db, id);
    if (v.status !== 'active') {
      throw new AppFailure('VALIDATION', `${v.title}${v.firstName} ${v.lastName} ไม่ได้ปฏิบัติหน้าที่อยู่ จึงออกบัตรไม่ได้ นำออกจากรายชื่อแล้วพิมพ์อีกครั้ง`);
    }
    return { volunteer: v, cardNo: cardNumber(id), issueNo: ((last.get(id) as number | null) ?? 0) + 1 };
  });
}

/** Records the cards once they are printed, all in one transaction. */
export function recordCards(ctx: CoreContext, cards: IssuedCard[], issuedOn: string): void {
  ctx.db.transaction(() => {
    const at = ctx.now().toISOString();
    const insert = ctx.db.prepare('INSERT INTO volunteer_cards (volunteer_id, card_no, issue_no, term_start, term_end, issued_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const { volunteer: v, cardNo, issueNo } of cards) {
      insert.run(v.id, cardNo, issueNo, v.termStart, v.termEnd, issuedOn, at);
      ctx.audit({ entity: 'volunteer', entityId: String(v.id), action: 'card', details: { cardNo, issueNo, issuedOn } });
    }
  })();
}
