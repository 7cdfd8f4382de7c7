import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { bahtText, formatBaht, formatNationalId, formatThaiDateLong, THAI_MONTHS, isoParts, BE_OFFSET, type IsoDate } from '@shared/thai';
import { BUDGET_CATEGORY_LABELS } from '@shared/schemas/seminar';
import { gridLayout, num, officialPage, pt, signatureBlock, type DocEnv, type Signer } from '../engine/frame';
import { keepTogether, personName } from '../engine/thai-breaks';

export interface SpeakerReceipt {
  speaker: { name: string; position: string; agency: string; address?: string; nationalId?: string };
  items: { description: string; amount: number }[];
}

export interface SpeakerReceiptData {
  date: IsoDate;
  receipts: SpeakerReceipt[];
  payer: Signer;
}

/** `วันที่ 13 เดือน มีนาคม พ.ศ. 2563`, the receipt form's own wording. */
function receiptDate(iso: IsoDate, env: DocEnv): string {
  const { year, month, day } = isoParts(iso);
  return num(env, `วันที่ ${day} เดือน ${THAI_MONTHS[month - 1]} พ.ศ. ${year + BE_OFFSET}`);
}

function receipt(r: SpeakerReceipt, data: SpeakerReceiptData, env: DocEnv, first: boolean): Content {
  const total = r.items.reduce((s, i) => s + Math.round(i.amount * 100), 0) / 100;
  const who = [r.speaker.position, r.speaker.agency].filter(Boolean).join(' ');
  return {
    stack: [
      { text: 'ใบสำคัญรับเงิน', style: 'title', margin: [0, 0, 0, pt(env, 12)] },
      { text: `ที่ ${env.office.officeName}`, alignment: 'right' },
      { text: receiptDate(data.date, env), alignment: 'right', margin: [0, 0, 0, pt(env, 12)] },
      {
        // The form asks for the payee's national ID (in full: it is the payee's own evidence) and
        // address: dotted lines to fill in by hand where the speaker's record does not hold them.
        text: `ข้าพเจ้า ${personName(r.speaker.name)}${who ? ` ตำแหน่ง ${who}` : ''} เลขประจำตัวประชาชน ${r.speaker.nationalId ? keepTogether(num(env, formatNationalId(r.speaker.nationalId))) : '.'.repeat(40)} ที่อยู่ ${r.speaker.address ? num(env, r.speaker.address) : '.'.repeat(90)} ได้รับเงินจาก ${env.office.officeName} ดังรายการต่อไปนี้`,
        leadingIndent: pt(env, 36),
        margin: [0, 0, 0, pt(env, 8)],
      },
      {
        table: {
          headerRows: 1,
          widths: ['*', 90],
          body: [
            [{ text: 'รายการ', style: 'th' }, { text: 'จำนวนเงิน (บาท)', style: 'th' }],
            ...r.items.map((i) => [i.description, { text: formatBaht(i.amount), alignment: 'right' as const }]),
            [{ text: `รวมเงิน (${keepTogether(bahtText(total))})`, bold: true }, { text: formatBaht(total), alignment: 'right' as const, bold: true }],
          ],
        },
        layout: gridLayout,
      },
      signatureBlock(env, { name: r.speaker.name, position: '' }, 'ผู้รับเงิน'),
      signatureBlock(env, data.payer, 'ผู้จ่ายเงิน'),
    ],
    pageBreak: first ? undefined : 'before',
  };
}

/** ใบสำคัญรับเงิน for speakers' fees, one page per speaker. */
export function speakerReceipts(data: SpeakerReceiptData, env: DocEnv): TDocumentDefinitions {
  return officialPage(env, {
    title: 'ใบสำคัญรับเงิน',
    content: data.receipts.map((r, i) => receipt(r, data, env, i === 0)),
    pageNumbers: false,
  });
}

/** `ค่าสมนาคุณวิทยากร … วันที่ 13 มีนาคม 2563 จำนวน 3 ชั่วโมง ชั่วโมงละ 600 บาท`: the item named as the budget names it. */
export function speakerFeeLine(projectTitle: string, date: IsoDate, hours: number, rate: number, env: DocEnv): string {
  return `${BUDGET_CATEGORY_LABELS.speaker} ${projectTitle} วันที่ ${formatThaiDateLong(date, { thaiDigits: env.thaiDigits })} จำนวน ${num(env, hours)} ชั่วโมง ชั่วโมงละ ${formatBaht(rate)} บาท`;
}
