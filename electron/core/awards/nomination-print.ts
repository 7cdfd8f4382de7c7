import type { ParsedInput } from '@shared/api';
import type { FilePayload } from '@shared/api/define';
import { AppFailure } from '@shared/errors';
import type { NominationRanking } from '@shared/schemas/award';
import { datedFileName, todayIso } from '@shared/thai/dates';
import { readStandings } from '../activities/standing';
import type { CoreContext } from '../context';
import { certificates } from '../reports/documents/certificates';
import type { NominationListDoc } from '../reports/documents/nomination-list';
import { envFor, pdf } from '../reports/output';
import { headOf } from '../reports/seminar-data';
import { readOfficeSettings } from '../settings/service';
import { rankNominees, readNominationCriteria } from './nomination';

/** The ranking by the criteria given, or by the office's saved ones. */
export function rankFor(ctx: CoreContext, q: ParsedInput<'nomination-rank'>): NominationRanking {
  return rankNominees(ctx.db, q.fiscalYear, q.district, q.criteria ?? readNominationCriteria(ctx.db), todayIso(ctx.now()));
}

/** The ranked list with what its printed forms need; only people still in the ranking count as chosen. */
export function nominationDoc(ctx: CoreContext, q: ParsedInput<'nomination-pdf'> | ParsedInput<'nomination-xlsx'>): NominationListDoc & { officeName: string } {
  const office = readOfficeSettings(ctx.db);
  const ranking = rankFor(ctx, q);
  const ticked = new Set(q.volunteerIds);
  const chosen = new Set(ranking.rows.filter((r) => ticked.has(r.volunteerId)).map((r) => r.volunteerId));
  // A list of names leaving the app: the PDPA audit trail records it.
  ctx.audit({ entity: 'volunteer', entityId: null, action: 'print', details: { document: 'บัญชีรายชื่อเสนอคัดเลือก อสร.ดีเด่น', fiscalYear: q.fiscalYear, district: q.district, count: ranking.rows.length } });
  return { ranking, chosen, province: office.province, asOf: todayIso(ctx.now()), signer: headOf(office), officeName: office.officeName };
}

/** `คัดเลือกอสร.ดีเด่น-ปีงบประมาณ-2569-หาดใหญ่-2569-12-05` and the like. */
export function nominationFileName(doc: NominationListDoc): string {
  return datedFileName(['คัดเลือกอสร.ดีเด่น', `ปีงบประมาณ-${doc.ranking.fiscalYear}`, doc.ranking.district], doc.asOf);
}

/** The words a chosen volunteer's certificate of honour says of them. */
export const honourWording = (fiscalYear: number) => `ได้รับการคัดเลือกเป็นอาสาสมัครแรงงานดีเด่น ประจำปีงบประมาณ พ.ศ. ${fiscalYear}`;

/** เกียรติบัตร for the people chosen, through the certificates' own layout; refused for a person erased or not found. */
export async function honourCertificates(ctx: CoreContext, input: ParsedInput<'nomination-certificates'>): Promise<FilePayload> {
  const standings = readStandings(ctx.db, input.volunteerIds);
  const recipients = [...new Set(input.volunteerIds)].map((id) => {
    const s = standings.get(id);
    if (!s) throw new AppFailure('NOT_FOUND', 'ไม่พบอาสาสมัครบางรายที่เลือก อาจถูกลบหรือรวมกับรายอื่นไปแล้ว กรุณาโหลดรายการใหม่');
    if (s.erased) throw new AppFailure('CONFLICT', 'มีอาสาสมัครที่ข้อมูลส่วนบุคคลถูกลบแล้วอยู่ในรายชื่อ จึงพิมพ์เกียรติบัตรไม่ได้ กรุณาเลือกใหม่');
    return { name: s.name };
  });
  const office = readOfficeSettings(ctx.db);
  const env = envFor(ctx, input);
  ctx.audit({ entity: 'volunteer', entityId: null, action: 'print', details: { document: 'เกียรติบัตร อสร.ดีเด่น', fiscalYear: input.fiscalYear, count: recipients.length } });
  const honour = honourWording(input.fiscalYear);
  const doc = certificates({ kind: 'honour', honour, title: honour, givenOn: input.givenOn ?? todayIso(ctx.now()), recipients, signer: headOf(office) }, env);
  return pdf(`เกียรติบัตรอสร.ดีเด่น-ปีงบประมาณ-${input.fiscalYear}`, doc, env, recipients.map((r) => r.name));
}
