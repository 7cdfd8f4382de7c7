import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { bahtText, formatBaht, formatThaiDateLong, type IsoDate } from '@shared/thai';
import { CM, gridLayout, num, officialPage, pt, type DocEnv, type Signer } from './frame';
import { keepTogether, personName } from './thai-breaks';

/**
 * The two layouts of ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ that a seminar's letters use:
 * the external letter (หนังสือภายนอก) and the internal memo (บันทึกข้อความ). A4, left margin
 * 3 cm, right 2 cm, the Garuda's top 1.5 cm from the edge, paragraphs indented 2.5 cm.
 */

/** Where the Garuda's top is, and so where these pages start. */
const TOP = 1.5 * CM;
const PAGE_WIDTH = 21 * CM;
const LEFT = 3 * CM;
const RIGHT = 2 * CM;
const TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
/** Keeps a label with its number (`โทร. 074-311-047`). */
const NBSP = '\u00A0';
/** First-line indent of a paragraph. */
export const PARAGRAPH_INDENT = 2.5 * CM;

/** How the office is reached: printed at the foot of a letter and on a memo's ส่วนราชการ line. */
export interface OfficeContact {
  officeName: string;
  /** The office's address lines as the settings hold them. */
  address: string;
  /** The unit that owns the matter (กลุ่มงาน…), if the clerk named it. */
  unit: string;
  phone: string;
  fax: string;
}

/** The head of a letter or memo. */
export interface LetterHead {
  /** The book number (`สข 0019/ว 123`); blank leaves a line to fill in by hand. */
  bookNo: string;
  date: IsoDate;
  subject: string;
  to: string;
  /** อ้างถึง */
  refs?: string[];
  /** สิ่งที่ส่งมาด้วย */
  enclosures?: string[];
}

function placedEmblem(env: DocEnv, heightCm: number, x: number): Content[] {
  if (!env.office.emblem) return [];
  const h = heightCm * CM;
  return [{ image: env.office.emblem, fit: [h, h], absolutePosition: { x, y: TOP } }];
}

/** `label  text`, wrapped lines aligned under the text (เรื่อง, เรียน, อ้างถึง, สิ่งที่ส่งมาด้วย). */
export function labelled(env: DocEnv, label: string, text: string | string[], options: { labelSize?: number; bold?: boolean } = {}): Content {
  const lines = Array.isArray(text) ? text : [text];
  const numbered = Array.isArray(text) && lines.length > 1;
  return {
    columns: [
      { width: 'auto', text: label, bold: options.bold, fontSize: options.labelSize ? pt(env, options.labelSize) : undefined, noWrap: true },
      { width: '*', stack: lines.map((l, i) => (numbered ? num(env, `${i + 1}. ${l}`) : l)) },
    ],
    columnGap: pt(env, 8),
  };
}

function bookLine(env: DocEnv, bookNo: string): string {
  return `ที่ ${bookNo ? num(env, bookNo) : '.'.repeat(30)}`;
}

/** A paragraph of the body, first line indented 2.5 cm. */
export function para(text: string | Content[], margin: [number, number, number, number] = [0, 0, 0, 0]): Content {
  return { text, leadingIndent: PARAGRAPH_INDENT, margin } as Content;
}

/**
 * The signature block of a letter: ขอแสดงความนับถือ starting at the page's centre (letters only),
 * room to sign, then the name in brackets and the position, centred under it.
 */
export function letterSignature(env: DocEnv, signer: Signer, options: { closing?: boolean; marginTop?: number } = {}): Content {
  const blank = { text: ' ', margin: [0, 0, 0, pt(env, 16) * 2] as [number, number, number, number] };
  const block: Column = {
    width: 8 * CM,
    alignment: 'center',
    stack: [...(options.closing ? [{ text: 'ขอแสดงความนับถือ' }] : []), blank, { text: `(${signer.name ? personName(signer.name) : ' '.repeat(40)})` }, ...(signer.position ? [{ text: signer.position }] : [])],
  };
  // The block is centred on ขอแสดงความนับถือ, which starts at the centre (about 1.5 cm to its middle).
  return { columns: [{ width: TEXT_WIDTH / 2 + 1.5 * CM - 4 * CM, text: '' }, block, { width: '*', text: '' }], margin: [0, options.marginTop ?? pt(env, 12), 0, 0], unbreakable: true };
}

function contactLines(env: DocEnv, contact: OfficeContact): Content {
  const lines = [contact.unit, contact.phone && `โทร.${NBSP}${num(env, contact.phone)}`, contact.fax && `โทรสาร${NBSP}${num(env, contact.fax)}`].filter(Boolean) as string[];
  return { stack: lines, margin: [0, pt(env, 24), 0, 0], unbreakable: true };
}

