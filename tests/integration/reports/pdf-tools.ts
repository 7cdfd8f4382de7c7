import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { thaiBreakOffsets } from '../../../electron/core/reports/engine/thai-breaks';

/** PDFs are kept here after a run so the pages can be rendered and looked at. */
export const OUT_DIR = process.env.ASA_DESK_PDF_OUT ?? path.join(os.tmpdir(), 'asa-desk-reports');

export function savePdf(name: string, bytes: Uint8Array): string {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/**
 * A PDF's text: in reading order, or `layout` (columns kept in place), or `raw` (in the order it
 * was drawn, so a watermark across the page does not run into the lines it crosses).
 */
export function pdfText(file: string, mode: 'reading' | 'layout' | 'raw' = 'reading'): string {
  return execFileSync('pdftotext', [...(mode === 'reading' ? [] : [`-${mode}`]), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

export function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

/** Checks that every font is embedded and has a ToUnicode map; returns the font names. */
export function expectFontsEmbedded(file: string, family = 'Sarabun'): string[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect(line).toContain(family);
    // columns: emb sub uni
    expect(line).toMatch(/\byes\s+yes\s+yes\b/);
  }
  return lines.map((l) => l.split(/\s+/)[0]);
}

/**
 * Every string must appear exactly in the extracted text, whitespace runs compared as one space.
 * Paragraphs that wrap over lines are compared with whitespace removed (`wrapped`), since a Thai
 * line may end between two words that had no space between them.
 */
export function expectTextContains(text: string, strings: string[], wrapped: string[] = []): void {
  const flat = text.replace(/\s+/g, ' ');
  const bare = text.replace(/\s+/g, '');
  const missing = [
    ...strings.filter((s) => !flat.includes(s.replace(/\s+/g, ' '))),
    ...wrapped.filter((s) => !bare.includes(s.replace(/\s+/g, ''))),
  ];
  expect(missing).toEqual([]);
}

/** The height on paper (cm) of the first picture on page 1: the Garuda of a letter, memo or order. */
export function firstImageHeightCm(file: string): number {
  const row = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', file], { encoding: 'utf8' }).split('\n').find((l) => /^\s*1\s+\d+\s+image\b/.test(l))!;
  // page num type width height color comp bpc enc interp object ID x-ppi y-ppi …
  const cols = row.trim().split(/\s+/);
  return (Number(cols[4]) / Number(cols[13])) * 2.54;
}

/**
 * Where the lines of `paragraph`, as pdftotext lays them out in `text`, end: offsets into the
 * paragraph with its whitespace removed (the last line's end is left out). The paragraph is found
 * by its first `anchor` characters, which must be on its first line.
 */
export function lineEndOffsets(text: string, paragraph: string, anchor = 12): number[] {
  const start = paragraph.replace(/\s+/g, ' ').slice(0, anchor);
  const at = text.replace(/[^\S\n]+/g, ' ').indexOf(start);
  expect(at).toBeGreaterThanOrEqual(0);
  const lines = text.replace(/[^\S\n]+/g, ' ').slice(at).split('\n');
  const target = paragraph.replace(/\s+/g, '');
  let consumed = '';
  const ends: number[] = [];
  for (const line of lines) {
    if (consumed.length >= target.length) break;
    consumed += line.replace(/\s+/g, '');
    ends.push(consumed.length);
  }
  expect(consumed.startsWith(target)).toBe(true);
  return ends.slice(0, -1);
}

/**
 * The paragraph's lines, as pdftotext lays them out, must each end at a place where a Thai line
 * may break (a space or a word boundary): never inside a word.
 */
export function expectLinesEndBetweenWords(text: string, paragraph: string, anchor = 12): number {
  const ends = lineEndOffsets(text, paragraph, anchor);
  const target = paragraph.replace(/\s+/g, '');
  // Allowed: any word boundary or a space of the original paragraph.
  const allowed = new Set<number>();
  let offset = 0;
  for (const word of paragraph.split(/\s+/)) {
    for (const b of thaiBreakOffsets(word)) allowed.add(offset + b);
    offset += word.length;
    allowed.add(offset);
  }
  const bad = ends.filter((e) => !allowed.has(e)).map((e) => `${target.slice(e - 8, e)}|${target.slice(e, e + 8)}`);
  expect(bad).toEqual([]);
  return ends.length;
}

/** The words of one page with their boxes (points from the top left), and the page's size. */
export function pageWords(file: string, page = 1): { width: number; height: number; words: { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] } {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!;
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[5],
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
  return { width: Number(size[1]), height: Number(size[2]), words };
}

/** Renders pages to PNG at 80 dpi for looking; returns the files. */
export function renderPages(file: string, first = 1, last = 1): string[] {
  const prefix = file.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(first), '-l', String(last), file, prefix]);
  return fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png'));
}
