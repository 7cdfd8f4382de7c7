import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { BE_OFFSET, formatThaiDateLong, formatThaiTime, isoParts, THAI_MONTHS_SHORT, type IsoDate } from '@shared/thai';
import { CM, num, officialPage, titledTable, type DocEnv } from '../engine/frame';
import { renderPdf } from '../engine/render';
import { personName } from '../engine/thai-breaks';

export interface SignInPerson {
  name: string;
  position: string;
  agency: string;
}

export interface SignInSheetData {
  projectTitle: string;
  date: IsoDate;
  /** `09:00`–`12:00` when the sheet is for one session; the whole day otherwise. */
  session?: { start: string; end: string; topic?: string };
  venue: string;
  /** One list, or one sheet per target group (numbering restarts in each). */
  groups: { name: string; people: SignInPerson[] }[];
  grouped: boolean;
}

const COLUMNS = ['ลำดับ', 'ชื่อ – สกุล', 'ตำแหน่ง', 'หน่วยงาน', 'ลายมือชื่อ'];
/**
 * In points, filling the A4 text width less the cells' padding and rules; the signature column is
 * 4.2 cm, room for a signature (at least 4 cm).
 */
const WIDTHS = [24, 118, 70, 89, 4.2 * CM];

function when(data: SignInSheetData, env: DocEnv): string {
  const date = `วันที่ ${formatThaiDateLong(data.date, { thaiDigits: env.thaiDigits })}`;
  if (!data.session) return date;
  const o = { thaiDigits: env.thaiDigits };
  const time = `เวลา ${formatThaiTime(data.session.start, o).replace(' น.', '')} – ${formatThaiTime(data.session.end, o)}`;
  return data.session.topic ? `${date} ${time} (${data.session.topic})` : `${date} ${time}`;
}

/** Numbered blank rows for walk-ins on the day. */
const SPARE_ROWS = 3;
/** Node ids that let the layout report where a sheet's last person and its spare rows fall. */
const LAST_PERSON = 'signin-last-';
const SPARE = 'signin-spare-';

/**
 * One table per sheet, its title and column heads repeated at the top of every page. When the
 * sheet is `lonely` (its spare rows would stand alone on the last page), the last person starts
 * that page, with the title and column heads, so no page holds only blank rows.
 */
function sheet(data: SignInSheetData, env: DocEnv, sheetNo: number, groupName: string | null, people: SignInPerson[], lonely: boolean): Content {
  const title: Content[] = [
    { text: 'ใบลงทะเบียนผู้เข้าร่วมโครงการ', style: 'title' },
    { text: data.projectTitle, style: 'subtitle' },
    { text: when(data, env), alignment: 'center' },
    { text: `ณ ${data.venue}`, alignment: 'center' },
    ...(groupName ? [{ text: `กลุ่ม ${groupName}`, alignment: 'center' as const, bold: true }] : []),
  ];
  const rows: TableCell[][] = people.map((p, i) => [
    { text: num(env, i + 1), alignment: 'center', id: i === people.length - 1 ? `${LAST_PERSON}${sheetNo}` : undefined },
    personName(p.name),
    p.position,
    p.agency,
    '',
  ]);
  for (let i = 0; i < SPARE_ROWS; i++) rows.push([{ text: num(env, people.length + i + 1), alignment: 'center', id: `${SPARE}${sheetNo}-${i}` }, '', '', '', '']);
  const table = (body: TableCell[][]) => titledTable(env, { title, columns: COLUMNS, widths: WIDTHS, rows: body, rowHeight: 30 });
  if (!lonely || people.length < 2) return table(rows);
  const cut = people.length - 1;
  return { stack: [table(rows.slice(0, cut)), { stack: [table(rows.slice(cut))], pageBreak: 'before' }] };
}

export interface SignInSheetLayout {
  doc: TDocumentDefinitions;
  /** After the document is laid out: the sheets whose spare rows fell alone on a page. */
  lonely: Set<number>;
}

/**
 * The sign-in sheet, one sheet per group when grouped. Lay it out once; if any sheet's spare rows
 * fell alone on a page (`lonely`), build it again with those sheets given and lay that out.
 */
export function signInSheet(data: SignInSheetData, env: DocEnv, lonely: ReadonlySet<number> = new Set()): SignInSheetLayout {
  const sheets: Content[] = data.grouped
    ? data.groups.map((g, i) => ({ stack: [sheet(data, env, i, g.name, g.people, lonely.has(i))], pageBreak: i > 0 ? 'before' : undefined }))
    : [sheet(data, env, 0, null, data.groups.flatMap((g) => g.people), lonely.has(0))];
  const found = new Set<number>();
  const doc: TDocumentDefinitions = {
    ...officialPage(env, { title: `ใบลงทะเบียน ${data.projectTitle}`, content: sheets }),
    // Asked of every node after layout; only notes where the spare rows went and never adds a break.
    pageBreakBefore: (node, { getNodesOnNextPage }) => {
      if (typeof node.id === 'string' && node.id.startsWith(LAST_PERSON)) {
        const sheetNo = node.id.slice(LAST_PERSON.length);
        if (getNodesOnNextPage().some((n) => n.id?.startsWith(`${SPARE}${sheetNo}-`))) found.add(Number(sheetNo));
      }
      return false;
    },
  };
  return { doc, lonely: found };
}

/** Lays the sheet out, and again when spare rows fell alone on a page (see signInSheet). */
export async function signInSheetPdf(data: SignInSheetData, env: DocEnv, names: Iterable<string> = []): Promise<Uint8Array> {
  const first = signInSheet(data, env);
  const bytes = await renderPdf(first.doc, env.font, names);
  return first.lonely.size ? renderPdf(signInSheet(data, env, first.lonely).doc, env.font, names) : bytes;
}

/**
 * Each variant of a seminar's sheet under its own name, which says the group, the day and the
 * session: `ใบลงทะเบียน-3-กลุ่มอาสาสมัครแรงงาน-13มี.ค.2563-0900-1200`.
 */
export function signInFileName(data: SignInSheetData, seminarId: number): string {
  const { year, month, day } = isoParts(data.date);
  const who = data.groups.length === 1 ? `กลุ่ม${data.groups[0].name}` : data.grouped ? 'แยกตามกลุ่ม' : 'ทุกกลุ่ม';
  const parts = [`ใบลงทะเบียน-${seminarId}`, who, `${day}${THAI_MONTHS_SHORT[month - 1]}${year + BE_OFFSET}`];
  if (data.session) parts.push(`${data.session.start.replace(':', '')}-${data.session.end.replace(':', '')}`);
  // Characters a Windows file name cannot hold, and spaces, are left out.
  return parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '');
}
