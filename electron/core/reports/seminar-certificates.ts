import type { ParsedInput } from '@shared/api';
import type { FilePayload } from '@shared/api/define';
import { certificateGroupsByDefault, type CertificatesIssued } from '@shared/api/reports';
import { fiscalYearOf } from '@shared/thai';
import { certificateNoText, issueCertificateNumbers, planCertificateNumbers } from '../certificates/register';
import type { CoreContext } from '../context';
import { getSeminarDetail } from '../seminars/read';
import { readOfficeSettings } from '../settings/service';
import type { Written } from '../write';
import { certificates, CERTIFICATE_TITLES } from './documents/certificates';
import { envFor, nothingToPrint, pdf } from './output';
import { certificateRecipients, headOf, heldOn, lastDate, seminarNames, venueOf } from './seminar-data';

type Choice = ParsedInput<'report-certificates-issue'>;

/** The people a seminar's certificates go to, in print order, and the fiscal year their new numbers belong to. */
function chosenFor(ctx: CoreContext, input: Choice) {
  const s = getSeminarDetail(ctx.db, input.seminarId);
  const office = readOfficeSettings(ctx.db);
  const chosen = certificateRecipients(s, office, input.groupIds ?? certificateGroupsByDefault(s.groups), input.speakers);
  if (!chosen.length) nothingToPrint('ผู้ที่ลงเวลาเข้าร่วมในกลุ่มที่เลือก');
  const givenOn = input.givenOn ?? lastDate(s);
  return { s, office, chosen, givenOn, fiscalYear: fiscalYearOf(givenOn) };
}

/** report-certificates-issue: the chosen people without a number are given theirs, as the preview showed them. */
export function issueSeminarCertificates(input: Choice, ctx: CoreContext): Written<CertificatesIssued> {
  const { s, chosen, fiscalYear } = chosenFor(ctx, input);
  const numbers = issueCertificateNumbers(ctx.db, chosen.map((r) => r.holder), s.id, fiscalYear, input.startNo, ctx.now().toISOString());
  return { result: { numbers }, audit: numbers.length ? { entity: 'seminar', entityId: String(s.id), action: 'certificate-issue', details: { numbers } } : null };
}

/** report-certificates: each page with its holder's number, or the number an issue would give (then marked as a preview). */
export async function seminarCertificatesPdf(ctx: CoreContext, input: ParsedInput<'report-certificates'>): Promise<FilePayload> {
  const { s, office, chosen, givenOn, fiscalYear } = chosenFor(ctx, input);
  const numbers = planCertificateNumbers(ctx.db, chosen.map((r) => r.holder), fiscalYear, input.startNo);
  // Printing names is an export of personal data: it goes in the audit trail.
  ctx.audit({ entity: 'seminar', entityId: String(s.id), action: 'print', details: { document: CERTIFICATE_TITLES[input.kind], people: chosen.length } });
  const recipients = chosen.map((r, i) => ({ name: r.name, speaker: r.speaker, number: certificateNoText(numbers[i]), preview: !numbers[i].issued }));
  const env = envFor(ctx, input);
  const doc = certificates(
    { kind: input.kind, eventKind: s.kind, projectTitle: s.title, heldOn: heldOn(s, input.thaiDigits), venue: venueOf(s), givenOn, recipients, signer: headOf(office) },
    env,
  );
  return pdf(`${CERTIFICATE_TITLES[input.kind]}-${s.id}`, doc, env, seminarNames(s, office));
}
