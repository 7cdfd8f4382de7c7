import LayoutBuilderModule from 'pdfmake/js/LayoutBuilder';
import { segmentOffsets } from '@shared/thai';
import { thaiBreakOffsets } from './thai-breaks';

/**
 * Two corrections to how pdfmake fills a line with Thai text, made where it builds each line.
 *
 * 1. A word wider than the whole line (a long name kept together by personName, in a narrow
 *    column) is cut by pdfmake at whatever character fills the line, even before a vowel or a tone
 *    mark. Such a word is first cut at the last word boundary that fits, preferring one outside
 *    the dictionary's words; pdfmake's own cut is left for a piece with no boundary at all.
 * 2. A Thai space separates phrases, and a reader expects a line to end there rather than between
 *    two words of one phrase (`ตำบลกระแสสินธุ์ อำเภอ` / `กระแสสินธุ์`). A line that would end
 *    between words goes back to its last space when that leaves the line reasonably full.
 */

interface Inline {
  text: string;
  width: number;
  x?: number;
  trailingCut?: number;
  noWrap?: boolean;
  noNewLine?: boolean;
  lineEnd?: boolean;
  fontSize: number;
  characterSpacing?: number;
  fontFeatures?: unknown;
  font: { widthOfString(text: string, size: number, features?: unknown): number };
}
interface TextNode {
  _inlines?: Inline[];
}
interface Line {
  maxWidth: number;
  inlines: Inline[];
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  addInline(inline: Inline): void;
}
interface LayoutBuilderClass {
  prototype: {
    buildNextLine(this: LayoutBuilderThis, node: TextNode): Line | null;
  };
}
interface LayoutBuilderThis {
  writer: { context(): { availableWidth: number } };
}

const mod = LayoutBuilderModule as unknown as LayoutBuilderClass & { default?: LayoutBuilderClass };
const LayoutBuilder: LayoutBuilderClass = typeof mod === 'function' ? mod : mod.default!;

const THAI = /[\u0E01-\u0E5B]/;
/** Ends with a space a line may break at (not a no-break space). */
const ENDS_WITH_SPACE = /[ \t]$/;
/** Boxes narrower than this are table cells, where a short first line reads better than a phrase cut in two. */
const NARROW = 200;

function widthOf(text: string, inline: Inline): number {
  return inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures) + (inline.characterSpacing ?? 0) * (text.length - 1);
}

/** Splits `inline` in two at the last of `offsets` whose first part fits `available`; null if none does. */
function splitAt(inline: Inline, available: number, offsets: number[]): [Inline, Inline] | null {
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

/** Splits `inline` in two at the last word boundary whose first part fits `available`; null if none does. */
export function splitAtWord(inline: Inline, available: number): [Inline, Inline] | null {
  return splitAt(inline, available, thaiBreakOffsets(inline.text)) ?? splitAt(inline, available, segmentOffsets(inline.text));
}

/** Moves the words after the line's last space back to `node` when the space is far enough along the line. */
function endAtSpace(line: Line, node: TextNode): Line {
  const inlines = line.inlines;
  if (line.newLineForced || !node._inlines?.length || ENDS_WITH_SPACE.test(inlines[inlines.length - 1].text)) return line;
  const least = line.maxWidth * (line.maxWidth < NARROW ? 1 / 3 : 2 / 3);
  for (let k = inlines.length - 2; k >= 0; k--) {
    const inline = inlines[k];
    if (!ENDS_WITH_SPACE.test(inline.text)) continue;
    if ((inline.x ?? 0) + inline.width - (inline.trailingCut ?? 0) < least) return line;
    const shorter = new (line.constructor as new (maxWidth: number) => Line)(line.maxWidth);
    for (const kept of inlines.slice(0, k + 1)) shorter.addInline(kept);
    node._inlines.unshift(...inlines.slice(k + 1));
    shorter.lastLineInParagraph = false;
    return shorter;
  }
  return line;
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
    const line = buildNextLine.call(this, node);
    return line && endAtSpace(line, node);
  };
}
