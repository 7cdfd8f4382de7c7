import type { FilePayload } from '@shared/api';
import type { CardPhotoProblem, CardPrintResult, cardsApi } from '@shared/api/cards';
import { shortArea } from '@shared/schemas/volunteer';
import { datedFileName, todayIso } from '@shared/thai';
import type { HandlerMap } from '../context';
import { idCards } from '../reports/documents/id-cards';
import { drawable, envFor, pdf } from '../reports/output';
import { serviceRecord } from '../reports/documents/service-record';
import { serviceRecordData } from './service-record';
import { cardInfo, currentPhotoBytes, currentPhotoFile, planCards, recordCards, setPhoto } from './service';

/** The data URL pdfmake draws, from a JPEG's or PNG's bytes. */
function dataUrl(bytes: Uint8Array): string {
  const mime = bytes[0] === 0x89 ? 'image/png' : 'image/jpeg';
  return `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
}

export const cardsHandlers: HandlerMap<keyof typeof cardsApi> = {
  'volunteer-photo-set': ({ volunteerId, bytes }, ctx) => {
    setPhoto(ctx, volunteerId, bytes);
    return cardInfo(ctx.db, ctx.dataDir, volunteerId);
  },
  'volunteer-photo-get': ({ volunteerId }, ctx) => {
    const bytes = currentPhotoBytes(ctx.db, ctx.dataDir, volunteerId);
    return bytes ? { name: `รูปถ่าย-${volunteerId}.${bytes[0] === 0x89 ? 'png' : 'jpg'}`, bytes } : null;
  },
  'volunteer-card-info': ({ volunteerId }, ctx) => cardInfo(ctx.db, ctx.dataDir, volunteerId),

  'volunteer-service-record': async (input, ctx) => {
    const data = serviceRecordData(ctx, input.volunteerId, input.fullId);
    // A person's whole record leaving the app: the PDPA audit trail records it.
    ctx.audit({ entity: 'volunteer', entityId: String(input.volunteerId), action: 'print', details: { document: 'ประวัติการปฏิบัติงาน', fullId: input.fullId } });
    const env = envFor(ctx, input);
    return pdf(`ประวัติการปฏิบัติงาน-${data.name.replace(/\s+/g, '-')}`, serviceRecord(data, env), env, [data.name, data.signer.name]);
  },

  'volunteer-card-print': async (input, ctx): Promise<CardPrintResult> => {
    const issuedOn = input.issuedOn ?? todayIso(ctx.now());
    const planned = planCards(ctx.db, input.volunteerIds);
    const photoProblems: CardPhotoProblem[] = [];
    const cards = planned.map(({ volunteer: v, cardNo, issueNo }) => {
      const area = shortArea(v.area);
      const name = `${v.title}${v.firstName} ${v.lastName}`;
      const photo = currentPhotoFile(ctx.db, ctx.dataDir, v.id);
      if (typeof photo === 'string') photoProblems.push({ volunteerId: v.id, name, problem: photo });
      return { name, area, level: v.level, cardNo, issueNo, termStart: v.termStart, termEnd: v.termEnd, photo: photo instanceof Uint8Array ? dataUrl(photo) : null };
    });
    const env = envFor(ctx, input);
    const name = cards.length === 1 ? `บัตรอาสาสมัครแรงงาน-${cards[0].cardNo}-ฉบับที่${cards[0].issueNo}` : datedFileName([`บัตรอาสาสมัครแรงงาน-${cards.length}-ใบ`], issuedOn);
    const render = () => pdf(name, idCards(cards, env), env, cards.map((c) => c.name));
    let file: FilePayload;
    try {
      file = await render();
    } catch (e) {
      // A file that starts like a JPEG or PNG but cannot be decoded fails the whole sheet: find
      // which, print those cards with an empty frame, and name them.
      const before = photoProblems.length;
      for (const [i, c] of cards.entries()) {
        if (!c.photo || (await drawable(c.photo, env))) continue;
        c.photo = null;
        photoProblems.push({ volunteerId: planned[i].volunteer.id, name: c.name, problem: 'damaged' });
      }
      if (photoProblems.length === before) throw e;
      file = await render();
    }
    // Counted as issued only once the sheet exists: a failed print leaves the next issue number free.
    recordCards(ctx, planned, issuedOn);
    return { ...file, photoProblems };
  },
};
