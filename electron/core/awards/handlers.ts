import type { awardsApi } from '@shared/api/awards';
import { AppFailure } from '@shared/errors';
import { diff } from '../audit';
import type { CoreContext, HandlerMap } from '../context';
import { write } from '../write';
import { checkAward, deleteAward, insertAward, listAwards, readAward, updateAward, type AwardDetail } from './repository';

function mustExist(ctx: CoreContext, id: number) {
  const a = readAward(ctx.db, id);
  if (!a) throw new AppFailure('NOT_FOUND', 'ไม่พบรางวัลนี้ อาจถูกลบไปแล้ว กรุณาโหลดหน้านี้ใหม่');
  return a;
}

function detailOf(a: AwardDetail): AwardDetail {
  const { volunteerId, fiscalYear, kind, kindText, givenBy, givenOn, notes } = a;
  return { volunteerId, fiscalYear, kind, kindText: kind === 'other' ? kindText : '', givenBy, givenOn, notes };
}

/** Awards are filed in the audit trail under the volunteer, so the person's page shows them and a PDPA erase clears them. */
const auditOf = (volunteerId: number, action: string, details: unknown) => ({ entity: 'volunteer', entityId: String(volunteerId), action, details });

export const awardsHandlers: HandlerMap<keyof typeof awardsApi> = {
  'award-list': ({ volunteerId }, ctx) => listAwards(ctx.db, volunteerId),

  'award-create': write((input, ctx) => {
    const a = detailOf(input);
    checkAward(ctx, a);
    const id = insertAward(ctx.db, a, ctx.now().toISOString());
    return { audit: auditOf(a.volunteerId, 'award-create', { id, ...a }), reply: () => mustExist(ctx, id) };
  }),

  'award-update': write(({ id, ...input }, ctx) => {
    const before = mustExist(ctx, id);
    if (before.volunteerId !== input.volunteerId) throw new AppFailure('CONFLICT', 'รางวัลนี้เป็นของอาสาสมัครรายอื่น กรุณาโหลดหน้านี้ใหม่');
    const a = detailOf(input);
    checkAward(ctx, a, id);
    updateAward(ctx.db, id, a, ctx.now().toISOString());
    const changes = diff(detailOf(before), a);
    return { audit: Object.keys(changes).length ? auditOf(a.volunteerId, 'award-update', { id, ...changes }) : null, reply: () => mustExist(ctx, id) };
  }),

  'award-delete': write(({ id }, ctx) => {
    const before = mustExist(ctx, id);
    deleteAward(ctx.db, id);
    return { audit: auditOf(before.volunteerId, 'award-delete', detailOf(before)), result: { id } };
  }),
};
