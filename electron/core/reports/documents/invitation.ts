import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { gridLayout, num, pt, type DocEnv, type Signer } from '../engine/frame';
import { externalLetter, letterPage, para, type LetterHead, type OfficeContact } from '../engine/saraban';
import { personName } from '../engine/thai-breaks';

export interface InvitationRecipient {
  /** The เรียน line. */
  to: string;
  /** People invited through this letter: named in the body (one agency) or listed after it (one group). */
  people: { name: string; position: string; agency: string }[];
  /** Print `people` as a list attached to the letter instead of naming them in the body. */
  attachList: boolean;
  listTitle: string;
}

export interface InvitationData {
  head: Omit<LetterHead, 'to' | 'subject' | 'enclosures'>;
  projectTitle: string;
  /** `ในวันที่ 13 มีนาคม 2563 เวลา 09.00 น.` or a range, already worded. */
  when: string;
  venue: string;
  objectives: string[];
  recipients: InvitationRecipient[];
  signer: Signer;
  contact: OfficeContact;
}

const without = (text: string, prefix: string) => (text.startsWith(prefix) ? text.slice(prefix.length) : text);

function list(env: DocEnv, r: InvitationRecipient): Content[] {
  const body: TableCell[][] = [
    ['ลำดับ', 'ชื่อ - สกุล', 'ตำแหน่ง', 'หน่วยงาน'].map((text) => ({ text, style: 'th', fillColor: '#eeeeee' })),
    ...r.people.map((p, i): TableCell[] => [{ text: num(env, i + 1), alignment: 'center' }, personName(p.name), p.position, p.agency]),
  ];
  return [
    { text: r.listTitle, style: 'subtitle', margin: [0, 0, 0, pt(env, 8)] },
    { table: { headerRows: 1, dontBreakRows: true, widths: [pt(env, 36), '*', '*', '*'], body }, layout: gridLayout, fontSize: pt(env, 14) },
  ];
}

/** หนังสือเชิญ: one external letter per recipient, each with its own page (and attached list). */
export function invitation(data: InvitationData, env: DocEnv): TDocumentDefinitions {
  const subject = `ขอเชิญเข้าร่วม${data.projectTitle}`;
  const why = data.objectives.length ? ` โดยมีวัตถุประสงค์เพื่อ${data.objectives.map((o) => without(o.trim(), 'เพื่อ')).join(' ')}` : '';
  const letters = data.recipients.map((r, i): Content => {
    const enclosures = ['กำหนดการ', ...(r.attachList ? [r.listTitle] : [])];
    const whom = r.attachList
      ? 'จึงขอเรียนเชิญท่านตามบัญชีรายชื่อที่แนบมาพร้อมนี้'
      : r.people.length
        ? `จึงขอเรียนเชิญท่าน หรือผู้แทน และ${r.people.map((p) => personName(p.name)).join(' ')}`
        : 'จึงขอเรียนเชิญท่าน หรือผู้แทน';
    const body = [
      para(num(env, `ด้วย${data.contact.officeName} กำหนดจัด${data.projectTitle} ${data.when} ณ ${data.venue}${why}`), [0, 0, 0, 6]),
      para(`ในการนี้ ${whom} เข้าร่วมโครงการดังกล่าวตามวัน เวลา และสถานที่ข้างต้น รายละเอียดตามกำหนดการที่แนบมาพร้อมนี้`, [0, 0, 0, 6]),
      para('จึงเรียนมาเพื่อโปรดพิจารณา และขอขอบคุณมา ณ โอกาสนี้'),
    ];
    const letter = externalLetter(env, { ...data.head, subject, to: r.to, enclosures }, body, data.signer, data.contact, r.attachList ? list(env, r) : []);
    return { stack: letter, pageBreak: i ? 'before' : undefined };
  });
  return letterPage(env, `หนังสือเชิญ ${data.projectTitle}`, letters);
}
