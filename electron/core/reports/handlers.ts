import { AppFailure } from '@shared/errors';
import { datedFileName, fiscalYearOf, todayIso } from '@shared/thai';
import { REPORT_FONT_LABELS, type reportsApi } from '@shared/api/reports';
import type { CoreContext, HandlerMap } from '../context';
import { getSeminarDetail } from '../seminars/read';
import { certificateNumbering } from '../certificates/register';
import { issueSeminarCertificates, seminarCertificatesPdf } from './seminar-certificates';
import { PHOTO_DAMAGED_NOTE, PHOTO_MISSING_NOTE, readPhotoFile } from '../seminars/photos';
import { readOfficeSettings } from '../settings/service';
import { newsPdf, newsText } from './documents/news';
import { paymentEvidence } from './documents/payment-evidence';
import { resultReport, type ReportPhoto } from './documents/result-report';
import type { SeminarPhoto } from '@shared/schemas/seminar';
import { signInFileName, signInSheetPdf } from './documents/sign-in-sheet';
import { speakerFeeLine, speakerReceipts } from './documents/speaker-receipt';
import { volunteerList } from './documents/volunteer-list';
import { invitation } from './documents/invitation';
import { memo, MEMO_SUBJECTS } from './documents/memo';
import { agendaData, invitationData, memoData, nameTagData, whenOf, type LetterInput } from './letter-data';
import { agenda } from './documents/agenda';
import { evaluationForm } from './documents/evaluation';
import { summarizeEvaluation } from '@shared/schemas/evaluation';
import { listEvaluations } from '../seminars/evaluation';
import { nameTags } from './documents/name-tags';
import { volunteerListData } from './volunteer-data';
import { drawable, envFor, fontSet, nothingToPrint, pdf } from './output';
import { activityReportDoc, activityReportFileName } from '../activities/report';
import { activityReportPdf } from './documents/activity-report';
import { firstDate, lastDate, seminarNames, newsData, paymentData, PAYMENT_PURPOSE, resultData, signInData, speakerData, venueOf } from './seminar-data';

/** The seminar's photos as the PDF engine takes them; a photo whose file is gone prints as a framed Thai note. */
function photosOf(ctx: CoreContext, photos: SeminarPhoto[]): ReportPhoto[] {
  return photos.map((p) => {
    const file = readPhotoFile(ctx.db, ctx.dataDir, p.id);
    if (typeof file === 'string') return { dataUrl: null, caption: p.caption, missingNote: `${file === 'missing' ? PHOTO_MISSING_NOTE : PHOTO_DAMAGED_NOTE} (${p.fileName})` };
    return { dataUrl: `data:${p.mime};base64,${Buffer.from(file.bytes).toString('base64')}`, caption: p.caption };
  });
}

function letterInput(input: { bookNo: string; date?: string; unit: string; fax: string; thaiDigits: boolean }, ctx: CoreContext): LetterInput {
  return { bookNo: input.bookNo, date: input.date ?? todayIso(ctx.now()), unit: input.unit, fax: input.fax, thaiDigits: input.thaiDigits };
}

/** Printing participants' names and amounts is an export of personal data: it goes in the audit trail. */
function auditPrint(ctx: CoreContext, seminarId: number, document: string, people: number): void {
  ctx.audit({ entity: 'seminar', entityId: String(seminarId), action: 'print', details: { document, people } });
}

