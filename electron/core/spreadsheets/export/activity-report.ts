import type { FilePayload } from '@shared/api';
import { officeActivityNote } from '@shared/schemas/activity';
import { shortArea } from '@shared/schemas/volunteer';
import { formatThaiDateLong } from '@shared/thai/dates';
import { activityReportHeading, type ActivityReportDoc } from '../../reports/documents/activity-report';
import { PrintWorkbook } from '../writer';
import { countSheet } from './district-summary';

/**
 * The activity report as the ministry's workbook: the same heading and figures as the PDF, one
 * sheet each for people reached per kind, referrals per agency, and volunteers with nothing
 * recorded; A4, title merged over the table, totals as SUM formulas.
 */
export async function activityReportXlsx(doc: ActivityReportDoc, officeName: string, fileName: string): Promise<FilePayload> {
  const { report } = doc;
  const title = [...activityReportHeading(doc, officeName), `ข้อมูล ณ วันที่ ${formatThaiDateLong(doc.asOf)} · หน่วยนับ: คน (จำนวนผู้ได้รับประโยชน์)`];
  const wb = new PrintWorkbook();
  const byVolunteer = report.by === 'volunteer';
  const note = officeActivityNote(report);
  await countSheet(
    wb,
    'ผลงานตามประเภท',
    [...title, ...(note ? [`หมายเหตุ: ${note}`] : [])],
    byVolunteer ? 'ชื่อ – สกุล (ตำบล อำเภอ)' : 'อำเภอ/เขต',
    report.kinds.map((k) => k.name),
    report.rows.map((r) => ({ name: byVolunteer ? `${r.label} (${shortArea(r)})` : r.label, counts: r.counts })),
    true,
  );
  await countSheet(
    wb,
    'ส่งต่อตามหน่วยงาน',
    [...title.slice(0, -1), 'การชี้เป้า/ส่งต่อ จำแนกตามหน่วยงานที่รับเรื่อง'],
    'หน่วยงาน',
    ['จำนวนเรื่อง', 'จำนวนคน', 'ได้รับความช่วยเหลือ', 'ไม่ได้รับความช่วยเหลือ', 'รอผล/ไม่ทราบผล'],
    report.agencies.map((a) => ({ name: a.agency, counts: [a.records, a.people, a.helped, a.notHelped, a.pending] })),
    false,
  );
  let n = 0;
  const idle = wb.sheet<ActivityReportDoc['report']['inactive'][number]>({
    name: 'ไม่มีผลงาน',
    title: [...title.slice(0, -1), `อาสาสมัครที่ไม่มีผลการปฏิบัติงาน ${report.inactive.length.toLocaleString('en-US')} คน จากที่ปฏิบัติหน้าที่ ${report.serving.toLocaleString('en-US')} คน`],
    columns: [
      { header: 'ลำดับ', width: 7, kind: 'int', value: () => ++n },
      { header: 'ชื่อ – สกุล', width: 36, value: (p) => p.name },
      { header: 'อำเภอ', width: 20, value: (p) => p.district },
      { header: 'ตำบล', width: 20, value: (p) => p.subdistrict },
    ],
  });
  for (const p of report.inactive) idle.add(p);
  await idle.commit();
  return { name: fileName, bytes: await wb.finish() };
}
