import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { bahtText, formatBaht, formatThaiDateLong, type IsoDate } from '@shared/thai';
import { num, officialPage, pt, signatureBlock, titledTable, type DocEnv, type Signer } from '../engine/frame';
import { keepTogether, personName } from '../engine/thai-breaks';

export interface PaymentEvidenceData {
  /** `ค่าพาหนะเดินทาง`, `ค่าเบี้ยเลี้ยง` … */
  purpose: string;
  projectTitle: string;
  date: IsoDate;
  venue: string;
  rows: { name: string; agency: string; amount: number }[];
  payer: Signer;
  /** The official who certifies the payments (usually the head of office). */
  certifier: Signer | null;
}

/** Columns: number, name, agency or address, amount, signature, date received. */
export const PAYMENT_WIDTHS = [26, '*', '22%', 52, '16%', 50];
/** The narrowest column that holds names (the agency or address, `ตำบล… อำเภอ…`). */
export const PAYMENT_AGENCY_WIDTH = PAYMENT_WIDTHS[2];

/** หลักฐานการจ่ายเงิน: one row per person, a signature column, the total in figures and in words. */
export function paymentEvidence(data: PaymentEvidenceData, env: DocEnv): TDocumentDefinitions {
  const total = data.rows.reduce((s, r) => s + Math.round(r.amount * 100), 0) / 100;
  const columns = ['ลำดับ', 'ชื่อ – สกุล', 'หน่วยงาน / ที่อยู่', 'จำนวนเงิน (บาท)', 'ลายมือชื่อผู้รับเงิน', 'วันที่รับเงิน'];
  const rows: TableCell[][] = [
    ...data.rows.map((r, i): TableCell[] => [
      { text: num(env, i + 1), alignment: 'center' },
      personName(r.name),
      r.agency,
      { text: formatBaht(r.amount), alignment: 'right' },
      '',
      '',
    ]),
    [
      { text: 'รวมเงินทั้งสิ้น', colSpan: 3, alignment: 'right', bold: true },
      {},
      {},
      { text: formatBaht(total), alignment: 'right', bold: true },
      { text: `(${keepTogether(bahtText(total))})`, colSpan: 2, alignment: 'center', bold: true },
      {},
    ],
  ];
  const dateText = formatThaiDateLong(data.date, { thaiDigits: env.thaiDigits });
  // Title and column heads on every page, so each page of a long list says what it is evidence of.
  const title = [
    { text: `หลักฐานการจ่ายเงิน${data.purpose}`, style: 'title' },
    { text: `ส่วนราชการ ${env.office.officeName}`, alignment: 'center' as const },
    { text: data.projectTitle, alignment: 'center' as const },
    { text: `วันที่ ${dateText} ณ ${data.venue}`, alignment: 'center' as const },
  ];
  return officialPage(env, {
    title: `หลักฐานการจ่ายเงิน${data.purpose}`,
    content: [
      titledTable(env, { title, columns, widths: PAYMENT_WIDTHS, rows, rowHeight: 28 }),
      { text: `ขอรับรองว่าผู้มีรายชื่อข้างต้นได้รับเงินไปถูกต้องแล้ว รวม ${num(env, data.rows.length)} ราย เป็นเงิน ${formatBaht(total)} บาท (${keepTogether(bahtText(total))})`, margin: [0, pt(env, 10), 0, 0] },
      signatureBlock(env, data.payer, 'ผู้จ่ายเงิน'),
      ...(data.certifier ? [signatureBlock(env, data.certifier, 'ผู้รับรอง')] : []),
    ],
  });
}
