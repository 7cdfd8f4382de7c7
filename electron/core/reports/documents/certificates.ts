import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { SeminarKind } from '@shared/schemas/seminar';
import { formatThaiDateLong, type IsoDate } from '@shared/thai';
import { CM, emblem, num, officialPage, pt, type DocEnv, type Signer } from '../engine/frame';
import { personName } from '../engine/thai-breaks';

export type CertificateKind = 'completion' | 'honour';
/** วุฒิบัตร for completing a training, เกียรติบัตร for honour or participation. */
export const CERTIFICATE_TITLES: Record<CertificateKind, string> = { completion: 'วุฒิบัตร', honour: 'เกียรติบัตร' };

/** Who a certificate is for: a participant or a speaker. */
export interface CertificateRecipient {
  name: string;
  speaker?: boolean;
  /** `12/2563`: the office's running number of the fiscal year, kept for the person. */
  number: string;
  /** Not given yet: the number an issue would give, printed only on a preview. */
  preview?: boolean;
}

/** Across every page of a file with any number not yet given, so a printed preview is never taken for a certificate. */
export const PREVIEW_MARK = 'ตัวอย่าง ยังไม่ได้ออกเลขที่';

/** An event the recipients took part in: its kind decides the wording, its dates and venue are printed under it. */
export interface CertificateEvent {
  /** The event's kind (seminar, training, meeting): it decides the wording. */
  eventKind: SeminarKind;
  projectTitle: string;
  /** `เมื่อวันที่ 13 มีนาคม 2563` or a range, already worded. */
  heldOn: string;
  venue: string;
}

/** An honour of its own (อสร.ดีเด่น), not an event: its words are printed under the name as given. */
export interface CertificateHonour {
  honour: string;
  /** The document's title (the PDF's properties), as an event's title would be. */
  title: string;
}

export type CertificateData = {
  kind: CertificateKind;
  givenOn: IsoDate;
  recipients: CertificateRecipient[];
  signer: Signer;
} & (CertificateEvent | CertificateHonour);

/** What each kind of event is called after `ผ่านการ` and `เข้าร่วม`. */
export const EVENT_WORDS: Record<SeminarKind, string> = { seminar: 'สัมมนา', training: 'ฝึกอบรม', meeting: 'ประชุม', activity: 'กิจกรรม' };

/**
 * What the recipient did, in the wording offices print: `ได้ผ่านการสัมมนาตามโครงการ…` (วุฒิบัตร:
 * the event's word, then the project; `ได้ผ่านการ` is never followed by `โครงการ` itself),
 * `ได้เข้าร่วมโครงการ…` (เกียรติบัตร), `ได้เป็นวิทยากรในโครงการ…` (a speaker, either kind).
 */
export function certificateWording(kind: CertificateKind, eventKind: SeminarKind, projectTitle: string, speaker = false): string {
  const word = EVENT_WORDS[eventKind];
  const title = projectTitle.trim();
  if (speaker) return joined(`ได้เป็นวิทยากรใน${title.startsWith('โครงการ') ? '' : title.startsWith(word) ? 'การ' : `การ${word}`}`, title);
  if (kind === 'honour') return joined(title.startsWith('โครงการ') || title.startsWith(word) ? 'ได้เข้าร่วม' : `ได้เข้าร่วม${word}`, title);
  // A meeting or an activity is attended, not passed.
  if (eventKind === 'meeting') return title.startsWith('ประชุม') ? `ได้เข้าร่วม${title}` : `ได้เข้าร่วมประชุมตาม${title}`;
  if (eventKind === 'activity') return joined(title.startsWith(word) || title.startsWith('โครงการ') ? 'ได้เข้าร่วม' : 'ได้เข้าร่วมกิจกรรม', title);
  return title.startsWith(word) ? `ได้ผ่านการ${title}` : `ได้ผ่านการ${word}${joined('ตาม', title)}`;
}

/** Thai writes words together but sets an abbreviation (อสร., กพร.) off by a space. */
function joined(lead: string, title: string): string {
  return /^[ก-ฮ]{1,6}\./.test(title) ? `${lead} ${title}` : `${lead}${title}`;
}

