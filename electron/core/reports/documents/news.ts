import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatThaiDateLong, type IsoDate } from '@shared/thai';
import { emblem, officialPage, pt, type DocEnv, type Signer } from '../engine/frame';

export interface NewsData {
  projectTitle: string;
  date: IsoDate;
  venue: string;
  chair: Signer | null;
  reporter: Signer | null;
  objectives: string[];
  groups: { name: string; count: number }[];
  officeName: string;
}

export interface NewsText {
  headline: string;
  body: string;
}

/**
 * A news draft in the ministry's own style: the headline names the office and the project, the
 * first paragraph says who opened it, when and where, the second who reported and why.
 * The user edits the text before it becomes a PDF.
 */
export function newsText(data: NewsData, thaiDigits = false): NewsText {
  const date = formatThaiDateLong(data.date, { thaiDigits });
  const total = data.groups.reduce((s, g) => s + g.count, 0);
  const headline = `${data.officeName} จัด${data.projectTitle}`;
  const opening = data.chair
    ? `เมื่อวันที่ ${date} ${data.chair.name} ${data.chair.position} เป็นประธานเปิด${data.projectTitle} ณ ${data.venue}`
    : `เมื่อวันที่ ${date} ${data.officeName} จัด${data.projectTitle} ณ ${data.venue}`;
  const groups = data.groups.map((g) => `${g.name} ${g.count} คน`).join(' ');
  const why = data.objectives.length ? ` โดยมีวัตถุประสงค์เพื่อ${data.objectives.map((o) => o.replace(/^เพื่อ/, '')).join(' และเพื่อ')}` : '';
  const reported = data.reporter ? `${data.reporter.name} ${data.reporter.position} กล่าวรายงานว่า การจัดโครงการครั้งนี้` : 'การจัดโครงการครั้งนี้';
  const second = `${reported}${why} มีผู้เข้าร่วมโครงการรวมทั้งสิ้น ${total} คน ประกอบด้วย ${groups}`;
  return { headline, body: [opening, second, `ข่าว : ${data.officeName}`].join('\n\n') };
}

/** The (edited) news text as a page with the office emblem. */
export function newsPdf(news: NewsText & { date: IsoDate }, env: DocEnv): TDocumentDefinitions {
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
    ],
  });
}
