import type { ParsedInput } from '@shared/api';
import type { FilePayload } from '@shared/api/define';
import { AppFailure } from '@shared/errors';
import { EXCLUDED_SHOWN, type ChosenStanding, type NominationPage, type NominationQuery, type NominationRanking } from '@shared/schemas/award';
import { datedFileName, todayIso } from '@shared/thai/dates';
import { fiscalYearOf } from '@shared/thai';
import type { CertificatesIssued } from '@shared/api/reports';
import { honourCertificatesName } from '@shared/api/nomination';
import { certificateNoText, planCertificateNumbers } from '../certificates/register';
import { issuePlanned } from '../certificates/issue';
import { outstandingAwards } from './repository';
import { readStandings } from '../activities/standing';
import type { CoreContext } from '../context';
import { certificates } from '../reports/documents/certificates';
import type { NominationListDoc } from '../reports/documents/nomination-list';
import { envFor, pdf } from '../reports/output';
import { headOf } from '../reports/seminar-data';
import { readOfficeSettings } from '../settings/service';
import { rankNominees, readNominationCriteria } from './nomination';

/** The ranking by the criteria given, or by the office's saved ones. */
export function rankFor(ctx: CoreContext, q: Required<Pick<NominationQuery, 'fiscalYear' | 'district'>> & Pick<NominationQuery, 'criteria'>): NominationRanking {
  return rankNominees(ctx.db, q.fiscalYear, q.district, q.criteria ?? readNominationCriteria(ctx.db), todayIso(ctx.now()));
}

/** The page of the ranking the helper's table shows; ranks and totals are the whole list's. */
export function rankPage(ctx: CoreContext, q: ParsedInput<'nomination-rank'>): NominationPage {
  const { rows, excluded, ...ranking } = rankFor(ctx, q);
  const page = Math.min(q.page, Math.max(1, Math.ceil(rows.length / q.pageSize)));
  return {
    ...ranking,
    rows: rows.slice((page - 1) * q.pageSize, page * q.pageSize),
    total: rows.length,
    page,
    pageSize: q.pageSize,
    excluded: excluded.slice(0, EXCLUDED_SHOWN),
    excludedCount: excluded.length,
  };
}

/**
 * Where each person the clerk ticked stands in the ranking asked for: their rank, or why it leaves
 * them out (the minimum conditions' reason, another district, not serving in the year), so the
 * helper can name the chosen its table does not show.
 */
