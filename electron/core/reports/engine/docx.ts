import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalPositionRelativeFrom,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocEnv } from './frame';
import { CELL_MARGINS, fitColumns, textWidth, type CellLine } from './docx-columns';
import { glueSpaces, type WordDictionary } from '@shared/thai';
import { baseDictionary, withNames } from './thai-breaks';
import { isJpegFrame } from '../../files/jpeg';

/**
 * The same document definition a PDF is made from, written as a Word file, so a clerk can make a
 * last change in Word and every document is described once. It covers what the office's documents
 * use: text and runs, stacks, columns (a borderless table), tables, numbered lists, images (placed
 * ones float where the PDF puts them), page breaks and the page-number footer.
 *
 * Sizes: the PDF is set in real points of the chosen font; Word gets TH Sarabun New, the
 * government's font that every office PC has, at the official sizes (16 pt body).
 */

/** The font the Word copy is set in. */
export const DOCX_FONT = 'TH Sarabun New';
/**
 * Single spacing that grows with the line's content, said outright: LibreOffice read a bare
 * w:line="240" as an exact 12 pt, which overlapped Thai lines and cut inline photos to a sliver.
 */
const LINE_RULE = LineRuleType.AUTO;

const TWIP = 20; // per point
const EMU_PX = 96 / 72; // docx image sizes are pixels at 96 per inch

type Align = 'left' | 'center' | 'right' | 'justify';
interface Style {
  fontSize: number;
  bold: boolean;
  italics: boolean;
  alignment: Align;
  color?: string;
}

/** A paragraph before it becomes a docx object, so margins of a stack can reach its first and last. */
interface P {
  kind: 'p';
  runs: (TextRun | ImageRun)[];
  alignment: Align;
  left: number;
  right: number;
  firstLine: number;
  hanging: number;
  before: number;
  after: number;
  pageBreakBefore: boolean;
  keepNext: boolean;
}
interface T {
  kind: 'table';
  table: Table;
}
type Block = P | T;

interface Ctx {
  style: Style;
  /** Width available to the content here, in points. */
  width: number;
}

type Obj = Record<string, unknown>;
type Margin = [number, number, number, number];

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

/** pdfmake's Thai line-break and name marks mean nothing to Word, which breaks Thai itself. */
function clean(text: string): string {
  return text.replace(/[\u200B\u2060\uE000-\uF8FF]/g, '');
}

function marginOf(node: Obj): Margin {
  const m = node.margin as number | number[] | undefined;
  if (m === undefined) return [0, 0, 0, 0];
  if (typeof m === 'number') return [m, m, m, m];
  if (m.length === 2) return [m[0], m[1], m[0], m[1]];
  return [m[0], m[1], m[2], m[3]];
}

export class DocxWriter {
  constructor(
    private readonly doc: TDocumentDefinitions,
    private readonly env: DocEnv,
    /** The places, compounds and the document's own names, which a column is made wide enough to hold whole. */
    private readonly dictionary: WordDictionary = baseDictionary(),
  ) {}

  /** Official points from the PDF's real points. */
  private official(size: number): number {
    return Math.round((size / this.env.font.scale) * 2) / 2;
  }

  private styleOf(node: Obj, inherited: Style): Style {
    const out = { ...inherited };
    const named = node.style === undefined ? [] : Array.isArray(node.style) ? node.style : [node.style];
    const styles = (this.doc.styles ?? {}) as Record<string, Obj>;
    for (const source of [...named.map((n) => styles[n as string] ?? {}), node]) {
      if (typeof source.fontSize === 'number') out.fontSize = source.fontSize;
      if (typeof source.bold === 'boolean') out.bold = source.bold;
      if (typeof source.italics === 'boolean') out.italics = source.italics;
      if (typeof source.alignment === 'string') out.alignment = source.alignment as Align;
      if (typeof source.color === 'string') out.color = source.color;
    }
    return out;
  }

  private run(text: string, style: Style, breakBefore = false): TextRun {
    const size = this.official(style.fontSize) * 2;
    return new TextRun({
      // A date, `พ.ศ. 2563` or `09.00 น.` keeps its space as a no-break space: LibreOffice cut
      // `พ.ศ. 2|563` between the digits where the year did not fit.
      text: glueSpaces(clean(text)),
      break: breakBefore ? 1 : undefined,
      bold: style.bold,
      boldComplexScript: style.bold,
      italics: style.italics,
      italicsComplexScript: style.italics,
      size,
      sizeComplexScript: size,
      color: style.color?.replace('#', ''),
      font: { ascii: DOCX_FONT, hAnsi: DOCX_FONT, cs: DOCX_FONT, eastAsia: DOCX_FONT },
      language: { value: 'th-TH', bidirectional: 'th-TH' },
    });
  }

