import type { FilePayload } from '@shared/api';
import { AppFailure } from '@shared/errors';
import type { ReportFormat } from '@shared/api/reports';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CoreContext } from '../context';
import { readOfficeSettings } from '../settings/service';
import { renderDocx } from './engine/docx';
import { loadFonts, pickFont, type FontSet } from './engine/fonts';
import type { DocEnv } from './engine/frame';
import { renderPdf } from './engine/render';

/* How a document becomes a file, for every feature that prints (reports, appointment orders). */

const fontSets = new Map<string, FontSet>();
/** Font files are looked up once per run: TH Sarabun New appears only after a restart if installed later. */
export function fontSet(ctx: CoreContext): FontSet {
  let set = fontSets.get(ctx.resourcesDir);
  if (!set) fontSets.set(ctx.resourcesDir, (set = loadFonts(ctx.resourcesDir)));
  return set;
}

export function envFor(ctx: CoreContext, input: { font: 'sarabun' | 'th-sarabun-new'; thaiDigits: boolean }): DocEnv {
  const office = readOfficeSettings(ctx.db);
  return { font: pickFont(fontSet(ctx), input.font), thaiDigits: input.thaiDigits, office: { officeName: office.officeName, emblem: office.emblem } };
}

/** Renders `doc` as PDF or Word; `names` are the people, agencies and venue it prints, kept whole across lines. */
export async function pdf(name: string, doc: TDocumentDefinitions, env: DocEnv, names: Iterable<string> = [], format: ReportFormat = 'pdf'): Promise<FilePayload> {
  if (format === 'docx') return { name: `${name}.docx`, bytes: await renderDocx(doc, env, names) };
  return { name: `${name}.pdf`, bytes: await renderPdf(doc, env.font, names) };
}

/** A document whose data is not there yet: a notice in Thai, not a failure. */
export function nothingToPrint(what: string): never {
  throw new AppFailure('VALIDATION', `ยังไม่มี${what} จึงยังพิมพ์เอกสารนี้ไม่ได้`);
}

/**
 * Whether the PDF engine can draw this image at all: a file may start like a JPEG or PNG and still
 * be cut short or damaged, and one such image would fail the whole document.
 */
export async function drawable(dataUrl: string, env: DocEnv): Promise<boolean> {
  try {
    await renderPdf({ content: [{ image: dataUrl, width: 10 }], defaultStyle: { font: env.font.family } }, env.font);
    return true;
  } catch {
    return false;
  }
}
