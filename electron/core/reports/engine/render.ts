import path from 'node:path';
import pdfmake from 'pdfmake';
import type { DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { installThaiFontFix } from './font-fix';
import { installLongWordBreaks } from './long-words';
import { installThaiListMarkers } from './list-markers';
import { installTextRuns } from './text-runs';
import type { FontProfile } from './fonts';
import type { WordDictionary } from '@shared/thai';
import { baseDictionary, markContent, withNames } from './thai-breaks';

installThaiFontFix();
installTextRuns();
installLongWordBreaks();
installThaiListMarkers();
// Documents are built from the office's own data: nothing is ever fetched.
pdfmake.setUrlAccessPolicy(() => false);

function markDynamic<T extends DynamicContent | undefined>(fn: T, dictionary: WordDictionary): T {
  if (typeof fn !== 'function') return fn;
  return ((...args: Parameters<DynamicContent>) => markContent(fn(...args), dictionary)) as T;
}

/**
 * Lays out and writes one PDF. Thai word boundaries are marked first so lines wrap between words
 * and never inside a place name or inside the proper names in `names` (the people, agencies and
 * venue the document prints); only the chosen font's files may be read from disk.
 */
export async function renderPdf(doc: TDocumentDefinitions, font: FontProfile, names: Iterable<string> = []): Promise<Uint8Array> {
  const dictionary = withNames(baseDictionary(), names);
  const allowed = new Set(Object.values(font.files).map((f) => path.resolve(f)));
  // Both are captured by pdfmake when createPdf is called, so concurrent renders don't mix.
  pdfmake.setLocalAccessPolicy((p) => allowed.has(path.resolve(p)));
  pdfmake.setFonts({ [font.family]: { ...font.files } });
  const prepared: TDocumentDefinitions = {
    ...doc,
    content: markContent(doc.content, dictionary),
    header: markDynamic(doc.header as DynamicContent | undefined, dictionary),
    footer: markDynamic(doc.footer as DynamicContent | undefined, dictionary),
  };
  const buffer = await pdfmake.createPdf(prepared).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