  /** Text (a string or an array of runs) as its pieces of one style each. */
  private pieces(text: unknown, style: Style): { text: string; style: Style }[] {
    const pieces: { text: string; style: Style }[] = [];
    const collect = (t: unknown, s: Style) => {
      if (Array.isArray(t)) for (const x of t) collect(x, s);
      else if (t && typeof t === 'object') collect((t as Obj).text, this.styleOf(t as Obj, s));
      else if (t !== undefined && t !== null) pieces.push({ text: String(t), style: s });
    };
    collect(text, style);
    return pieces;
  }

  /** Text (a string or an array of runs), lines split at `\n`. */
  private runs(text: unknown, style: Style): TextRun[] {
    const out: TextRun[] = [];
    for (const piece of this.pieces(text, style)) {
      piece.text.split('\n').forEach((line, i) => out.push(this.run(line, piece.style, i > 0)));
    }
    return out;
  }

  /** The lines of a cell's text, each at the size of its first piece, as the column widths are fitted to them. */
  private cellLines(node: unknown, style: Style): CellLine[] {
    if (Array.isArray(node)) return node.flatMap((n) => this.cellLines(n, style));
    const obj = (node && typeof node === 'object' ? node : { text: node ?? '' }) as Obj;
    if (Array.isArray(obj.stack)) return this.cellLines(obj.stack, this.styleOf(obj, style));
    if (!('text' in obj)) return [];
    const lines: CellLine[] = [];
    let open = false;
    for (const piece of this.pieces(obj.text, this.styleOf(obj, style))) {
      const size = this.official(piece.style.fontSize) * (piece.style.bold ? 1.05 : 1);
      clean(piece.text).split('\n').forEach((text, i) => {
        if (i === 0 && open) lines[lines.length - 1].text += text;
        else lines.push({ text, size });
      });
      open = true;
    }
    return lines;
  }

  private paragraph(node: Obj, ctx: Ctx, runs: P['runs']): P {
    const style = this.styleOf(node, ctx.style);
    const [l, t, r, b] = marginOf(node);
    return {
      kind: 'p',
      runs,
      alignment: style.alignment,
      left: l,
      right: r,
      firstLine: typeof node.leadingIndent === 'number' ? node.leadingIndent : 0,
      hanging: 0,
      before: t,
      after: b,
      pageBreakBefore: node.pageBreak === 'before',
      keepNext: false,
    };
  }

