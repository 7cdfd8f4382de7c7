import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { OrderKind } from '@shared/api/orders';
import { termEndFor } from '@shared/api/orders';
import type { IsoDate } from '@shared/thai';
import { gridLayout, num, pt, type DocEnv, type Signer } from '../engine/frame';
import { dateWithEra, officialOrder, para } from '../engine/saraban';
import { personName } from '../engine/thai-breaks';

export interface AppointmentOrderData {
  kind: OrderKind;
  /** `สำนักงานแรงงานจังหวัดสงขลา` */
  officeName: string;
  province: string;
  orderNo: string;
  orderDate: IsoDate;
  termStart: IsoDate;
  termEnd: IsoDate;
  legalBasis: string;
  signer: Signer;
  /** In the order's sequence: by district, then subdistrict and name. */
  people: { name: string; areaSubdistrict: string; areaDistrict: string; level: string }[];
  /** A cancelled order prints marked ยกเลิก on every page, with when and why, so no copy passes as valid. */
  cancelled: { on: IsoDate; reason: string } | null;
}

export const ORDER_SUBJECT = 'แต่งตั้งอาสาสมัครแรงงาน';

/** Whole years of the term, when it is a whole number of years; otherwise null. */
function termYears(start: IsoDate, end: IsoDate): number | null {
  for (let years = 1; years <= 10; years++) if (termEndFor(start, years) === end) return years;
  return null;
}

/** The attached list: one table per district, numbered on through the whole order, heads repeated over pages. */
function list(env: DocEnv, data: AppointmentOrderData, issuer: string): Content[] {
  const districts = new Map<string, AppointmentOrderData['people']>();
  for (const p of data.people) districts.set(p.areaDistrict, [...(districts.get(p.areaDistrict) ?? []), p]);
  let n = 0;
  const tables = [...districts].map(([district, people]): Content => {
    const body: TableCell[][] = [
      ['ลำดับ', 'ชื่อ - สกุล', 'พื้นที่รับผิดชอบ (ตำบล/แขวง)', 'ระดับ'].map((text) => ({ text, style: 'th', fillColor: '#eeeeee' })),
      ...people.map((p): TableCell[] => [{ text: num(env, ++n), alignment: 'center' }, personName(p.name), p.areaSubdistrict, p.level]),
    ];
    return {
      stack: [
        { text: `${district ? `อำเภอ${district.replace(/^อำเภอ/, '')}` : 'ไม่ระบุอำเภอ'} (${num(env, people.length)} คน)`, style: 'heading' },
        { table: { headerRows: 1, dontBreakRows: true, widths: [pt(env, 36), '*', '*', '*'], body }, layout: gridLayout, fontSize: pt(env, 14) },
      ],
    };
  });
  return [
    { text: 'บัญชีรายชื่ออาสาสมัครแรงงาน', style: 'subtitle' },
    { text: `แนบท้าย${issuer} ที่ ${num(env, data.orderNo)} ลงวันที่ ${dateWithEra(env, data.orderDate)}`, alignment: 'center' },
    { text: `จำนวนทั้งสิ้น ${num(env, data.people.length)} คน`, alignment: 'center', margin: [0, 0, 0, pt(env, 4)] },
    ...tables,
  ];
}

/**
 * คำสั่ง…เรื่อง แต่งตั้งอาสาสมัครแรงงาน: why and by what authority, who (the list attached, by
 * district), for which term, their duties, from when, and the signature.
 */
export function appointmentOrder(data: AppointmentOrderData, env: DocEnv): TDocumentDefinitions {
  const issuer = `คำสั่ง${data.officeName}`;
  const where = data.province ? `จังหวัด${data.province}` : data.officeName;
  const years = termYears(data.termStart, data.termEnd);
  const term = `${years ? `มีวาระการดำรงตำแหน่ง ${years} ปี ` : ''}ตั้งแต่วันที่ ${dateWithEra(env, data.termStart)} ถึงวันที่ ${dateWithEra(env, data.termEnd)}`;
  const m: [number, number, number, number] = [0, 0, 0, pt(env, 6)];
  // The basis may be typed over several lines (a regulation, then the order that delegates it); it
  // is read inside the order's sentences, so it flows with them instead of breaking them.
  const basis = data.legalBasis.replace(/\s+/g, ' ');
  const body: Content[] = [
    para(
      num(
        env,
        data.kind === 'renewal'
          ? `ด้วยอาสาสมัครแรงงาน${where} ตามบัญชีรายชื่อแนบท้ายคำสั่งนี้ ครบวาระการดำรงตำแหน่ง และได้ปฏิบัติหน้าที่ด้วยดีตลอดมา เพื่อให้การดำเนินงานอาสาสมัครแรงงานในพื้นที่เป็นไปอย่างต่อเนื่อง`
          : `เพื่อให้การดำเนินงานอาสาสมัครแรงงานในพื้นที่${where} เป็นไปอย่างมีประสิทธิภาพ และมีผู้ทำหน้าที่เชื่อมโยงงานของกระทรวงแรงงานกับประชาชนในทุกพื้นที่`,
      ),
      m,
    ),
    para(
      num(
        env,
        `อาศัยอำนาจตาม${basis} ${data.officeName} จึงแต่งตั้ง${data.kind === 'renewal' ? 'ให้' : ''}บุคคลตามบัญชีรายชื่อแนบท้ายคำสั่งนี้ จำนวน ${data.people.length} คน ${data.kind === 'renewal' ? 'ดำรงตำแหน่งอาสาสมัครแรงงานต่ออีกวาระหนึ่ง' : 'เป็นอาสาสมัครแรงงาน'} ${term}`,
      ),
      m,
    ),
    para(
      `ให้อาสาสมัครแรงงานปฏิบัติหน้าที่ตาม${num(env, basis)} ได้แก่ เผยแพร่ข้อมูลข่าวสารด้านแรงงาน เป็นสื่อกลางเชื่อมโยงระหว่างกระทรวงแรงงานกับประชาชนในพื้นที่ ป้องกันและแก้ไขปัญหาด้านแรงงานในพื้นที่ จัดเก็บข้อมูลด้านแรงงาน และปฏิบัติงานอื่นตามที่ได้รับมอบหมาย`,
      m,
    ),
    para(`ทั้งนี้ ตั้งแต่วันที่ ${dateWithEra(env, data.termStart)} เป็นต้นไป`),
  ];
  const doc = officialOrder(env, { issuer, orderNo: data.orderNo, subject: ORDER_SUBJECT, date: data.orderDate }, body, data.signer, list(env, data, issuer));
  return data.cancelled ? markCancelled(env, doc, data.cancelled) : doc;
}

/** ยกเลิก across every page and, above each page's text, the date and reason of the cancellation. */
function markCancelled(env: DocEnv, doc: TDocumentDefinitions, cancelled: { on: IsoDate; reason: string }): TDocumentDefinitions {
  const [left, , right] = doc.pageMargins as [number, number, number, number];
  const note: Content = {
    text: num(env, `คำสั่งนี้ถูกยกเลิกแล้ว ตั้งแต่วันที่ ${dateWithEra(env, cancelled.on)} เหตุผล: ${cancelled.reason}`),
    color: '#b00020',
    bold: true,
    alignment: 'center',
    fontSize: pt(env, 14),
    margin: [left, pt(env, 16), right, 0],
  };
  return {
    ...doc,
    header: () => note,
    watermark: { text: 'ยกเลิก', color: '#b00020', opacity: 0.25, bold: true, font: env.font.family, fontSize: 150, angle: -40 },
  };
}
