import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MEMO_KINDS } from '@shared/api/reports';
import { bahtText, formatBaht } from '@shared/thai';
import { num, type DocEnv, type Signer } from '../engine/frame';
import { keepTogether } from '../engine/thai-breaks';
import { budgetTable, internalMemo, para, type LetterHead, type MemoBudgetLine, type OfficeContact } from '../engine/saraban';

export type MemoKind = (typeof MEMO_KINDS)[number];
export const MEMO_SUBJECTS: Record<MemoKind, string> = {
  project: 'ขออนุมัติโครงการ',
  loan: 'ขออนุมัติยืมเงิน',
  disbursement: 'ขออนุมัติเบิกจ่ายเงิน',
};

/** `ขออนุมัติโครงการสัมมนา…` (never `โครงการโครงการ`), `ขออนุมัติยืมเงินเพื่อเป็นค่าใช้จ่ายในการดำเนินโครงการ…`. */
export function memoSubject(kind: MemoKind, title: string): string {
  const project = title.startsWith('โครงการ') ? title : `โครงการ${title}`;
  if (kind === 'project') return `ขออนุมัติ${project}`;
  return `${MEMO_SUBJECTS[kind]}เพื่อเป็นค่าใช้จ่ายในการดำเนิน${project}`;
}

export interface MemoData {
  kind: MemoKind;
  head: Omit<LetterHead, 'subject' | 'to'>;
  /** The head of office the memo goes to (เรียน), who approves. */
  approver: Signer;
  projectTitle: string;
  fiscalYear: number;
  /** `ในวันที่ 13 มีนาคม 2563` or a range, already worded. */
  when: string;
  venue: string;
  objectives: string[];
  /** `หัวหน้าส่วนราชการ 10 คน` … */
  groups: { name: string; count: number }[];
  /** Planned amounts for a project or a loan, amounts paid for a disbursement. */
  budget: MemoBudgetLine[];
  officer: Signer;
  contact: OfficeContact;
}

/** บันทึกข้อความ asking the head of office to approve the project, a loan for it, or its payments. */
export function memo(data: MemoData, env: DocEnv): TDocumentDefinitions {
  const total = data.budget.reduce((s, l) => s + l.amount, 0);
  const money = `${formatBaht(total)} บาท (${bahtText(total)})`;
  const people = data.groups.reduce((s, g) => s + g.count, 0);
  const groups = data.groups.map((g) => `${g.name} ${g.count} คน`).join(' ');
  const why = data.objectives.length ? ` โดยมีวัตถุประสงค์เพื่อ${data.objectives.map((o) => o.trim().replace(/^เพื่อ/, '')).join(' ')}` : '';
  const about = `${data.projectTitle} ${data.when} ณ ${data.venue}`;
  // The fiscal year follows the title, unless the title names it already (most do).
  const fiscal = /ประจำปีงบประมาณ/.test(data.projectTitle) ? '' : ` ประจำปีงบประมาณ พ.ศ. ${data.fiscalYear}`;
  const m: [number, number, number, number] = [0, 0, 0, 6];
  const paragraphs = {
    project: [
      para(num(env, `ด้วย${data.contact.officeName} มีแผนจัด${data.projectTitle}${fiscal} ${data.when} ณ ${data.venue}${why}`), m),
      para(num(env, `กลุ่มเป้าหมายรวม ${people} คน ประกอบด้วย ${groups} ใช้งบประมาณ${keepTogether('ทั้งสิ้น')} ${money} รายละเอียดดังนี้`), m),
    ],
    loan: [
      para(num(env, `ตามที่${data.contact.officeName} ได้รับอนุมัติให้จัด${about} นั้น`), m),
      para(num(env, `เพื่อให้การดำเนินโครงการเป็นไปด้วยความเรียบร้อย จึงขออนุมัติยืมเงินเพื่อเป็นค่าใช้จ่ายในการดำเนินโครงการ จำนวน ${money} รายละเอียดดังนี้`), m),
    ],
    disbursement: [
      para(num(env, `ตามที่${data.contact.officeName} ได้จัด${about} เสร็จเรียบร้อยแล้ว นั้น`), m),
      para(num(env, `จึงขออนุมัติเบิกจ่ายเงินค่าใช้จ่ายในการดำเนินโครงการ จำนวน ${money} รายละเอียดดังนี้`), m),
    ],
  }[data.kind];
  const closing = { project: 'จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติโครงการและค่าใช้จ่ายดังกล่าว', loan: 'จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ', disbursement: 'จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ' }[data.kind];
  return internalMemo(
    env,
    { ...data.head, subject: memoSubject(data.kind, data.projectTitle), to: data.approver.position || data.approver.name },
    data.contact,
    [...paragraphs, budgetTable(env, data.budget), para(closing)],
    data.officer,
    data.approver,
  );
}