/** A4 pages for a letter or memo: the page starts where the Garuda's top is. */
function page(env: DocEnv, title: string, content: Content[]): TDocumentDefinitions {
  const doc = officialPage(env, { title, content, pageNumbers: false });
  return { ...doc, pageMargins: [LEFT, TOP, RIGHT, 2 * CM] };
}

/**
 * หนังสือภายนอก: the Garuda 3 cm high in the centre, ที่ at the left margin and the office's name and
 * address at the right on the Garuda's lower line, the date from the centre, then เรื่อง, เรียน,
 * อ้างถึง, สิ่งที่ส่งมาด้วย, the body, the closing and signature, and the owning unit's phones.
 * `after` (an attached list) starts on a page of its own.
 */
export function externalLetter(env: DocEnv, head: LetterHead, body: Content[], signer: Signer, contact: OfficeContact, after: Content[] = []): Content[] {
  const garuda = 3 * CM;
  const lineHeight = pt(env, 16) * env.font.lineHeight;
  const address = [contact.officeName, ...contact.address.split('\n').map((l) => l.trim()).filter(Boolean)].map((l) => num(env, l));
  return [
    ...placedEmblem(env, 3, (PAGE_WIDTH - garuda) / 2),
    {
      // The first line of this row stands on the Garuda's lower edge.
      columns: [
        { width: '*', text: bookLine(env, head.bookNo) },
        // As wide as the longest address line, so the block ends at the right margin.
        { width: 'auto', stack: address },
      ],
      margin: [0, garuda - lineHeight * 0.8, 0, pt(env, 6)],
    },
    { columns: [{ width: TEXT_WIDTH / 2, text: '' }, { width: '*', text: formatThaiDateLong(head.date, { thaiDigits: env.thaiDigits }) }], margin: [0, 0, 0, pt(env, 6)] },
    labelled(env, 'เรื่อง', num(env, head.subject)),
    { ...(labelled(env, 'เรียน', num(env, head.to)) as object), margin: [0, pt(env, 6), 0, 0] } as Content,
    ...(head.refs?.length ? [labelled(env, 'อ้างถึง', head.refs.map((r) => num(env, r)))] : []),
    ...(head.enclosures?.length ? [labelled(env, 'สิ่งที่ส่งมาด้วย', head.enclosures.map((r) => num(env, r)))] : []),
    { stack: body, margin: [0, pt(env, 6), 0, 0] },
    letterSignature(env, signer, { closing: true }),
    contactLines(env, contact),
    ...(after.length ? [{ stack: after, pageBreak: 'before' } as Content] : []),
  ];
}

export function letterPage(env: DocEnv, title: string, content: Content[]): TDocumentDefinitions {
  return page(env, title, content);
}

/**
 * บันทึกข้อความ: the Garuda 1.5 cm high at the top left, บันทึกข้อความ large and bold in the centre,
 * then ส่วนราชการ, ที่ with วันที่, เรื่อง on their own lines (labels bold, 20 pt), เรียน, the body and
 * the signature. `approval` adds the head's decision below, for a memo asking approval.
 */
export function internalMemo(env: DocEnv, head: LetterHead, contact: OfficeContact, body: Content[], signer: Signer, approval?: Signer): TDocumentDefinitions {
  const label = { labelSize: 20, bold: true };
  const unit = [contact.officeName, contact.unit].filter(Boolean).join(' ');
  const phones = [contact.phone && `โทร.${NBSP}${contact.phone}`, contact.fax && `โทรสาร${NBSP}${contact.fax}`].filter(Boolean).join(' ');
  const content: Content[] = [
    ...placedEmblem(env, 1.5, LEFT),
    // The title's line ends level with the Garuda's lower edge.
    { text: 'บันทึกข้อความ', alignment: 'center', bold: true, fontSize: pt(env, 29), margin: [0, Math.max(1.5 * CM - pt(env, 29) * env.font.lineHeight, 0), 0, pt(env, 4)] },
    labelled(env, 'ส่วนราชการ', num(env, `${unit} ${phones}`.trim()), label),
    {
      columns: [
        { width: '50%', ...(labelled(env, 'ที่', bookLine(env, head.bookNo).replace(/^ที่ /, ''), label) as object) } as Column,
        { width: '50%', ...(labelled(env, 'วันที่', formatThaiDateLong(head.date, { thaiDigits: env.thaiDigits }), label) as object) } as Column,
      ],
    },
    labelled(env, 'เรื่อง', num(env, head.subject), label),
    { ...(labelled(env, 'เรียน', num(env, head.to)) as object), margin: [0, pt(env, 8), 0, 0] } as Content,
    { stack: body, margin: [0, pt(env, 6), 0, 0] },
    letterSignature(env, signer),
  ];
  if (approval) {
    content.push({
      columns: [
        { width: TEXT_WIDTH / 2 + 1.5 * CM - 4 * CM, text: '' },
        {
          width: 8 * CM,
          alignment: 'center',
          stack: [{ text: '(   ) อนุมัติ      (   ) ไม่อนุมัติ' }, { text: ' ', margin: [0, 0, 0, pt(env, 24)] }, { text: `(${approval.name ? personName(approval.name) : ' '.repeat(40)})` }, { text: approval.position }, { text: 'วันที่ ' + '.'.repeat(30) }],
        },
        { width: '*', text: '' },
      ],
      margin: [0, pt(env, 24), 0, 0],
      unbreakable: true,
    });
  }
  return page(env, head.subject, content);
}

