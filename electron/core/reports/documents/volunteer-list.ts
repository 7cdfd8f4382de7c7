import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatNationalId, formatThaiDateLong, formatThaiDateShort, maskNationalId, type IsoDate } from '@shared/thai';
import { gridLayout, num, officialPage, pt, type DocEnv } from '../engine/frame';
import { personName } from '../engine/thai-breaks';

export interface VolunteerListRow {
  name: string;
  nationalId: string;
  subdistrict: string;
  phone: string;
  level: string;
  status: string;
  termEnd: IsoDate | null;
}

export interface VolunteerListData {
  /** e.g. `สถานะ ปฏิบัติหน้าที่` — what the list was filtered by. */
  filterLabel: string;
  asOf: IsoDate;
  districts: { name: string; rows: VolunteerListRow[] }[];
  /** National IDs are masked (1-2345-xxxxx-xx-3) unless the user asks for them in full. */
  fullIds: boolean;
}

const HEAD = ['ลำดับ', 'ชื่อ – สกุล', 'เลขประจำตัวประชาชน', 'ตำบลที่รับผิดชอบ', 'ระดับ', 'โทรศัพท์', 'สถานะ', 'ครบวาระ'];

/** ทะเบียนอาสาสมัครแรงงาน by district: one table per district, numbering restarting in each. */
export function volunteerList(data: VolunteerListData, env: DocEnv): TDocumentDefinitions {
  const o = { thaiDigits: env.thaiDigits };
  const total = data.districts.reduce((s, d) => s + d.rows.length, 0);
  const content: Content[] = [
    { text: `ทะเบียนอาสาสมัครแรงงาน ${env.office.officeName}`, style: 'title' },
    { text: `${data.filterLabel} ข้อมูล ณ วันที่ ${formatThaiDateLong(data.asOf, o)} รวม ${num(env, total)} คน`, alignment: 'center', margin: [0, 0, 0, pt(env, 6)] },
  ];
  for (const d of data.districts) {
    const body: TableCell[][] = [
      [{ text: `${d.name ? `อำเภอ${d.name}` : 'ไม่ระบุอำเภอ'} (${num(env, d.rows.length)} คน)`, colSpan: HEAD.length, bold: true, fillColor: '#dddddd' }, ...HEAD.slice(1).map(() => ({}))],
      HEAD.map((text) => ({ text, style: 'th', fillColor: '#eeeeee' })),
      ...d.rows.map((r, i): TableCell[] => [
        { text: num(env, i + 1), alignment: 'center' },
        personName(r.name),
        { text: num(env, data.fullIds ? formatNationalId(r.nationalId) : maskNationalId(r.nationalId)), noWrap: true },
        r.subdistrict,
        r.level,
        r.phone,
        r.status,
        r.termEnd ? formatThaiDateShort(r.termEnd, o) : '-',
      ]),
    ];
    content.push({
      table: { headerRows: 2, dontBreakRows: true, widths: [28, '*', 100, '13%', '18%', 62, '10%', 58], body },
      layout: gridLayout,
      fontSize: pt(env, 14),
      margin: [0, 0, 0, pt(env, 10)],
    });
  }
  return officialPage(env, { title: 'ทะเบียนอาสาสมัครแรงงาน', orientation: 'landscape', content });
}