/**
 * The height the certificate's body is centred in: the landscape page's 18 cm between its margins,
 * less the number's line above it and some room, so a long project title of three lines still
 * fits on the one page.
 */
const BODY_HEIGHT = 16 * CM;

function page(data: CertificateData, env: DocEnv, recipient: CertificateRecipient, first: boolean): Content {
  return {
    stack: [
      // The number sits in the top corner, where a register of certificates looks it up.
      {
        text: num(env, `เลขที่ ${recipient.number}${recipient.preview ? ' (ยังไม่ได้ออก)' : ''}`),
        alignment: 'right',
        fontSize: pt(env, 16),
        color: recipient.preview ? '#b00020' : undefined,
        margin: [0, 0, 0.5 * CM, 0],
      },
      // The body stands in the middle of the page, as a printed certificate's does, whatever its length.
      {
        table: { widths: ['*'], heights: [BODY_HEIGHT], body: [[{ stack: body(data, env, recipient), verticalAlignment: 'middle' }]] },
        layout: 'noBorders',
      },
    ],
    pageBreak: first ? undefined : 'before',
    unbreakable: true,
  };
}

function body(data: CertificateData, env: DocEnv, recipient: CertificateRecipient): Content[] {
  return [
    ...emblem(env, 3, [0, 0, 0, pt(env, 4)]),
    { text: env.office.officeName, alignment: 'center', fontSize: pt(env, 26), bold: true },
    { text: CERTIFICATE_TITLES[data.kind], alignment: 'center', fontSize: pt(env, 40), bold: true, color: '#1a3a7a' },
    { text: `${CERTIFICATE_TITLES[data.kind]}ฉบับนี้ให้ไว้เพื่อแสดงว่า`, alignment: 'center', fontSize: pt(env, 20) },
    { text: personName(recipient.name), alignment: 'center', fontSize: pt(env, 36), bold: true, margin: [0, pt(env, 6), 0, pt(env, 6)] },
    {
      text: 'honour' in data ? num(env, data.honour) : certificateWording(data.kind, data.eventKind, data.projectTitle, recipient.speaker),
      alignment: 'center',
      fontSize: pt(env, 20),
      margin: [pt(env, 40), 0, pt(env, 40), 0],
    },
    ...('honour' in data ? [] : [{ text: `${data.heldOn} ณ ${data.venue}`, alignment: 'center' as const, fontSize: pt(env, 18) }]),
    { text: `ให้ไว้ ณ วันที่ ${formatThaiDateLong(data.givenOn, { thaiDigits: env.thaiDigits })}`, alignment: 'center', fontSize: pt(env, 18), margin: [0, pt(env, 8), 0, 0] },
    {
      stack: [{ text: '.'.repeat(45) }, { text: `(${personName(data.signer.name)})` }, { text: data.signer.position }],
      alignment: 'center',
      fontSize: pt(env, 18),
      margin: [0, pt(env, 36), 0, 0],
    },
  ];
}

/** Landscape, one page per recipient (an event's chosen groups' people who attended and speakers if chosen, or the people honoured). */
export function certificates(data: CertificateData, env: DocEnv): TDocumentDefinitions {
  const title = CERTIFICATE_TITLES[data.kind];
  const doc = officialPage(env, {
    title: `${title} ${'honour' in data ? data.title : data.projectTitle}`,
    orientation: 'landscape',
    pageNumbers: false,
    content: data.recipients.map((r, i) => page(data, env, r, i === 0)),
  });
  // A double rule framing the page, as printed certificates have.
  const frame = (inset: number, width: number) => ({ type: 'rect' as const, x: inset, y: inset, w: 29.7 * CM - 2 * inset, h: 21 * CM - 2 * inset, lineWidth: width, lineColor: '#1a3a7a' });
  const preview = data.recipients.some((r) => r.preview);
  return {
    ...doc,
    background: () => ({ canvas: [frame(0.8 * CM, 2), frame(1 * CM, 0.5)] }),
    ...(preview ? { watermark: { text: PREVIEW_MARK, font: env.font.family, color: '#b00020', opacity: 0.18, bold: true, fontSize: pt(env, 72) } } : {}),
  };
}
