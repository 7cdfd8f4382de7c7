import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatThaiDateLong, formatThaiTime, type IsoDate } from '@shared/thai';
import { emblem, num, officialPage, pt, type DocEnv } from '../engine/frame';
import { personName } from '../engine/thai-breaks';

export interface AgendaData {
  projectTitle: string;
  venue: string;
  days: { date: IsoDate; sessions: { start: string; end: string; topic: string; speakers: { name: string; position: string }[] }[] }[];
}

const WEEKDAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'];

/** กำหนดการ: the seminar's days, each session's time and topic, and who speaks in it. */
export function agenda(data: AgendaData, env: DocEnv): TDocumentDefinitions {
  const o = { thaiDigits: env.thaiDigits };
  const dayBlocks: Content[] = data.days.map((d) => {
    const rows: TableCell[][] = d.sessions.map((s) => [
      { text: `${formatThaiTime(s.start, o).replace(' น.', '')} – ${formatThaiTime(s.end, o)}`, noWrap: true },
      {
        stack: [
          { text: num(env, s.topic || '-') },
          ...s.speakers.map((sp) => ({ text: `โดย ${personName(sp.name)}${sp.position ? ` ${sp.position}` : ''}`, margin: [pt(env, 12), 0, 0, 0] as [number, number, number, number] })),
        ],
      },
    ]);
    return {
      stack: [
        { text: `วัน${WEEKDAYS[new Date(`${d.date}T00:00:00Z`).getUTCDay()]}ที่ ${formatThaiDateLong(d.date, o)}`, bold: true, decoration: 'underline', margin: [0, pt(env, 8), 0, pt(env, 4)] },
        { table: { widths: [pt(env, 120), '*'], body: rows, dontBreakRows: true }, layout: { defaultBorder: false, paddingTop: () => pt(env, 2), paddingBottom: () => pt(env, 4) } },
      ],
    };
  });
  return officialPage(env, {
    title: `กำหนดการ ${data.projectTitle}`,
    pageNumbers: false,
    content: [
      ...emblem(env, 1.5),
      { text: 'กำหนดการ', style: 'title' },
      { text: num(env, data.projectTitle), style: 'subtitle' },
      { text: `ณ ${num(env, data.venue)}`, alignment: 'center', margin: [0, 0, 0, pt(env, 4)] },
      { canvas: [{ type: 'line', x1: 120, y1: 0, x2: 330, y2: 0, lineWidth: 0.5 }], margin: [0, 0, 0, pt(env, 4)] },
      ...dayBlocks,
      { text: 'หมายเหตุ กำหนดการอาจเปลี่ยนแปลงได้ตามความเหมาะสม', fontSize: pt(env, 14), margin: [0, pt(env, 16), 0, 0] },
    ],
  });
}