  private image(node: Obj, ctx: Ctx): P {
    const url = node.image as string;
    const data = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
    const { width: iw, height: ih } = imageSize(data);
    let w = typeof node.width === 'number' ? node.width : iw * 0.75;
    let h = typeof node.height === 'number' ? node.height : (w / iw) * ih;
    const fit = node.fit as [number, number] | undefined;
    if (fit) {
      const k = Math.min(fit[0] / iw, fit[1] / ih);
      w = iw * k;
      h = ih * k;
    }
    const placed = node.absolutePosition as { x: number; y: number } | undefined;
    const run = new ImageRun({
      type: /^data:image\/png/.test(url) ? 'png' : 'jpg',
      data,
      transformation: { width: w * EMU_PX, height: h * EMU_PX },
      floating: placed
        ? {
            horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: Math.round(placed.x * 12700) },
            verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: Math.round(placed.y * 12700) },
            allowOverlap: true,
            wrap: { type: 0 },
          }
        : undefined,
    });
    const p = this.paragraph(node, ctx, [run]);
    return p;
  }

  /**
   * A rough width for a column sized to its text (a label such as เรื่อง): Word cannot size a
   * column to its content the way pdfmake does, so the text's spacing characters are counted.
   * TH Sarabun New's Thai letters are under 0.55 em wide; vowels above and below take none.
   */
  private autoWidth(node: Obj, inherited: Style): number | '*' {
    if (typeof node.text !== 'string') return '*';
    return textWidth(clean(node.text), this.official(this.styleOf(node, inherited).fontSize)) + 12;
  }

  /**
   * Column widths in points: numbers as given for the PDF's font, grown to the official size Word
   * sets (TH Sarabun New at 16 pt is wider than the PDF's Sarabun at 11: `12,000.00` and `ลำดับ`
   * broke inside their columns), as far as the width the other columns had in the PDF allows;
   * `*`/`auto` share what is left, `n%` of the width.
   */
  private widths(specs: unknown[], total: number, gap = 0): number[] {
    const inner = total - gap * (specs.length - 1);
    const given = specs.map((s) => (typeof s === 'number' ? s : typeof s === 'string' && s.endsWith('%') ? (parseFloat(s) / 100) * inner : null));
    const numbers = given.reduce<number>((a, b, i) => a + (typeof specs[i] === 'number' ? (b ?? 0) : 0), 0);
    const others = given.reduce<number>((a, b, i) => a + (typeof specs[i] === 'number' ? 0 : (b ?? 0)), 0);
    const shared = given.some((f) => f === null);
    // Room for the numbered columns: all that is left when no column shares, else up to 80% of the width.
    const room = Math.max(numbers, (shared ? inner * 0.8 : inner) - others);
    const grow = numbers ? Math.min(1 / this.env.font.scale, room / numbers) : 1;
    const fixed = given.map((f, i) => (f !== null && typeof specs[i] === 'number' ? f * grow : f));
    const used = fixed.reduce<number>((a, b) => a + (b ?? 0), 0);
    const stars = fixed.filter((f) => f === null).length;
    return fixed.map((f) => f ?? Math.max((inner - used) / Math.max(stars, 1), 20));
  }

  private cell(node: unknown, ctx: Ctx, width: number, options: { borders: boolean; shading?: string; columnSpan?: number; rowSpan?: number }): TableCell {
    const obj = (node && typeof node === 'object' && !Array.isArray(node) ? node : { text: node ?? '' }) as Obj;
    const fill = (obj.fillColor as string | undefined) ?? options.shading;
    const blocks = this.build(obj as unknown as Content, { ...ctx, width: width - 6 });
    const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const cellBorders = obj.border as boolean[] | undefined;
    const side = (i: number) => (options.borders && (!cellBorders || cellBorders[i]) ? { style: BorderStyle.SINGLE, size: 4, color: '000000' } : none);
    return new TableCell({
      children: blocks.length ? this.finish(blocks) : [new Paragraph('')],
      width: { size: Math.round(width * TWIP), type: WidthType.DXA },
      columnSpan: typeof obj.colSpan === 'number' ? obj.colSpan : options.columnSpan,
      rowSpan: typeof obj.rowSpan === 'number' ? obj.rowSpan : options.rowSpan,
      shading: fill ? { type: ShadingType.CLEAR, fill: fill.replace('#', ''), color: 'auto' } : undefined,
      borders: { left: side(0), top: side(1), right: side(2), bottom: side(3) },
      margins: { left: (CELL_MARGINS / 2) * TWIP, right: (CELL_MARGINS / 2) * TWIP, top: 20, bottom: 20 },
    });
  }

  private table(node: Obj, ctx: Ctx, style: Style): T {
    const spec = node.table as { body: unknown[][]; widths?: unknown[]; headerRows?: number; heights?: unknown };
    const columns = spec.body[0]?.length ?? 0;
    const specs = spec.widths ?? Array(columns).fill('*');
    const borders = hasRules(node.layout);
    const inner = { ...ctx, style };
    const cells = Array.from({ length: columns }, (): CellLine[][] => []);
    for (const row of spec.body) {
      row.forEach((cell, c) => {
        const span = cell && typeof cell === 'object' && typeof (cell as Obj).colSpan === 'number' ? ((cell as Obj).colSpan as number) : 1;
        if (span === 1 && c < columns) cells[c].push(this.cellLines(cell, style));
      });
    }
    const widths = fitColumns(this.widths(specs, ctx.width), cells, specs.map(isShared), this.dictionary);
    const rows = spec.body.map((row, r) => {
      const cells: TableCell[] = [];
      for (let c = 0; c < row.length; c++) {
        const cellNode = row[c] as Obj | string;
        // Cells covered by a span are empty objects in pdfmake; Word has no cell there.
        if (cellNode && typeof cellNode === 'object' && Object.keys(cellNode).length === 0) continue;
        const span = typeof cellNode === 'object' && typeof cellNode.colSpan === 'number' ? cellNode.colSpan : 1;
        const width = widths.slice(c, c + span).reduce((a, b) => a + b, 0);
        cells.push(this.cell(cellNode, inner, width, { borders }));
      }
      return new TableRow({ children: cells, tableHeader: r < (spec.headerRows ?? 0), cantSplit: true });
    });
    return {
      kind: 'table',
      table: new Table({
        rows,
        width: { size: Math.round(widths.reduce((a, b) => a + b, 0) * TWIP), type: WidthType.DXA },
        columnWidths: widths.map((w) => Math.round(w * TWIP)),
        layout: TableLayoutType.FIXED,
      }),
    };
  }

  private columns(node: Obj, ctx: Ctx, style: Style): T {
    const cols = node.columns as Obj[];
    const gap = typeof node.columnGap === 'number' ? node.columnGap : 0;
    const inner = ctx.width - gap * (cols.length - 1);
    const specs = cols.map((c) => {
      const width = c && typeof c === 'object' ? (c.width === 'auto' ? this.autoWidth(c, style) : (c.width ?? '*')) : '*';
      // A blank column only places the next one on the page (the date from the centre): its width
      // is a position, which Word's larger font does not change, so it is kept as a share of the line.
      return c && typeof c === 'object' && c.text === '' && typeof width === 'number' ? `${(width / inner) * 100}%` : width;
    });
    const widths = fitColumns(this.widths(specs, ctx.width, gap), cols.map((c) => [this.cellLines(c, style)]), specs.map(isShared), this.dictionary);
    const spread = widths.map((w, i) => w + (i < widths.length - 1 ? gap : 0));
    const row = new TableRow({ children: cols.map((c, i) => this.cell(c, { ...ctx, style }, spread[i], { borders: false })), cantSplit: node.unbreakable === true });
    return {
      kind: 'table',
      table: new Table({
        rows: [row],
        width: { size: Math.round(spread.reduce((a, b) => a + b, 0) * TWIP), type: WidthType.DXA },
        columnWidths: spread.map((w) => Math.round(w * TWIP)),
        layout: TableLayoutType.FIXED,
        borders: { top: { style: BorderStyle.NONE }, bottom: { style: BorderStyle.NONE }, left: { style: BorderStyle.NONE }, right: { style: BorderStyle.NONE }, insideHorizontal: { style: BorderStyle.NONE }, insideVertical: { style: BorderStyle.NONE } },
      }),
    };
  }

  /** One content node as blocks. */
  build(node: Content | Content[] | undefined | null, ctx: Ctx): Block[] {
    if (node === undefined || node === null) return [];
    if (Array.isArray(node)) return node.flatMap((n) => this.build(n, ctx));
    if (typeof node === 'string' || typeof node === 'number') return [this.paragraph({}, ctx, this.runs(String(node), ctx.style))];
    const obj = node as unknown as Obj;
    const style = this.styleOf(obj, ctx.style);
    const [l, t, r, b] = marginOf(obj);
    const inner: Ctx = { style, width: ctx.width - l - r };
    let blocks: Block[];
    if ('image' in obj) return [this.image(obj, ctx)];
    if ('text' in obj) return [this.paragraph(obj, ctx, this.runs(obj.text, style))];
    if ('stack' in obj) blocks = this.build(obj.stack as Content[], inner);
    else if ('columns' in obj) blocks = [this.columns(obj, inner, style)];
    else if ('table' in obj) blocks = [this.table(obj, inner, style)];
    else if ('ol' in obj || 'ul' in obj) {
      const items = (obj.ol ?? obj.ul) as Content[];
      const hang = style.fontSize * 1.6;
      blocks = items.flatMap((item, i) => {
        const mark = 'ol' in obj ? `${this.env.thaiDigits ? toThai(i + 1) : i + 1}.\t` : '•\t';
        const [first, ...rest] = this.build(item, { ...inner, width: inner.width - hang });
        if (!first || first.kind !== 'p') return [first, ...rest].filter(Boolean) as Block[];
        first.runs.unshift(this.run(mark, style));
        first.hanging = hang;
        for (const p of [first, ...rest]) if (p.kind === 'p') p.left += hang;
        return [first, ...rest];
      });
    } else return [];
    // The container's own margins and page break go to what it holds.
    for (const block of blocks) {
      if (block.kind === 'p') {
        block.left += l;
        block.right += r;
      }
    }
    const first = blocks[0];
    const last = blocks[blocks.length - 1];
    if (first?.kind === 'p') {
      first.before += t;
      first.pageBreakBefore ||= obj.pageBreak === 'before';
    } else if (t > 0 || obj.pageBreak === 'before') blocks.unshift({ ...this.paragraph({}, ctx, []), before: Math.max(t - style.fontSize, 0), pageBreakBefore: obj.pageBreak === 'before' });
    if (last?.kind === 'p') last.after += b;
    // An unbreakable stack (a signature block) stays on one page.
    if (obj.unbreakable) for (const p of blocks.slice(0, -1)) if (p.kind === 'p') p.keepNext = true;
    return blocks;
  }

  finish(blocks: Block[]): (Paragraph | Table)[] {
    return blocks.map((b) => {
      if (b.kind === 'table') return b.table;
      const tw = (n: number) => Math.round(n * TWIP);
      return new Paragraph({
        children: b.runs,
        alignment: ALIGN[b.alignment],
        indent: { left: tw(b.left), right: tw(b.right), firstLine: b.firstLine ? tw(b.firstLine) : undefined, hanging: b.hanging ? tw(b.hanging) : undefined },
        spacing: { before: tw(b.before), after: tw(b.after), line: 240, lineRule: LINE_RULE },
        pageBreakBefore: b.pageBreakBefore || undefined,
        keepNext: b.keepNext || undefined,
        tabStops: b.hanging ? [{ type: 'left', position: tw(b.left) }] : undefined,
      });
    });
  }

  footer(): Footer | undefined {
    const fn = this.doc.footer;
    if (typeof fn !== 'function') return undefined;
    const sample = fn(1, 2, { width: 0, height: 0, orientation: 'portrait' }) as Obj | null;
    if (!sample) return undefined;
    // The only footer the documents have is `หน้า x / y`: Word counts the pages itself.
    const style = this.styleOf(sample, this.baseStyle());
    const size = this.official(style.fontSize) * 2;
    const font = { ascii: DOCX_FONT, hAnsi: DOCX_FONT, cs: DOCX_FONT, eastAsia: DOCX_FONT };
    return new Footer({
      children: [
        new Paragraph({
          alignment: ALIGN[style.alignment],
          children: [new TextRun({ children: ['หน้า ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size, sizeComplexScript: size, font })],
        }),
      ],
    });
  }

  baseStyle(): Style {
    const d = (this.doc.defaultStyle ?? {}) as Obj;
    return { fontSize: (d.fontSize as number) ?? 11, bold: false, italics: false, alignment: 'left' };
  }
}

/** Whether a column width shares what the others leave (`*`, `auto`). */
function isShared(width: unknown): boolean {
  return typeof width !== 'number' && !String(width).endsWith('%');
}

function toThai(n: number): string {
  return String(n).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
}

/** Whether a pdfmake table layout draws rules (`noBorders`/`headerLineOnly`, or widths of 0, do not). */
function hasRules(layout: unknown): boolean {
  if (layout === 'noBorders' || layout === 'headerLineOnly') return false;
  if (!layout || typeof layout !== 'object') return true;
  const fn = (layout as Obj).vLineWidth;
  try {
    return typeof fn !== 'function' || (fn as (i: number, node: unknown) => number)(1, { table: { body: [] } }) > 0;
  } catch {
    return true;
  }
}

/** Pixel size of a PNG or JPEG. */
export function imageSize(data: Buffer): { width: number; height: number } {
  if (data.readUInt32BE(0) === 0x89504e47) return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  for (let i = 2; i < data.length; ) {
    const marker = data[i + 1];
    const length = data.readUInt16BE(i + 2);
    if (isJpegFrame(marker)) return { width: data.readUInt16BE(i + 7), height: data.readUInt16BE(i + 5) };
    i += 2 + length;
  }
  throw new Error('unknown image format');
}

/** Writes the document definition as a .docx file. */
export async function renderDocx(doc: TDocumentDefinitions, env: DocEnv, names: Iterable<string> = []): Promise<Uint8Array> {
  const writer = new DocxWriter(doc, env, withNames(baseDictionary(), names));
  const size = { width: 595.28, height: 841.89 };
  const landscape = doc.pageOrientation === 'landscape';
  const page = landscape ? { width: size.height, height: size.width } : size;
  const [l, t, r, b] = (doc.pageMargins as Margin | undefined) ?? [40, 40, 40, 40];
  const base = writer.baseStyle();
  const blocks = writer.build(doc.content, { style: base, width: page.width - l - r });
  const footer = writer.footer();
  const tw = (n: number) => Math.round(n * TWIP);
  const info = (doc.info ?? {}) as Obj;
  const document = new Document({
    title: info.title as string | undefined,
    creator: info.author as string | undefined,
    styles: {
      default: {
        document: {
          run: { font: { ascii: DOCX_FONT, hAnsi: DOCX_FONT, cs: DOCX_FONT, eastAsia: DOCX_FONT }, size: 32, sizeComplexScript: 32, language: { value: 'th-TH', bidirectional: 'th-TH' } },
          paragraph: { spacing: { line: 240, lineRule: LINE_RULE, before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: tw(page.width), height: tw(page.height), orientation: landscape ? 'landscape' : 'portrait' },
            margin: { left: tw(l), top: tw(t), right: tw(r), bottom: tw(b), footer: tw(Math.min(b, 20)) },
          },
        },
        footers: footer ? { default: footer } : undefined,
        children: writer.finish(blocks),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
