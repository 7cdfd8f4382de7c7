import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatThaiDateLong, formatThaiTime, type IsoDate } from '@shared/thai';
import { num, officialPage, titledTable, type DocEnv } from '../engine/frame';
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
const WIDTHS = [30, '*', '22%', '26%', '17%'];

function when(data: SignInSheetData, env: DocEnv): string {
  const date = `วันที่ ${formatThaiDateLong(data.date, { thaiDigits: env.thaiDigits })}`;
  if (!data.session) return date;
  const o = { thaiDigits: env.thaiDigits };
  const time = `เวลา ${formatThaiTime(data.session.start, o).replace(' น.', '')} – ${formatThaiTime(data.session.end, o)}`;
  return data.session.topic ? `${date} ${time} (${data.session.topic})` : `${date} ${time}`;
}

/** One table per sheet, its title and column heads repeated at the top of every page. */
function sheet(data: SignInSheetData, env: DocEnv, groupName: string | null, people: SignInPerson[]): Content {
  const title: Content[] = [
    { text: 'ใบลงทะเบียนผู้เข้าร่วมโครงการ', style: 'title' },
    // The heading follows the document's digit choice, the project's own title and venue included.
    { text: num(env, data.projectTitle), style: 'subtitle' },
    { text: when(data, env), alignment: 'center' },
    { text: num(env, `ณ ${data.venue}`), alignment: 'center' },
    ...(groupName ? [{ text: `กลุ่ม ${groupName}`, alignment: 'center' as const, bold: true }] : []),
  ];
  const rows: TableCell[][] = people.map((p, i) => [
    { text: num(env, i + 1), alignment: 'center' },
    personName(p.name),
    p.position,
    p.agency,
    '',
  ]);
  // A few blank numbered rows for walk-ins on the day.
  for (let i = 0; i < 3; i++) rows.push([{ text: num(env, people.length + i + 1), alignment: 'center' }, '', '', '', '']);
  return titledTable(env, { title, columns: COLUMNS, widths: WIDTHS, rows, rowHeight: 30 });
}

export function signInSheet(data: SignInSheetData, env: DocEnv): TDocumentDefinitions {
  const sheets: Content[] = data.grouped
    ? data.groups.map((g, i) => ({ stack: [sheet(data, env, g.name, g.people)], pageBreak: i > 0 ? 'before' : undefined }))
    : [sheet(data, env, null, data.groups.flatMap((g) => g.people))];
  return officialPage(env, { title: `ใบลงทะเบียน ${data.projectTitle}`, content: sheets });
}
