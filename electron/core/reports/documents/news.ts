import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { SeminarKind } from '@shared/schemas/seminar';
import { digits, formatThaiDateLong, formatThaiTime, type IsoDate } from '@shared/thai';
import { emblem, officialPage, pt, type DocEnv, type Signer } from '../engine/frame';
import { EVENT_WORDS } from './certificates';
import { photoGrid, type ReportPhoto } from './result-report';

export interface NewsData {
  projectTitle: string;
  /** Seminar, training or meeting: the news says การสัมมนาครั้งนี้, การฝึกอบรมครั้งนี้… */
  eventKind: SeminarKind;
  date: IsoDate;
  /** The first session's start (`11:00`), or null when the plan has no sessions. */
  time: string | null;
  venue: string;
  chair: Signer | null;
  reporter: Signer | null;
  objectives: string[];
  /** People per group: those planned or those who attended, as the clerk chose. */
  groups: { name: string; count: number }[];
  officeName: string;
}

export interface NewsText {
  headline: string;
  body: string;
}

/** `A B และC`: a Thai list, with และ only before the last item. */
function thaiList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(' ')} และ${items[items.length - 1]}`;
}

/**
 * A news draft in the ministry's own style: the headline names the office and the project; the
 * first paragraph says when (day and time), who opened it, where, who reported, and how many
 * took part and who they were; the second what the event is for, in one sentence, each objective
 * once after a single เพื่อ. The clerk edits the text before it becomes a PDF or Word file.
 */
export function newsText(data: NewsData, thaiDigits = false): NewsText {
  const o = { thaiDigits };
  const word = EVENT_WORDS[data.eventKind];
  const when = `เมื่อวันที่ ${formatThaiDateLong(data.date, o)}${data.time ? ` เวลา ${formatThaiTime(data.time, o)}` : ''}`;
  const title = data.projectTitle.trim();
  const opened = data.chair
    ? `${when} ${data.chair.name} ${data.chair.position} เป็นประธานเปิด${title} ณ ${data.venue}`
    : `${when} ${data.officeName} จัด${title} ณ ${data.venue}`;
  const reported = data.reporter ? ` โดยมี ${data.reporter.name} ${data.reporter.position} กล่าวรายงาน` : '';
  const people = data.groups.filter((g) => g.count > 0);
  const total = people.reduce((n, g) => n + g.count, 0);
  const count = total
    ? ` มีผู้เข้าร่วม${word} จำนวน ${digits(String(total), thaiDigits)} คน${people.length > 1 ? ` ประกอบด้วย ${thaiList(people.map((g) => `${g.name} ${digits(String(g.count), thaiDigits)} คน`))}` : ''}`
    : '';
  const first = `${opened}${reported}${count}`;
  const aims = data.objectives.map((x) => x.trim().replace(/^เพื่อ\s*/, '')).filter(Boolean);
  const second = aims.length ? `การ${word}ครั้งนี้มีวัตถุประสงค์เพื่อ${thaiList(aims)}` : '';
  const headline = `${data.officeName} จัด${title}`;
  return { headline, body: [first, second, `ข่าว : ${data.officeName}`].filter(Boolean).join('\n\n') };
}

/** The (edited) news text as a page with the office emblem, and the one or two photos chosen under it. */
export function newsPdf(news: NewsText & { date: IsoDate; photos?: ReportPhoto[] }, env: DocEnv): TDocumentDefinitions {
  const photos: Content[] = news.photos?.length ? [{ stack: [photoGrid(news.photos, env)], margin: [0, pt(env, 10), 0, 0] }] : [];
  const paragraphs = news.body.split(/\n{2,}|\n/).map((p) => p.trim()).filter(Boolean);
  return officialPage(env, {
    title: news.headline,
    pageNumbers: false,
    content: [
      ...emblem(env, 1.5),
      { text: news.headline, style: 'subtitle', margin: [0, 0, 0, pt(env, 4)] },
      { text: formatThaiDateLong(news.date, { thaiDigits: env.thaiDigits }), alignment: 'right', margin: [0, 0, 0, pt(env, 8)] },
      // The closing credit line (`ข่าว : …`) stands at the right, unindented, as in the ministry's news.
      ...paragraphs.map((text) =>
        /^ข่าว\s*:/.test(text)
          ? { text, alignment: 'right' as const, margin: [0, pt(env, 6), 0, 0] as [number, number, number, number] }
          : { text, leadingIndent: pt(env, 36), margin: [0, 0, 0, pt(env, 6)] as [number, number, number, number] },
      ),
      ...photos,
    ],
  });
}
