import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatThaiDateLong, type IsoDate } from '@shared/thai';
import { officeActivityNote, type ActivityReport } from '@shared/schemas/activity';
import { gridLayout, num, officialPage, pt, section, signatureBlock, type DocEnv, type Signer } from '../engine/frame';
import { personName } from '../engine/thai-breaks';

export interface ActivityReportDoc {
  report: ActivityReport;
  province: string;
  asOf: IsoDate;
  signer: Signer;
}

export const ACTIVITY_REPORT_TITLE = 'รายงานผลการปฏิบัติงานของอาสาสมัครแรงงาน';

/** The heading lines every form of the report shares (PDF and Excel). */
export function activityReportHeading(doc: ActivityReportDoc, officeName: string): string[] {
  const { report } = doc;
  const where = report.district ? `อำเภอ${report.district}${doc.province ? ` จังหวัด${doc.province}` : ''}` : doc.province ? `จังหวัด${doc.province} (ทุกอำเภอ)` : 'ทุกอำเภอ';
  return [ACTIVITY_REPORT_TITLE, officeName, `${report.periodLabel} · ${where}`].filter(Boolean);
}

const count = (env: DocEnv, n: number) => ({ text: n ? num(env, n.toLocaleString('en-US')) : '-', alignment: 'right' as const });
const th = (text: string): TableCell => ({ text, style: 'th', fillColor: '#eeeeee' });

const heading = (env: DocEnv, n: number, text: string) => `${num(env, n)}. ${text}`;

/**
 * รายงานผลการปฏิบัติงานของอาสาสมัครแรงงาน: people reached per kind by district or by volunteer,
 * referrals per agency with their outcomes, and the volunteers with nothing recorded; A4
 * landscape for the kinds' columns, column heads repeated on each page, signed by the head.
 */
export function activityReportPdf(doc: ActivityReportDoc, officeName: string, env: DocEnv): TDocumentDefinitions {
  const { report } = doc;
  const byVolunteer = report.by === 'volunteer';
  const lead = byVolunteer ? ['ที่', 'ชื่อ – สกุล', 'อำเภอ', 'ตำบล'] : ['ที่', 'อำเภอ'];
  const kindHeads = report.kinds.map((k) => k.name);
  const body: TableCell[][] = [
    [...lead, ...kindHeads, 'รวม'].map(th),
    ...report.rows.map((r, i): TableCell[] => [
      { text: num(env, i + 1), alignment: 'center' },
      byVolunteer ? personName(r.label) : r.label,
      ...(byVolunteer ? [r.district, r.subdistrict] : []),
      ...r.counts.map((c) => count(env, c)),
      { ...count(env, r.total), bold: true },
    ]),
    [
      { text: 'รวมทั้งสิ้น', colSpan: lead.length, bold: true, alignment: 'center' },
      ...lead.slice(1).map(() => ({})),
      ...report.totals.map((c) => ({ ...count(env, c), bold: true })),
      { ...count(env, report.total), bold: true },
    ],
  ];
  const leadWidths = byVolunteer ? [24, '*', 70, 70] : [24, '*'];
  const kindWidth = byVolunteer ? 62 : 78;
  const note = officeActivityNote(report);
  const content: Content[] = [
    ...activityReportHeading(doc, officeName).map((text, i): Content => ({ text, style: i === 0 ? 'title' : 'subtitle' })),
    { text: `ข้อมูล ณ วันที่ ${formatThaiDateLong(doc.asOf)} · หน่วยนับ: คน (จำนวนผู้ได้รับประโยชน์)`, alignment: 'center', style: 'small', margin: [0, pt(env, 2), 0, pt(env, 8)] },
    section(
      env,
      heading(env, 1, byVolunteer ? 'ผลการปฏิบัติงานรายบุคคล จำแนกตามประเภทกิจกรรม' : 'ผลการปฏิบัติงานรายอำเภอ จำแนกตามประเภทกิจกรรม'),
      report.rows.length
        ? { table: { headerRows: 1, dontBreakRows: true, widths: [...leadWidths, ...report.kinds.map(() => kindWidth), 50], body }, layout: gridLayout, fontSize: pt(env, 14) }
        : { text: 'ไม่มีผลการปฏิบัติงานที่บันทึกไว้ในช่วงนี้', margin: [pt(env, 36), 0, 0, 0] },
    ),
    ...(note ? [{ text: `หมายเหตุ: ${note}`, style: 'small', margin: [0, pt(env, 4), 0, 0] } satisfies Content] : []),
    section(
      env,
      heading(env, 2, 'การชี้เป้า/ส่งต่อ จำแนกตามหน่วยงานที่รับเรื่อง'),
      report.agencies.length
        ? {
            table: {
              headerRows: 1,
              dontBreakRows: true,
              widths: [24, '*', 60, 60, 80, 80, 80],
              body: [
                ['ที่', 'หน่วยงาน', 'จำนวนเรื่อง', 'จำนวนคน', 'ได้รับความช่วยเหลือ', 'ไม่ได้รับความช่วยเหลือ', 'รอผล/ไม่ทราบผล'].map(th),
                ...report.agencies.map((a, i): TableCell[] => [
                  { text: num(env, i + 1), alignment: 'center' },
                  a.agency,
                  count(env, a.records),
                  count(env, a.people),
                  count(env, a.helped),
                  count(env, a.notHelped),
                  count(env, a.pending),
                ]),
              ],
            },
            layout: gridLayout,
            fontSize: pt(env, 14),
          }
        : { text: 'ไม่มีการชี้เป้า/ส่งต่อในช่วงนี้', margin: [pt(env, 36), 0, 0, 0] },
    ),
    section(
      env,
      heading(env, 3, `อาสาสมัครที่ไม่มีผลการปฏิบัติงานในช่วงนี้ ${num(env, report.inactive.length.toLocaleString('en-US'))} คน จากที่ปฏิบัติหน้าที่ ${num(env, report.serving.toLocaleString('en-US'))} คน`),
      report.inactive.length
        ? {
            table: {
              headerRows: 1,
              dontBreakRows: true,
              widths: [24, '*', 140, 140],
              body: [
                ['ที่', 'ชื่อ – สกุล', 'อำเภอ', 'ตำบล'].map(th),
                ...report.inactive.map((p, i): TableCell[] => [{ text: num(env, i + 1), alignment: 'center' }, personName(p.name), p.district, p.subdistrict]),
              ],
            },
            layout: gridLayout,
            fontSize: pt(env, 14),
          }
        : { text: 'อาสาสมัครทุกคนมีผลการปฏิบัติงาน', margin: [pt(env, 36), 0, 0, 0] },
    ),
    signatureBlock(env, doc.signer, '', { marginTop: pt(env, 28) }),
  ];
  return officialPage(env, { title: ACTIVITY_REPORT_TITLE, orientation: 'landscape', content });
}
