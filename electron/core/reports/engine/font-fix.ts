import PdfmakeDocumentModule from 'pdfmake/js/PDFDocument';

/**
 * Corrects faults in how pdfkit 0.19 (under pdfmake 0.3.11) encodes Thai text, at their cause.
 *
 * 1. Text extraction. fontkit caches one glyph object per glyph id, carrying the code points of its
 *    first request, and pdfkit writes each glyph's ToUnicode entry from that object. Sarabun draws
 *    `ำ` as nikhahit + the `า` glyph, so `า` got the code points of whichever use came first: either
 *    `ำ` extracted as `ำา`, or (a sheet starting with "ลำดับ") every `า` vanished from copied text.
 *    Fixed by asking fontkit for a glyph per (id, code points) pair and giving each distinct pair its
 *    own glyph id in the subset (a duplicate of the outline), so each has its own ToUnicode entry.
 * 2. Mark positions. pdfkit draws a glyph that shaping moved (a tone mark lowered over ิ, say) with a
 *    text matrix of its own; viewers then read the mark as a separate word on a slightly different
 *    baseline and copy "เพิ่ม" as "เพิม ่". The move is baked into the subset instead: a composite
 *    glyph that is the mark offset by (dx, dy), so the whole run stays one line of text.
 * 3. No-break spaces. thai-breaks.ts glues dates, years and names with U+00A0 so no line breaks
 *    inside them; on paper and in copied text they are plain spaces, so a search for
 *    "13 มีนาคม 2563" finds them.
 * 4. Word-break marks. thai-breaks.ts puts U+200B between Thai words so pdfmake may wrap there;
 *    Sarabun has no glyph for it and fontkit drew glyph 0 (a box). The marks are removed before
 *    measuring and drawing, so they cost no width and never reach the page or the extracted text.
 */

/** Characters that only steer line breaking. */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;
const NO_BREAK_SPACE = 0xa0;
const SPACE = 0x20;

interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}
interface FontkitFont {
  getGlyph(id: number, codePoints?: number[]): Glyph;
}
interface Position {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}
/** A subset entry that is another glyph moved by (dx, dy) font units. */
interface Shifted {
  shiftOf: number;
  dx: number;
  dy: number;
}
interface TtfSubset {
  glyphs: (number | Shifted)[];
  mapping: Record<number, number>;
  cff?: unknown;
  includeGlyph(id: number): number;
  _addGlyph(entry: number | Shifted): number;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  font: { getGlyph(id: number): Glyph & { bbox: { minX: number; minY: number; maxX: number; maxY: number } } };
}
interface EmbeddedFont {
  font: FontkitFont;
  subset: TtfSubset;
  widths: number[];
  unicode: number[][];
  scale: number;
  layout(text: string, features?: unknown, onlyWidth?: boolean): { glyphs: Glyph[]; positions: Position[]; advanceWidth: number };
  encode(text: string, features?: unknown): [string[], Position[]];
}
interface PdfmakeDocumentClass {
  prototype: { provideFont(this: unknown, ...args: unknown[]): EmbeddedFont };
}

// Node's ESM import gives module.exports; a CommonJS bundle unwraps `default` itself.
const mod = PdfmakeDocumentModule as unknown as PdfmakeDocumentClass & { default?: PdfmakeDocumentClass };
const PdfmakeDocument: PdfmakeDocumentClass = typeof mod === 'function' ? mod : mod.default!;

const fixed = new WeakSet<EmbeddedFont>();

function sameCodePoints(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** fontkit hands out one object per glyph id; give each use its own code points instead. */
function trackCodePoints(font: FontkitFont): void {
  const getGlyph = font.getGlyph.bind(font);
  const variants = new Map<string, Glyph>();
  font.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (!glyph || sameCodePoints(glyph.codePoints, codePoints)) return glyph;
    const key = `${id}:${codePoints.join(',')}`;
    let variant = variants.get(key);
    if (!variant) {
      variant = Object.create(glyph, { codePoints: { value: codePoints } }) as Glyph;
      variants.set(key, variant);
    }
    return variant;
  };
}

/**
 * When shaping splits one character into several glyphs (`ำ` → nikhahit + `า`), fontkit gives the
 * code points to the first glyph and none to the rest. A viewer reads an advancing glyph without
 * text as a gap ("ลำ ดับ"), so the text moves to the cluster's last advancing glyph.
 */