export const reportsHandlers: HandlerMap<keyof typeof reportsApi> = {
  'report-fonts': (_input, ctx) => [
    { id: 'sarabun', label: REPORT_FONT_LABELS.sarabun, available: true },
    { id: 'th-sarabun-new', label: REPORT_FONT_LABELS['th-sarabun-new'], available: fontSet(ctx).thSarabunNew !== null },
  ],

  'report-signin-sheet': async (input, ctx) => {
    const s = getSeminarDetail(ctx.db, input.seminarId);
    const data = signInData(s, input.sessionId, input.grouped, input.groupId);
    if (!data) throw new AppFailure('NOT_FOUND', 'ไม่พบช่วงเวลาหรือกลุ่มนี้ในโครงการ');
    const people = data.groups.reduce((n, g) => n + g.people.length, 0);
    auditPrint(ctx, s.id, 'ใบลงทะเบียน', people);
    const env = envFor(ctx, input);
    return { name: `${signInFileName(data, s.id)}.pdf`, bytes: await signInSheetPdf(data, env, seminarNames(s, readOfficeSettings(ctx.db))) };
  },

  'report-payment-evidence': async (input, ctx) => {
    const s = getSeminarDetail(ctx.db, input.seminarId);
    const data = paymentData(s, readOfficeSettings(ctx.db), input.kind);
    if (!data.rows.length) nothingToPrint(`ผู้เข้าร่วมที่มีจำนวนเงิน${PAYMENT_PURPOSE[input.kind]}`);
    auditPrint(ctx, s.id, `หลักฐานการจ่ายเงิน${data.purpose}`, data.rows.length);
    const env = envFor(ctx, input);
    return pdf(`หลักฐานการจ่ายเงิน-${s.id}`, paymentEvidence(data, env), env, seminarNames(s, readOfficeSettings(ctx.db)));
  },

  'report-speaker-receipts': async (input, ctx) => {
    const s = getSeminarDetail(ctx.db, input.seminarId);
    const env = envFor(ctx, input);
    const data = speakerData(s, readOfficeSettings(ctx.db), (date, hours, rate) => speakerFeeLine(s.title, date, hours, rate, env));
    if (!data.receipts.length) nothingToPrint('วิทยากรที่มีค่าตอบแทน');
    auditPrint(ctx, s.id, 'ใบสำคัญรับเงินวิทยากร', data.receipts.length);
    return pdf(`ใบสำคัญรับเงิน-${s.id}`, speakerReceipts(data, env), env, seminarNames(s, readOfficeSettings(ctx.db)));
  },

  'report-result': async (input, ctx) => {
    const s = getSeminarDetail(ctx.db, input.seminarId);
    const photos = photosOf(ctx, s.photos);
    const env = envFor(ctx, input);
    const office = readOfficeSettings(ctx.db);
    const name = `รายงานผลการดำเนินโครงการ-${s.id}`;
    const evaluation = summarizeEvaluation(listEvaluations(ctx.db, s.id), s.groups);
    try {
      return await pdf(name, resultReport({ ...resultData(s, office, photos), evaluation }, env), env, seminarNames(s, office), input.format);
    } catch (e) {
      // A file that looks like a JPEG or PNG but cannot be decoded: find it, print the note instead.
      const checked = await Promise.all(photos.map(async (p, i) => (p.dataUrl && !(await drawable(p.dataUrl, env)) ? { dataUrl: null, caption: p.caption, missingNote: `${PHOTO_DAMAGED_NOTE} (${s.photos[i].fileName})` } : p)));
      if (checked.every((p, i) => p === photos[i])) throw e;
      return pdf(name, resultReport({ ...resultData(s, office, checked), evaluation }, env), env, seminarNames(s, office), input.format);
    }
  },

  'report-certificates': (input, ctx) => seminarCertificatesPdf(ctx, input),

  'report-certificates-issue': (input, ctx) => issueSeminarCertificates(input, ctx),

  'report-certificate-numbering': ({ seminarId, givenOn }, ctx) => {
    const s = getSeminarDetail(ctx.db, seminarId);
    return certificateNumbering(ctx.db, s.id, fiscalYearOf(givenOn ?? lastDate(s)));
  },

  'report-news-draft': (input, ctx) => newsText(newsData(getSeminarDetail(ctx.db, input.seminarId), readOfficeSettings(ctx.db), input.count), input.thaiDigits),

  'report-news-pdf': async (input, ctx) => {
    const s = getSeminarDetail(ctx.db, input.seminarId);
    const env = envFor(ctx, input);
    const chosen = input.photoIds.map((id) => s.photos.find((p) => p.id === id) ?? nothingToPrint('รูปภาพที่เลือกในโครงการนี้'));
    // A file that looks like a JPEG or PNG but cannot be decoded prints as the note too.
    const photos = await Promise.all(
      photosOf(ctx, chosen).map(async (p, i) => (p.dataUrl && !(await drawable(p.dataUrl, env)) ? { dataUrl: null, caption: p.caption, missingNote: `${PHOTO_DAMAGED_NOTE} (${chosen[i].fileName})` } : p)),
    );
    return pdf(`ข่าวประชาสัมพันธ์-${s.id}`, newsPdf({ headline: input.headline, body: input.body, date: firstDate(s), photos }, env), env, seminarNames(s, readOfficeSettings(ctx.db)), input.format);
  },

  'report-invitation': async (input, ctx) => {
    const s = getSeminarDetail(ctx.db, input.seminarId);
    const data = invitationData(s, readOfficeSettings(ctx.db), { ...letterInput(input, ctx), mode: input.mode, groupIds: input.groupIds });
    if (!data.recipients.length) nothingToPrint(input.mode === 'agency' ? 'หน่วยงานของผู้เข้าร่วมในกลุ่มที่เลือก' : 'กลุ่มเป้าหมายที่เลือก');
    const people = data.recipients.reduce((n, r) => n + r.people.length, 0);
    auditPrint(ctx, s.id, 'หนังสือเชิญ', people);
    const env = envFor(ctx, input);
    return pdf(`หนังสือเชิญ-${s.id}`, invitation(data, env), env, seminarNames(s, readOfficeSettings(ctx.db)), input.format);
  },

  'report-agenda': async (input, ctx) => {
    const s = getSeminarDetail(ctx.db, input.seminarId);
    const env = envFor(ctx, input);
    return pdf(`กำหนดการ-${s.id}`, agenda(agendaData(s), env), env);
  },

  'report-name-tags': async (input, ctx) => {
    const s = getSeminarDetail(ctx.db, input.seminarId);
    const data = nameTagData(s, input.groupIds, input.perPage);
    if (!data.tags.length) nothingToPrint('ผู้เข้าร่วมในกลุ่มที่เลือก');
    auditPrint(ctx, s.id, 'ป้ายชื่อ', data.tags.length);
    const env = envFor(ctx, input);
    return pdf(`ป้ายชื่อ-${s.id}`, nameTags(data, env), env);
  },

  'report-evaluation-form': async (input, ctx) => {
    const s = getSeminarDetail(ctx.db, input.seminarId);
    const env = envFor(ctx, input);
    const data = { projectTitle: s.title, heldAt: `${whenOf(s, input.thaiDigits).replace(/^ใน/, '')} ณ ${venueOf(s)}`, groups: s.groups.map((g) => g.name) };
    return pdf(`แบบประเมินความพึงพอใจ-${s.id}`, evaluationForm(data, env), env);
  },

  'report-memo': async (input, ctx) => {
    const s = getSeminarDetail(ctx.db, input.seminarId);
    const data = memoData(s, readOfficeSettings(ctx.db), { ...letterInput(input, ctx), kind: input.kind });
    if (!data.budget.length) nothingToPrint(input.kind === 'disbursement' ? 'รายการงบประมาณที่จ่ายจริง' : 'รายการงบประมาณของโครงการ');
    const env = envFor(ctx, input);
    return pdf(`${MEMO_SUBJECTS[input.kind]}-${s.id}`, memo(data, env), env, seminarNames(s, readOfficeSettings(ctx.db)), input.format);
  },

  'report-volunteer-list': async (input, ctx) => {
    const today = todayIso(ctx.now());
    const data = volunteerListData(ctx.db, input.query, today, input.fullIds);
    const count = data.districts.reduce((n, d) => n + d.rows.length, 0);
    if (!count) nothingToPrint('อาสาสมัครตามเงื่อนไขที่เลือก');
    // A list of names, phones and (masked or full) IDs leaving the app: the PDPA audit trail records it.
    ctx.audit({ entity: 'volunteer', entityId: null, action: 'print', details: { document: 'ทะเบียนอาสาสมัครแรงงาน (PDF)', filter: data.filterLabel, count, fullIds: input.fullIds } });
    const env = envFor(ctx, input);
    return pdf(datedFileName(['ทะเบียนอาสาสมัครแรงงาน'], today), volunteerList(data, env), env, data.districts.flatMap((d) => d.rows.map((r) => r.name)));
  },

  'report-activities': async (input, ctx) => {
    const doc = activityReportDoc(ctx, input.query);
    const env = envFor(ctx, input);
    const names = [...doc.report.inactive.map((p) => p.name), ...(doc.report.by === 'volunteer' ? doc.report.rows.map((r) => r.label) : [])];
    return pdf(activityReportFileName(doc), activityReportPdf(doc, env.office.officeName, env), env, names);
  },
};