export function chosenStandings(ctx: CoreContext, q: ParsedInput<'nomination-chosen'>): ChosenStanding[] {
  const ranking = rankFor(ctx, q);
  const ranked = new Map(ranking.rows.map((r) => [r.volunteerId, r]));
  const left = new Map(ranking.excluded.map((x) => [x.volunteerId, x]));
  const ids = [...new Set(q.volunteerIds)];
  const others = ids.filter((id) => !ranked.has(id) && !left.has(id));
  const register = new Map(
    (others.length
      ? ctx.db
          .prepare(
            `SELECT id, trim(title || first_name || ' ' || last_name) AS name, area_district AS district, erased_at IS NOT NULL AS erased
             FROM volunteers WHERE id IN (SELECT value FROM json_each(?))`,
          )
          .all(JSON.stringify(others)) as { id: number; name: string; district: string; erased: number }[]
      : []
    ).map((v) => [v.id, v]),
  );
  return ids.map((volunteerId): ChosenStanding => {
    const r = ranked.get(volunteerId) ?? left.get(volunteerId);
    if (r) return { volunteerId, name: r.name, district: r.district, rank: 'rank' in r ? r.rank : null, reason: 'reason' in r ? r.reason : null };
    const v = register.get(volunteerId);
    const reason = !v
      ? 'ไม่พบในทะเบียน อาจถูกรวมกับรายอื่นแล้ว'
      : v.erased
        ? 'ข้อมูลส่วนบุคคลถูกลบแล้ว'
        : q.district && v.district !== q.district
          ? `อยู่อำเภอ${v.district}`
          : 'ไม่ได้ปฏิบัติหน้าที่ในปีงบประมาณนี้';
    return { volunteerId, name: v && !v.erased ? v.name : '', district: v?.district ?? '', rank: null, reason };
  });
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

type HonourChoice = ParsedInput<'nomination-certificates'>;

/**
 * The people chosen, each with the อสร.ดีเด่น award of the year their certificate's number is kept
 * by, and the fiscal year a new number belongs to (of the day the certificates are given).
 * Refused for a person erased or not found, or whose award is not recorded yet.
 */
function honoured(ctx: CoreContext, input: HonourChoice) {
  const ids = [...new Set(input.volunteerIds)];
  const standings = readStandings(ctx.db, ids);
  const awards = outstandingAwards(ctx.db, ids, input.fiscalYear);
  const people = ids.map((id) => {
    const s = standings.get(id);
    if (!s) throw new AppFailure('NOT_FOUND', 'ไม่พบอาสาสมัครบางรายที่เลือก อาจถูกลบหรือรวมกับรายอื่นไปแล้ว กรุณาโหลดรายการใหม่');
    if (s.erased) throw new AppFailure('CONFLICT', 'มีอาสาสมัครที่ข้อมูลส่วนบุคคลถูกลบแล้วอยู่ในรายชื่อ จึงพิมพ์เกียรติบัตรไม่ได้ กรุณาเลือกใหม่');
    const awardId = awards.get(id);
    if (awardId === undefined) {
      throw new AppFailure(
        'VALIDATION',
        `${s.name} ยังไม่มีรางวัลอสร.ดีเด่น ปีงบประมาณ ${input.fiscalYear} บันทึกไว้ กรุณากด “บันทึกรางวัล” ก่อน แล้วจึงพิมพ์เกียรติบัตร (เลขที่เกียรติบัตรเก็บไว้กับรางวัล)`,
      );
    }
    return { volunteerId: id, name: s.name, holder: { awardId } };
  });
  const givenOn = input.givenOn ?? todayIso(ctx.now());
  return { people, givenOn, fiscalYear: fiscalYearOf(givenOn) };
}

/**
 * เกียรติบัตร for the people chosen, through the certificates' own layout, each with its award's
 * number, or the number an issue would give: marked as a preview unless `issuing`.
 */
async function honourFile(ctx: CoreContext, input: HonourChoice, issuing: boolean) {
  const { people, givenOn, fiscalYear } = honoured(ctx, input);
  const holders = people.map((p) => p.holder);
  const numbers = planCertificateNumbers(ctx.db, holders, fiscalYear);
  const recipients = people.map((p, i) => ({ name: p.name, number: certificateNoText(numbers[i]), preview: !issuing && !numbers[i].issued }));
  const office = readOfficeSettings(ctx.db);
  const env = envFor(ctx, input);
  ctx.audit({ entity: 'volunteer', entityId: null, action: 'print', details: { document: 'เกียรติบัตร อสร.ดีเด่น', fiscalYear: input.fiscalYear, count: recipients.length } });
  const honour = honourWording(input.fiscalYear);
  const doc = certificates({ kind: 'honour', honour, title: honour, givenOn, recipients, signer: headOf(office) }, env);
  const file = await pdf(honourCertificatesName(input.fiscalYear), doc, env, recipients.map((r) => r.name));
  return { people, holders, numbers, fiscalYear, file };
}

export const honourCertificates = async (ctx: CoreContext, input: HonourChoice): Promise<FilePayload> => (await honourFile(ctx, input, false)).file;

/** nomination-certificates-issue: the file with the preview's numbers, which each chosen person's award without one is then given. */
export async function issueHonourCertificates(input: HonourChoice, ctx: CoreContext): Promise<CertificatesIssued> {
  const { people, holders, numbers, fiscalYear, file } = await honourFile(ctx, input, true);
  // Each entry is filed under its volunteer (the person's page and a PDPA export show it).
  return issuePlanned(ctx, { holders, planned: numbers, seminarId: null, fiscalYear, file }, (given) =>
    given.map((number, i) => (number ? { entity: 'volunteer', entityId: String(people[i].volunteerId), action: 'certificate-issue', details: { awardId: people[i].holder.awardId, number } } : null)),
  );
}
