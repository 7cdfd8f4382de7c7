import DocMeasureModule from 'pdfmake/js/DocMeasure';
import { toThaiDigits } from '@shared/thai';
import { THAI_DECIMAL } from './frame';

/**
 * pdfmake draws the numbers of an ordered list itself, in Arabic digits, outside the text that
 * officialPage turns into Thai digits: a result report in Thai digits printed its objectives as
 * "1. เพื่อ…". A list of type THAI_DECIMAL is numbered ๑. ๒. ๓. instead.
 */

type BuildMarker = (this: unknown, item: unknown, counter: number | string, styleStack: unknown, type: string, separator: unknown) => unknown;
interface DocMeasureClass {
  prototype: { buildOrderedMarker: BuildMarker };
}

const mod = DocMeasureModule as unknown as DocMeasureClass & { default?: DocMeasureClass };
const DocMeasure: DocMeasureClass = typeof mod === 'function' ? mod : mod.default!;

let installed = false;

export function installThaiListMarkers(): void {
  if (installed) return;
  installed = true;
  const build = DocMeasure.prototype.buildOrderedMarker;
  DocMeasure.prototype.buildOrderedMarker = function (item, counter, styleStack, type, separator) {
    if (type !== THAI_DECIMAL) return build.call(this, item, counter, styleStack, type, separator);
    // A decimal marker is the counter's own text: given the Thai digits, it is measured and drawn as them.
    return build.call(this, item, toThaiDigits(String(counter)), styleStack, 'decimal', separator);
  };
}