function clusterText(glyphs: Glyph[], positions: Position[]): number[][] {
  const out = glyphs.map((g) => g.codePoints);
  for (let start = 0; start < glyphs.length; ) {
    let end = start + 1;
    while (end < glyphs.length && glyphs[end].codePoints.length === 0) end++;
    let carrier = start;
    for (let i = start; i < end; i++) if (positions[i].xAdvance > 0) carrier = i;
    if (carrier !== start) {
      out[carrier] = out[start];
      out[start] = [];
    }
    start = end;
  }
  return out;
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const ARGS_ARE_XY_VALUES = 0x0002;

/** Teaches a TrueType subset to write Shifted entries as one-component composite glyphs. */
function addShiftedGlyphs(subset: TtfSubset): void {
  const addGlyph = subset._addGlyph.bind(subset);
  subset._addGlyph = (entry) => {
    if (typeof entry === 'number') return addGlyph(entry);
    const base = subset.font.getGlyph(entry.shiftOf);
    const box = base.bbox;
    const finite = Number.isFinite(box.minX) && Number.isFinite(box.maxX);
    const bytes = new Uint8Array(18);
    const view = new DataView(bytes.buffer);
    view.setInt16(0, -1); // composite
    view.setInt16(2, finite ? box.minX + entry.dx : 0);
    view.setInt16(4, finite ? box.minY + entry.dy : 0);
    view.setInt16(6, finite ? box.maxX + entry.dx : 0);
    view.setInt16(8, finite ? box.maxY + entry.dy : 0);
    view.setUint16(10, ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES);
    view.setUint16(12, subset.includeGlyph(entry.shiftOf));
    view.setInt16(14, entry.dx);
    view.setInt16(16, entry.dy);
    subset.glyf.push(bytes);
    subset.loca.offsets.push(subset.offset);
    subset.hmtx.metrics.push({ advance: base.advanceWidth, bearing: finite ? box.minX + entry.dx : 0 });
    subset.offset += bytes.length;
    return subset.glyf.length - 1;
  };
}

function fixEmbeddedFont(ef: EmbeddedFont): void {
  trackCodePoints(ef.font);
  const layout = ef.layout.bind(ef);
  ef.layout = (text, features, onlyWidth) => layout(text.replace(INVISIBLE, ''), features, onlyWidth);
  // CFF subsets have no composite glyphs; there pdfkit keeps positioning marks itself.
  const bake = ef.subset.cff == null;
  if (bake) addShiftedGlyphs(ef.subset);
  const gids = new Map<string, number>();

  const register = (gid: number, glyph: Glyph, text: number[]) => {
    ef.widths[gid] = glyph.advanceWidth * ef.scale;
    ef.unicode[gid] = text;
  };
  const gidFor = (glyph: Glyph, text: number[], dx: number, dy: number): number => {
    const key = `${glyph.id}:${dx},${dy}:${text.join(',')}`;
    let gid = gids.get(key);
    if (gid !== undefined) return gid;
    const isNew = ef.subset.mapping[glyph.id] == null;
    if (dx === 0 && dy === 0 && isNew) {
      gid = ef.subset.includeGlyph(glyph.id);
    } else {
      if (isNew) register(ef.subset.includeGlyph(glyph.id), glyph, []); // the outline a copy refers to
      // Same outline, different text or position: its own subset entry with its own ToUnicode.
      ef.subset.glyphs.push(dx === 0 && dy === 0 ? glyph.id : { shiftOf: glyph.id, dx, dy });
      gid = ef.subset.glyphs.length - 1;
    }
    register(gid, glyph, text);
    gids.set(key, gid);
    return gid;
  };

  ef.encode = (text, features) => {
    const { glyphs, positions } = ef.layout(text, features);
    const texts = clusterText(glyphs, positions);
    // Runs come from pdfkit's layout cache: copy positions rather than change them.
    const placed = positions.slice();
    const encoded = glyphs.map((glyph, i) => {
      const p = positions[i];
      let dx = 0;
      let dy = 0;
      if (bake && (p.xOffset || p.yOffset)) {
        dx = Math.round(p.xOffset / ef.scale);
        dy = Math.round(p.yOffset / ef.scale);
        placed[i] = { ...p, xOffset: 0, yOffset: 0 };
      }
      const text = texts[i].length === 1 && texts[i][0] === NO_BREAK_SPACE ? [SPACE] : texts[i];
      return `0000${gidFor(glyph, text, dx, dy).toString(16)}`.slice(-4);
    });
    return [encoded, placed];
  };
}

let installed = false;

/** Installs the correction on pdfmake's document class once per process. */
export function installThaiFontFix(): void {
  if (installed) return;
  installed = true;
  const provideFont = PdfmakeDocument.prototype.provideFont;
  PdfmakeDocument.prototype.provideFont = function (this: unknown, ...args: unknown[]) {
    const ef = provideFont.apply(this, args);
    // Standard PDF fonts have no fontkit font and need no fix.
    if (ef && (ef as Partial<EmbeddedFont>).subset && !fixed.has(ef)) {
      fixed.add(ef);
      fixEmbeddedFont(ef);
    }
    return ef;
  };
}
