import type { awardsApi } from '@shared/api/awards';
import type { nominationApi } from '@shared/api/nomination';
import { AppFailure } from '@shared/errors';
import { diff } from '../audit';
import type { CoreContext, HandlerMap } from '../context';
import { write } from '../write';
import { checkAward, deleteAward, insertAward, listAwards, readAward, updateAward, type AwardDetail } from './repository';
import { chosenStandings, honourCertificates, issueHonourCertificates, nominationDoc, nominationFileName, rankPage } from './nomination-print';
import { readNominationCriteria, writeNominationCriteria } from './nomination';
import { nominationXlsx } from '../spreadsheets/export/nomination';
import { nominationListPdf } from '../reports/documents/nomination-list';
import { envFor, pdf } from '../reports/output';

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

export const awardsHandlers: HandlerMap<keyof typeof awardsApi | keyof typeof nominationApi> = {
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

  'nomination-criteria-get': (_input, ctx) => readNominationCriteria(ctx.db),

  'nomination-criteria-save': write((criteria, ctx) => {
    const before = readNominationCriteria(ctx.db);
    writeNominationCriteria(ctx.db, criteria);
    const changes = diff(before, criteria);
    return { result: criteria, audit: Object.keys(changes).length ? { entity: 'settings', entityId: 'nomination-criteria', action: 'update', details: changes } : null };
  }),

  'nomination-rank': (query, ctx) => rankPage(ctx, query),

  'nomination-chosen': (query, ctx) => chosenStandings(ctx, query),

  'nomination-xlsx': async (input, ctx) => {
    const doc = nominationDoc(ctx, input);
    return nominationXlsx(doc, doc.officeName, `${nominationFileName(doc)}.xlsx`);
  },

  'nomination-pdf': async (input, ctx) => {
    const doc = nominationDoc(ctx, input);
    const env = envFor(ctx, input);
    return pdf(nominationFileName(doc), nominationListPdf(doc, doc.officeName, env), env, doc.ranking.rows.map((r) => r.name));
  },

  'nomination-record': write(({ volunteerIds, ...details }, ctx) => {
    const at = ctx.now().toISOString();
    // One award per person ticked; the first refused (already has it, erased, a future date) refuses them all.
    const audit = [...new Set(volunteerIds)].map((volunteerId) => {
      const a = detailOf({ ...details, volunteerId });
      try {
        checkAward(ctx, a);
      } catch (e) {
        // The helper keeps its ticks after a save: one already awarded is said with what to do in the list.
        if (e instanceof AppFailure && e.code === 'CONFLICT') {
          throw new AppFailure('CONFLICT', `${e.message} จึงยังไม่ได้บันทึกให้ผู้ใด กรุณาเอาเครื่องหมายเลือกหน้าชื่อนั้นออก แล้วกดบันทึกรางวัลอีกครั้ง`);
        }
        throw e;
      }
      const id = insertAward(ctx.db, a, at);
      return auditOf(volunteerId, 'award-create', { id, ...a });
    });
    return { audit, result: { recorded: audit.length } };
  }),

  'nomination-certificates': (input, ctx) => honourCertificates(ctx, input),

  'nomination-certificates-issue': (input, ctx) => issueHonourCertificates(input, ctx),
};
