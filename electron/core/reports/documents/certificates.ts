import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatThaiDateLong, type IsoDate } from '@shared/thai';
import { CM, emblem, officialPage, pt, type DocEnv, type Signer } from '../engine/frame';
import { personName } from '../engine/thai-breaks';

export type CertificateKind = 'completion' | 'honour';
/** วุฒิบัตร for completing a training, เกียรติบัตร for honour or participation. */
export const CERTIFICATE_TITLES: Record<CertificateKind, string> = { completion: 'วุฒิบัตร', honour: 'เกียรติบัตร' };

export interface CertificateData {
  kind: CertificateKind;
  projectTitle: string;
  /** `เมื่อวันที่ 13 มีนาคม 2563` or a range, already worded. */
  heldOn: string;
  venue: string;
  givenOn: IsoDate;
  recipients: string[];
  signer: Signer;
}

function page(data: CertificateData, env: DocEnv, name: string, first: boolean): Content {
  const what = data.kind === 'completion' ? 'ได้ผ่านการ' : 'ได้เข้าร่วม';
  return {
    stack: [
      ...emblem(env, 3, [0, 0.5 * CM, 0, pt(env, 4)]),
      { text: env.office.officeName, alignment: 'center', fontSize: pt(env, 26), bold: true },
      { text: CERTIFICATE_TITLES[data.kind], alignment: 'center', fontSize: pt(env, 40), bold: true, color: '#1a3a7a' },
      { text: `${CERTIFICATE_TITLES[data.kind]}ฉบับนี้ให้ไว้เพื่อแสดงว่า`, alignment: 'center', fontSize: pt(env, 20) },
      { text: personName(name), alignment: 'center', fontSize: pt(env, 36), bold: true, margin: [0, pt(env, 6), 0, pt(env, 6)] },
      { text: `${what}${data.projectTitle}`, alignment: 'center', fontSize: pt(env, 20), margin: [pt(env, 40), 0, pt(env, 40), 0] },
      { text: `${data.heldOn} ณ ${data.venue}`, alignment: 'center', fontSize: pt(env, 18) },
      { text: `ให้ไว้ ณ วันที่ ${formatThaiDateLong(data.givenOn, { thaiDigits: env.thaiDigits })}`, alignment: 'center', fontSize: pt(env, 18), margin: [0, pt(env, 8), 0, 0] },
      {
        stack: [{ text: '.'.repeat(45) }, { text: `(${personName(data.signer.name)})` }, { text: data.signer.position }],
        alignment: 'center',
        fontSize: pt(env, 18),
        margin: [0, pt(env, 36), 0, 0],
      },
    ],
    pageBreak: first ? undefined : 'before',
    unbreakable: true,
  };
}

/** Landscape, one page per recipient (only those who attended are passed in). */
export function certificates(data: CertificateData, env: DocEnv): TDocumentDefinitions {
  const title = CERTIFICATE_TITLES[data.kind];
  const doc = officialPage(env, {
    title: `${title} ${data.projectTitle}`,
    orientation: 'landscape',
    pageNumbers: false,
    content: data.recipients.map((name, i) => page(data, env, name, i === 0)),
  });
  // A double rule framing the page, as printed certificates have.
  const frame = (inset: number, width: number) => ({ type: 'rect' as const, x: inset, y: inset, w: 29.7 * CM - 2 * inset, h: 21 * CM - 2 * inset, lineWidth: width, lineColor: '#1a3a7a' });
  return { ...doc, background: () => ({ canvas: [frame(0.8 * CM, 2), frame(1 * CM, 0.5)] }) };
}
