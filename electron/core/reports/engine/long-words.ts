import LayoutBuilderModule from 'pdfmake/js/LayoutBuilder';
import { thaiBreakOffsets } from './thai-breaks';

/**
 * A word wider than the whole line (a long name kept together by personName, in a narrow column)
 * is cut by pdfmake at whatever character fills the line, even before a vowel or a tone mark.
 * Here such a word is first cut at the last Thai word boundary that fits; pdfmake's own cut is
 * left for a piece with no boundary at all.
 */

interface Inline {
  text: string;
  width: number;
  noWrap?: boolean;
  fontSize: number;
  characterSpacing?: number;
  fontFeatures?: unknown;
  font: { widthOfString(text: string, size: number, features?: unknown): number };
}
interface TextNode {
  _inlines?: Inline[];
}
interface LayoutBuilderClass {
  prototype: {
    buildNextLine(this: LayoutBuilderThis, node: TextNode): unknown;
  };
}
interface LayoutBuilderThis {
  writer: { context(): { availableWidth: number } };
}

const mod = LayoutBuilderModule as unknown as LayoutBuilderClass & { default?: LayoutBuilderClass };
const LayoutBuilder: LayoutBuilderClass = typeof mod === 'function' ? mod : mod.default!;

const THAI = /[\u0E01-\u0E5B]/;

function widthOf(text: string, inline: Inline): number {
  return inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures) + (inline.characterSpacing ?? 0) * (text.length - 1);
}

/** Splits `inline` in two at the last Thai word boundary whose first part fits `available`; null if none does. */
export function splitAtWord(inline: Inline, available: number): [Inline, Inline] | null {
  const offsets = thaiBreakOffsets(inline.text);
  for (let i = offsets.length - 1; i >= 0; i--) {
    const head = inline.text.slice(0, offsets[i]);
    const width = widthOf(head, inline);
    if (width <= available) {
      const tail = inline.text.slice(offsets[i]);
      return [
        { ...inline, text: head, width },
        { ...inline, text: tail, width: widthOf(tail, inline) },
      ];
    }
  }
  return null;
}

let installed = false;

export function installLongWordBreaks(): void {
  if (installed) return;
  installed = true;
  const buildNextLine = LayoutBuilder.prototype.buildNextLine;
  LayoutBuilder.prototype.buildNextLine = function (this: LayoutBuilderThis, node: TextNode) {
    const first = node._inlines?.[0];
    const available = this.writer.context().availableWidth;
    if (first && !first.noWrap && first.width > available && THAI.test(first.text)) {
      const parts = splitAtWord(first, available);
      if (parts) node._inlines!.splice(0, 1, ...parts);
    }
    return buildNextLine.call(this, node);
  };
}
