import type { FilePayload } from '@shared/api';
import { SCORE_PARTS, type NominationRow } from '@shared/schemas/award';
import { formatThaiDateLong } from '@shared/thai/dates';
import { criteriaLines, NOMINATED, nominationHeading, type NominationListDoc } from '../../reports/documents/nomination-list';
import { PrintWorkbook, type Column } from '../writer';

/**
 * The ranked list as a print-ready workbook: the same heading, weights and figures as the PDF,
 * with each kind's records in its own column; A4 landscape, the name columns repeated when the
 * sheet spreads over pages, and a second sheet of the volunteers left out and why.
 */
export async function nominationXlsx(doc: NominationListDoc, officeName: string, fileName: string): Promise<FilePayload> {
  const { ranking } = doc;
  const title = [...nominationHeading(doc, officeName), `ข้อมูล ณ วันที่ ${formatThaiDateLong(doc.asOf)}`, ...criteriaLines(ranking)];
  const wb = new PrintWorkbook();
  // Points keep two decimals (0.1 a person reached), as the money format shows them.
  const score = (header: string, value: (r: NominationRow) => number): Column<NominationRow> => ({ header, width: 11, kind: 'money', value: (r) => value(r) });
  const sheet = wb.sheet<NominationRow>({
    name: 'ลำดับคะแนน',
    title,
    orientation: 'landscape',
    repeatColumns: 2,
    columns: [
      { header: 'ลำดับ', width: 7, kind: 'int', value: (r) => r.rank },
      { header: 'ชื่อ – สกุล', width: 30, value: (r) => r.name },
      { header: 'อำเภอ', width: 16, value: (r) => r.district },
      { header: 'ตำบล', width: 16, value: (r) => r.subdistrict },
      { header: 'อายุงาน (ปี)', width: 10, kind: 'int', value: (r) => r.years },
      ...ranking.kinds.map((k, i): Column<NominationRow> => ({ header: `${k.name} (รายการ)`, width: 14, kind: 'int', value: (r) => r.records[i] })),
      { header: 'ผู้ได้รับประโยชน์ (คน)', width: 13, kind: 'int', value: (r) => r.people },
      { header: 'เข้าร่วมโครงการ/กิจกรรม (ครั้ง)', width: 14, kind: 'int', value: (r) => r.events },
      ...SCORE_PARTS.map((p) => score(`คะแนน${p.label}`, (r) => r.parts[p.key])),
      score('คะแนนรวม', (r) => r.score),
      { header: 'ผลการคัดเลือก', width: 16, value: (r) => (doc.chosen.has(r.volunteerId) ? NOMINATED : '') },
    ],
  });
  for (const r of ranking.rows) sheet.add(r);
  await sheet.commit();

  let n = 0;
  const left = wb.sheet<NominationListDoc['ranking']['excluded'][number]>({
    name: 'ไม่ผ่านเงื่อนไข',
    title: [...title.slice(0, 3), `อาสาสมัครที่ไม่ผ่านเงื่อนไขขั้นต่ำ ${ranking.excluded.length.toLocaleString('en-US')} คน`],
    columns: [
      { header: 'ลำดับ', width: 7, kind: 'int', value: () => ++n },
      { header: 'ชื่อ – สกุล', width: 30, value: (p) => p.name },
      { header: 'อำเภอ', width: 16, value: (p) => p.district },
      { header: 'เหตุที่ไม่ผ่าน', width: 40, value: (p) => p.reason },
    ],
  });
  for (const p of ranking.excluded) left.add(p);
  await left.commit();
  return { name: fileName, bytes: await wb.finish() };
}
