import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineHeightRatio, loadFonts, pickFont } from '../../../electron/core/reports/engine/fonts';
import { renderPdf } from '../../../electron/core/reports/engine/render';
import { officialPage, pt } from '../../../electron/core/reports/engine/frame';
import { BREAK, markThaiBreaks } from '../../../electron/core/reports/engine/thai-breaks';
import { RESOURCES_DIR } from '../../helpers/core';
import { LONG_PARAGRAPH } from './fixtures';
import { testEnv } from './env';
import { expectFontsEmbedded, expectLinesEndBetweenWords, expectTextContains, lineEndOffsets, pdfText, savePdf } from './pdf-tools';

describe('Thai line breaks', () => {
  it('marks word boundaries but never before a following vowel or tone mark, after a leading vowel, or before ฯ/ๆ', () => {
    const marked = markThaiBreaks('สำนักงานแรงงานจังหวัดสงขลา กรุงเทพฯ เด็กๆ ไปมาแล้ว');
    expect(marked.replaceAll(BREAK, '')).toBe('สำนักงานแรงงานจังหวัดสงขลา กรุงเทพฯ เด็กๆ ไปมาแล้ว');
    const pieces = marked.split(/[\u200B ]/);
    expect(pieces).toContain('สำนักงาน');
    expect(marked).not.toMatch(/\u200B[\u0E2F\u0E30-\u0E3A\u0E45-\u0E4E]/);
    expect(marked).not.toMatch(/[\u0E40-\u0E44]\u200B/);
    expect(marked).toContain('กรุงเทพฯ');
  });

  it('keeps compounds and prefixed words whole that the segmenter splits', () => {
    const pieces = (text: string) => markThaiBreaks(text).split(BREAK);
    expect(pieces('เครือข่ายอาสาสมัครแรงงาน')).toEqual(['เครือข่าย', 'อาสาสมัคร', 'แรงงาน']);
    expect(pieces('รองผู้ว่าราชการจังหวัด')).toEqual(['รอง', 'ผู้ว่าราชการ', 'จังหวัด']);
    expect(pieces('ผู้เข้าร่วมลงทะเบียน')).toEqual(['ผู้เข้าร่วม', 'ลงทะเบียน']);
    expect(pieces('ค่าตอบแทนวิทยากร')).toEqual(['ค่าตอบแทน', 'วิทยากร']);
    expect(pieces('ความรู้ความเข้าใจ')).toEqual(['ความรู้', 'ความเข้าใจ']);
  });
});

describe('PDF engine', () => {
  it('extracts Thai text exactly, ำ and า included, whichever comes first', async () => {
    const env = testEnv();
    const lines = ['ลำดับ', 'น้ำฝน ศรีสำราญ', 'สำนักงานแรงงานจังหวัดสงขลา', 'ญาดา ฐิติพงศ์ ปิ่นแก้ว ฤทัย', 'กรุงเทพฯ เด็กๆ', 'Office 2563 ffi'];
    const file = savePdf('engine-text.pdf', await renderPdf(officialPage(env, { title: 't', content: lines }), env.font));
    const text = pdfText(file);
    expect(text.split('\n').slice(0, lines.length)).toEqual(lines);
    expect(text).not.toContain(BREAK);
    expectFontsEmbedded(file);
  });

  it('wraps a long paragraph between words only, with no break marks left in the text', async () => {
    const env = testEnv();
    const file = savePdf('engine-paragraph.pdf', await renderPdf(officialPage(env, { title: 't', content: [{ text: LONG_PARAGRAPH }] }), env.font));
    const text = pdfText(file, 'layout');
    expect(expectLinesEndBetweenWords(text, LONG_PARAGRAPH)).toBeGreaterThan(3);
    expectTextContains(pdfText(file), [], [LONG_PARAGRAPH]);
  });
  it('ends a line at a space of the Thai text rather than between two words of a phrase', async () => {
    // Phrases of two or three words, set apart by spaces as offices write addresses and lists. A
    // line goes back to its last space when that keeps it two-thirds full: each phrase is shorter
    // than a third of the column, so every line can end at a space.
    const phrases = ['ตำบลคลองหอยโข่ง', 'อำเภอคลองหอยโข่ง', 'จังหวัดสงขลา', 'ตำบลกระแสสินธุ์', 'อำเภอกระแสสินธุ์', 'กลุ่มงานคุ้มครองแรงงาน', 'ศูนย์บริการร่วม', 'ตำบลควนเนียง', 'อำเภอสิงหนคร'];
    const paragraph = Array.from({ length: 4 }, () => phrases.join(' ')).join(' ');
    const env = testEnv();
    const file = savePdf('engine-spaces.pdf', await renderPdf(officialPage(env, { title: 't', content: [{ columns: [{ width: 300, text: paragraph }, { width: '*', text: '' }] }] }), env.font));
    const spaces = new Set<number>();
    let offset = 0;
    for (const word of paragraph.split(' ')) spaces.add((offset += word.length));
    const ends = lineEndOffsets(pdfText(file, 'layout'), paragraph);
    expect(ends.length).toBeGreaterThan(5);
    const flat = paragraph.replace(/\s+/g, '');
    expect(ends.filter((e) => !spaces.has(e)).map((e) => `${flat.slice(e - 8, e)}|${flat.slice(e, e + 8)}`)).toEqual([]);
  });
});

describe('fonts', () => {
  it('ships Sarabun scaled so 16 official points print at 11 pt with lineHeight 1.2', () => {
    const set = loadFonts(RESOURCES_DIR, []);
    expect(set.thSarabunNew).toBeNull();
    const font = pickFont(set, 'th-sarabun-new');
    expect(font.id).toBe('sarabun');
    expect(pt(testEnv({ font }), 16)).toBe(11);
    expect(font.lineHeight).toBe(1.2);
  });

  it('uses TH Sarabun New when the PC has it, at full official size and the same line pitch', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-fonts-'));
    try {
      fs.mkdirSync(path.join(dir, 'truetype', 'thai'), { recursive: true });
      // Sarabun's file under TH Sarabun New's name stands in for the real font.
      fs.copyFileSync(path.join(RESOURCES_DIR, 'fonts', 'Sarabun_400Regular.ttf'), path.join(dir, 'truetype', 'thai', 'THSarabunNew.ttf'));
      const set = loadFonts(RESOURCES_DIR, [path.join(dir, 'missing'), dir]);
      const font = pickFont(set, 'th-sarabun-new');
      expect(font.id).toBe('th-sarabun-new');
      expect(font.files.bold).toBe(font.files.normal); // no bold face installed: regular stands in
      const pitch = (f: typeof font) => lineHeightRatio(f.files.normal) * 16 * f.scale * f.lineHeight;
      expect(pitch(font)).toBeCloseTo(pitch(set.sarabun), 5);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
