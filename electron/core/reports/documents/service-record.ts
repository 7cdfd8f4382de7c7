import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatThaiDateLong, formatThaiDateShort } from '@shared/thai';
import { emblem, gridLayout, num, officialPage, pt, section, signatureBlock, type DocEnv, type Signer } from '../engine/frame';
import { personName } from '../engine/thai-breaks';

export interface ServiceRecordData {
  name: string;
  /** Masked unless the document needs it: a record handed over keeps the ID partly hidden. */
  nationalId: string;
  level: string;
  area: string;
  status: string;
  cardNo: string;
  terms: { orderNo: string; orderDate: string | null; termStart: string | null; termEnd: string | null }[];
  cards: { issueNo: number; issuedOn: string; termStart: string | null; termEnd: string | null }[];
  seminars: { title: string; firstDate: string; fiscalYear: number; attended: boolean; certificateNo: string | null }[];
  /** Per fiscal year (B.E.), newest first: each kind's entries and the people they counted. */
  activities: { fiscalYear: number; kinds: { kind: string; entries: number; people: number }[] }[];
  /** Awards, newest fiscal year first, each already named (the kind or the typed name). */
  awards: { fiscalYear: number; name: string; givenBy: string; givenOn: string | null; certificateNo: string | null }[];
  printedOn: string;
  signer: Signer;
}

const d = (iso: string | null) => (iso ? formatThaiDateShort(iso) : '-');

/** A numbered section of the record: its heading, and its table or, with nothing to list, `empty`. */
function table(env: DocEnv, heading: string, heads: string[], widths: (number | string)[], rows: TableCell[][], empty: string): Content {
  if (!rows.length) return section(env, heading, { text: empty, color: '#555555', margin: [pt(env, 12), 0, 0, pt(env, 4)] });
  return section(env, heading, {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [heads.map((text) => ({ text, style: 'th', fillColor: '#eeeeee' })), ...rows] },
    layout: gridLayout,
    fontSize: pt(env, 14),
    margin: [0, 0, 0, pt(env, 4)],
  });
}

/**
 * ประวัติการปฏิบัติงานอาสาสมัครแรงงาน: one volunteer's whole record from the register (who, terms
 * and their orders, cards issued, seminars and office activities, activities by fiscal year,
 * awards) with the head of office's signature certifying it.
 */
export function serviceRecord(data: ServiceRecordData, env: DocEnv): TDocumentDefinitions {
  const c = (text: string | number) => ({ text: num(env, text), alignment: 'center' as const });
  const field = (label: string, value: string): Content => ({ columns: [{ width: pt(env, 190), text: label, bold: true, noWrap: true }, { width: '*', text: value || '-' }] });
  const content: Content[] = [
    ...emblem(env, 2),
    { text: 'ประวัติการปฏิบัติงานอาสาสมัครแรงงาน', style: 'title' },
    { text: env.office.officeName, style: 'subtitle', margin: [0, 0, 0, pt(env, 10)] },
    field('ชื่อ - สกุล', personName(data.name)),
    field('เลขประจำตัวประชาชน', data.nationalId),
    field('ระดับ', data.level),
    field('พื้นที่รับผิดชอบ', data.area),
    field('สถานะ', data.status),
    field('เลขที่บัตร', data.cardNo),
    table(env, '1. การแต่งตั้ง', ['วาระที่', 'คำสั่งที่', 'ลงวันที่', 'เริ่มวาระ', 'สิ้นสุดวาระ'], [pt(env, 40), '*', '*', '*', '*'],
      data.terms.map((t, i) => [c(i + 1), c(t.orderNo || '-'), c(d(t.orderDate)), c(d(t.termStart)), c(d(t.termEnd))]), 'ยังไม่มีข้อมูลการแต่งตั้ง'),
    table(env, '2. บัตรประจำตัว', ['ฉบับที่', 'วันที่ออกบัตร', 'วาระบนบัตร'], [pt(env, 40), '*', '*'],
      data.cards.map((k) => [c(k.issueNo), c(d(k.issuedOn)), c(k.termStart ? `${d(k.termStart)} – ${d(k.termEnd)}` : '-')]), 'ยังไม่เคยออกบัตร'),
    // A certificate's number under "เข้าร่วม": a column of its own would leave the titles too narrow.
    table(env, '3. การเข้าร่วมโครงการ สัมมนา และกิจกรรมของสำนักงาน', ['ลำดับ', 'โครงการ/กิจกรรม', 'วันที่', 'ปีงบประมาณ', 'การเข้าร่วม'], [pt(env, 36), '*', pt(env, 84), pt(env, 80), pt(env, 92)],
      data.seminars.map((s, i) => [c(i + 1), num(env, s.title), c(d(s.firstDate)), c(s.fiscalYear), s.attended ? { stack: [c('เข้าร่วม'), ...(s.certificateNo ? [{ ...c(`เลขที่ ${s.certificateNo}`), noWrap: true }] : [])] } : c('ไม่ได้ลงชื่อ')]), 'ยังไม่มีการเข้าร่วม'),
    table(env, '4. ผลการปฏิบัติงานรายปีงบประมาณ', ['ปีงบประมาณ', 'ประเภทกิจกรรม', 'บันทึก (รายการ)', 'จำนวน (คน/ครั้ง)'], [pt(env, 80), '*', pt(env, 84), pt(env, 90)],
      data.activities.flatMap((y) => y.kinds.map((k, i): TableCell[] => [i === 0 ? { ...c(y.fiscalYear), rowSpan: y.kinds.length } : {}, k.kind, c(k.entries.toLocaleString('en-US')), c(k.people.toLocaleString('en-US'))])),
      'ยังไม่มีบันทึกผลการปฏิบัติงาน'),
    table(env, '5. รางวัลและการเชิดชูเกียรติ', ['ปีงบประมาณ', 'รางวัล', 'ผู้มอบ/คำสั่งหรือหนังสือ', 'วันที่ได้รับ', 'เลขที่เกียรติบัตร'], [pt(env, 80), '*', '*', pt(env, 84), pt(env, 76)],
      data.awards.map((a) => [c(a.fiscalYear), num(env, a.name), num(env, a.givenBy || '-'), c(d(a.givenOn)), c(a.certificateNo ?? '-')]), 'ยังไม่มีบันทึกรางวัล'),
    { text: `ขอรับรองว่าข้อมูลข้างต้นถูกต้องตามทะเบียนอาสาสมัครแรงงาน ณ วันที่ ${formatThaiDateLong(data.printedOn)}`, margin: [0, pt(env, 12), 0, 0] },
    signatureBlock(env, data.signer),
  ];
  return officialPage(env, { title: `ประวัติการปฏิบัติงาน ${data.name}`, content });
}