/** A budget line as a memo lists it. */
export interface MemoBudgetLine {
  description: string;
  /** `100 × 2 × 35` as the clerk priced it; empty for a lump sum. */
  detail: string;
  amount: number;
}

/** The budget table of a memo: ordered lines, their detail, amounts, the total in figures and words. */
export function budgetTable(env: DocEnv, lines: MemoBudgetLine[]): Content {
  const total = lines.reduce((s, l) => s + l.amount, 0);
  const money = (n: number) => ({ text: formatBaht(n), alignment: 'right' as const });
  const body: TableCell[][] = [
    ['ลำดับ', 'รายการ', 'จำนวนเงิน (บาท)'].map((text) => ({ text, style: 'th', fillColor: '#eeeeee' })),
    ...lines.map((l, i): TableCell[] => [{ text: num(env, i + 1), alignment: 'center' }, { text: l.detail ? `${l.description} (${l.detail})` : l.description }, money(l.amount)]),
    [{ text: `รวมทั้งสิ้น (${bahtText(total)})`, colSpan: 2, bold: true, alignment: 'center' }, {}, { ...money(total), bold: true }],
  ];
  return { table: { headerRows: 1, dontBreakRows: true, widths: [pt(env, 48), '*', pt(env, 100)], body }, layout: gridLayout, margin: [0, pt(env, 4), 0, pt(env, 6)] };
}

/** The head of an order (คำสั่ง). */
export interface OrderHead {
  /** `คำสั่งสำนักงานแรงงานจังหวัดสงขลา` */
  issuer: string;
  /** `12/2568` */
  orderNo: string;
  subject: string;
  /** สั่ง ณ วันที่ */
  date: IsoDate;
}

/** `1 ตุลาคม พ.ศ. 2568`, on one line: orders write the era before the year. */
export function dateWithEra(env: DocEnv, date: IsoDate): string {
  return keepTogether(formatThaiDateLong(date, { thaiDigits: env.thaiDigits }).replace(/ (\S+)$/, ' พ.ศ. $1').replaceAll(' ', NBSP));
}

/**
 * คำสั่ง: the Garuda 3 cm high in the centre, the issuer, ที่ and เรื่อง centred under it and a short
 * rule, the body, สั่ง ณ วันที่ from the centre, room to sign, the name in brackets and the position.
 * `after` (the list attached to the order) starts on a page of its own.
 */
export function officialOrder(env: DocEnv, head: OrderHead, body: Content[], signer: Signer, after: Content[] = []): TDocumentDefinitions {
  const garuda = 3 * CM;
  const content: Content[] = [
    ...placedEmblem(env, 3, (PAGE_WIDTH - garuda) / 2),
    {
      stack: [num(env, head.issuer), `ที่ ${num(env, head.orderNo)}`, `เรื่อง ${num(env, head.subject)}`, '-'.repeat(18)],
      alignment: 'center',
      margin: [0, garuda + pt(env, 6), 0, pt(env, 6)],
    },
    { stack: body },
    { columns: [{ width: TEXT_WIDTH / 2 - 1.5 * CM, text: '' }, { width: '*', text: `สั่ง ณ วันที่ ${dateWithEra(env, head.date)}` }], margin: [0, pt(env, 12), 0, 0] },
    letterSignature(env, signer, { marginTop: pt(env, 8) }),
    ...(after.length ? [{ stack: after, pageBreak: 'before' } as Content] : []),
  ];
  return page(env, `${head.issuer} ที่ ${head.orderNo} เรื่อง ${head.subject}`, content);
}
