import RendererModule from 'pdfmake/js/Renderer';

/**
 * pdfmake draws every word of a line as its own text object (its Renderer has a TODO to write a
 * line as one stream). With Thai that split is everywhere, because every word boundary is a break
 * opportunity, and it broke text extraction: a vowel or tone mark at the end of one text object
 * and the next word starting at the very same x made viewers put the mark after the next
 * consonant or on a line of its own ("ให้มป\nี"). Here adjacent pieces of a line with the same
 * style and no gap between them are drawn as one run, as a word processor would.
 */

interface Inline {
  text: string;
  x: number;
  width: number;
  [key: string]: unknown;
}
interface Line {
  inlines: Inline[];
}
interface RendererClass {
  prototype: { renderLine(this: unknown, line: Line, x: number, y: number): void };
}

const mod = RendererModule as unknown as RendererClass & { default?: RendererClass };
const Renderer: RendererClass = typeof mod === 'function' ? mod : mod.default!;

/** Style that must match for two pieces to share a run. */
const SAME = ['font', 'fontSize', 'color', 'opacity', 'characterSpacing', 'fontFeatures', 'sup', 'sub', 'decoration', 'decorationStyle', 'decorationColor', 'decorationThickness', 'background'];
/** Pieces carrying these are drawn on their own (links, page references, table-of-contents items). */
const ALONE = ['link', 'linkToPage', 'linkToDestination', '_pageNodeRef', '_tocItemRef'];

function canJoin(a: Inline, b: Inline): boolean {
  if (ALONE.some((k) => a[k] != null || b[k] != null)) return false;
  if (!SAME.every((k) => a[k] === b[k])) return false;
  // Justified lines spread words apart: keep those gaps.
  return Math.abs(a.x + a.width - b.x) < 0.01;
}

export function joinRuns(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (last && canJoin(last, inline)) out[out.length - 1] = { ...last, text: last.text + inline.text, width: last.width + inline.width };
    else out.push(inline);
  }
  return out;
}

let installed = false;

export function installTextRuns(): void {
  if (installed) return;
  installed = true;
  const renderLine = Renderer.prototype.renderLine;
  Renderer.prototype.renderLine = function (this: unknown, line: Line, x: number, y: number) {
    const joined = Object.create(line, { inlines: { value: joinRuns(line.inlines) } }) as Line;
    return renderLine.call(this, joined, x, y);
  };
}
