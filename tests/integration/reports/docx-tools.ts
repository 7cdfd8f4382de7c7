import { execFileSync } from 'node:child_process';

/**
 * The invisible marks a Word copy carries to say where a line may (U+200B ZERO WIDTH SPACE) and
 * may not (U+2060 WORD JOINER) end; a reader sees neither.
 */
export const WORD_PROCESSOR_MARKS = /[\u200B\u2060]/g;

function documentXml(file: string): string {
  return execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/**
 * The text of a .docx as Word shows it: the runs of word/document.xml joined, paragraphs on lines,
 * the line-break marks left out unless `marks` is set.
 */
export function docxText(file: string, { marks = false } = {}): string {
  const text = documentXml(file)
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
  return marks ? text : text.replace(WORD_PROCESSOR_MARKS, '');
}

/** Each table's column widths in points (w:gridCol is in twentieths of a point), in document order. */
export function docxTableColumns(file: string): number[][] {
  return [...documentXml(file).matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) => [...m[1].matchAll(/w:w="(\d+)"/g)].map((c) => Number(c[1]) / 20));
}
