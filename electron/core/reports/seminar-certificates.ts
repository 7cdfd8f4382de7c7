import type { ParsedInput } from '@shared/api';
import type { FilePayload } from '@shared/api/define';
import { certificateGroupsByDefault, type CertificatesIssued } from '@shared/api/reports';
import { fiscalYearOf } from '@shared/thai';
import { certificateNoText, planCertificateNumbers } from '../certificates/register';
import { issuePlanned } from '../certificates/issue';
import type { CoreContext } from '../context';
import { getSeminarDetail } from '../seminars/read';
import { readOfficeSettings } from '../settings/service';
import { certificates, CERTIFICATE_TITLES } from './documents/certificates';
import { envFor, nothingToPrint, pdf } from './output';
import { certificateRecipients, headOf, heldOn, lastDate, seminarNames, venueOf } from './seminar-data';

type Choice = ParsedInput<'report-certificates'>;

/** The people a seminar's certificates go to, in print order, and the fiscal year their new numbers belong to. */
function chosenFor(ctx: CoreContext, input: Choice) {
  const s = getSeminarDetail(ctx.db, input.seminarId);
  const office = readOfficeSettings(ctx.db);
  const chosen = certificateRecipients(s, office, input.groupIds ?? certificateGroupsByDefault(s.groups), input.speakers);
  if (!chosen.length) nothingToPrint('ผู้ที่ลงเวลาเข้าร่วมในกลุ่มที่เลือก');
  const givenOn = input.givenOn ?? lastDate(s);
  return { s, office, chosen, givenOn, fiscalYear: fiscalYearOf(givenOn) };
}

/**
 * The certificates with each holder's number, or the number an issue would give: marked as a
 * preview unless `issuing` (the file an issue then saves).
 */
async function certificatesFile(ctx: CoreContext, input: Choice, issuing: boolean) {
  const { s, office, chosen, givenOn, fiscalYear } = chosenFor(ctx, input);
  const holders = chosen.map((r) => r.holder);
  const numbers = planCertificateNumbers(ctx.db, holders, fiscalYear, input.startNo);
  // Printing names is an export of personal data: it goes in the audit trail.
  ctx.audit({ entity: 'seminar', entityId: String(s.id), action: 'print', details: { document: CERTIFICATE_TITLES[input.kind], people: chosen.length } });
  const recipients = chosen.map((r, i) => ({ name: r.name, speaker: r.speaker, number: certificateNoText(numbers[i]), preview: !issuing && !numbers[i].issued }));
  const env = envFor(ctx, input);
  const doc = certificates(
    { kind: input.kind, eventKind: s.kind, projectTitle: s.title, heldOn: heldOn(s, input.thaiDigits), venue: venueOf(s), givenOn, recipients, signer: headOf(office) },
    env,
  );
  const file = await pdf(`${CERTIFICATE_TITLES[input.kind]}-${s.id}`, doc, env, seminarNames(s, office));
  return { s, holders, numbers, fiscalYear, file };
}

/** report-certificates: each page with its holder's number, or the number an issue would give (then marked as a preview). */
export async function seminarCertificatesPdf(ctx: CoreContext, input: Choice): Promise<FilePayload> {
  return (await certificatesFile(ctx, input, false)).file;
}

/** report-certificates-issue: the file with the preview's numbers, which the chosen people without one are then given. */
export async function issueSeminarCertificates(input: Choice, ctx: CoreContext): Promise<CertificatesIssued> {
  const { s, holders, numbers, fiscalYear, file } = await certificatesFile(ctx, input, true);
  return issuePlanned(ctx, { holders, planned: numbers, seminarId: s.id, fiscalYear, startNo: input.startNo, file }, (given) => {
    const numbers = given.filter((n) => n !== null);
    return [numbers.length ? { entity: 'seminar', entityId: String(s.id), action: 'certificate-issue', details: { numbers } } : null];
  });
}
