import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReportFont } from '@shared/api/reports';

/**
 * Fonts for official documents. Sizes in documents are "official points": the size a clerk would
 * pick for TH Sarabun New (16 for body text). Google's Sarabun, which we ship, is drawn smaller,
 * so each font carries the factor that makes its text look the size the rules expect.
 */
export interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

export interface FontProfile {
  id: ReportFont;
  /** The family name documents use in pdfmake. */
  family: string;
  files: FontFiles;
  /** Real points per official point. */
  scale: number;
  /** pdfmake lineHeight giving the same line pitch whatever the font's own metrics. */
  lineHeight: number;
}

/** Sarabun ~11 pt matches TH Sarabun New 16 pt. */
const SARABUN_SCALE = 11 / 16;
/**
 * Line pitch per official point. Sarabun at lineHeight 1.2 keeps ฐ/ญ tails and stacked tone marks
 * clear of the next line; other fonts get the lineHeight that gives the same pitch.
 */
const SARABUN_LINE_HEIGHT = 1.2;

const SARABUN_FILES: FontFiles = {
  normal: 'Sarabun_400Regular.ttf',
  bold: 'Sarabun_700Bold.ttf',
  italics: 'Sarabun_400Regular_Italic.ttf',
  bolditalics: 'Sarabun_700Bold_Italic.ttf',
};

/** The names TH Sarabun New is installed under (SIPA's release). */
const TH_SARABUN_NEW_FILES: FontFiles = {
  normal: 'THSarabunNew.ttf',
  bold: 'THSarabunNew Bold.ttf',
  italics: 'THSarabunNew Italic.ttf',
  bolditalics: 'THSarabunNew BoldItalic.ttf',
};

/** (ascent − descent + lineGap) / unitsPerEm from the hhea and head tables: pdfkit's line height per point. */
export function lineHeightRatio(file: string): number {
  const buf = fs.readFileSync(file);
  const tables = buf.readUInt16BE(4);
  const offsetOf = (tag: string): number => {
    for (let i = 0; i < tables; i++) {
      const rec = 12 + i * 16;
      if (buf.toString('latin1', rec, rec + 4) === tag) return buf.readUInt32BE(rec + 8);
    }
    throw new Error(`${path.basename(file)} has no ${tag} table`);
  };
  const head = offsetOf('head');
  const hhea = offsetOf('hhea');
  const unitsPerEm = buf.readUInt16BE(head + 18);
  const ascent = buf.readInt16BE(hhea + 4);
  const descent = buf.readInt16BE(hhea + 6);
  const lineGap = buf.readInt16BE(hhea + 8);
  return (ascent - descent + lineGap) / unitsPerEm;
}

/** Folders where Windows, macOS and Linux keep installed fonts. */
export function systemFontDirs(): string[] {
  const home = os.homedir();
  const dirs = [
    process.env.WINDIR && path.join(process.env.WINDIR, 'Fonts'),
    process.env.LOCALAPPDATA && path.join(process.env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'),
    '/Library/Fonts',
    path.join(home, 'Library', 'Fonts'),
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    path.join(home, '.local', 'share', 'fonts'),
    path.join(home, '.fonts'),
  ];
  return dirs.filter((d): d is string => !!d);
}

/** Looks for a file by name (ignoring case) in `dir` and two levels below it. */
function findFile(dir: string, name: string, depth = 2): string | null {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return null;
  }
  const wanted = name.toLowerCase();
  const hit = entries.find((e) => e.isFile() && e.name.toLowerCase() === wanted);
  if (hit) return path.join(dir, hit.name);
  if (depth === 0) return null;
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    const found = findFile(path.join(dir, e.name), name, depth - 1);
    if (found) return found;
  }
  return null;
}

function profile(id: ReportFont, family: string, files: FontFiles, scale: number, sarabunRatio: number): FontProfile {
  // Same pitch per official point as Sarabun at its lineHeight.
  const pitch = sarabunRatio * SARABUN_SCALE * SARABUN_LINE_HEIGHT;
  return { id, family, files, scale, lineHeight: pitch / (lineHeightRatio(files.normal) * scale) };
}

/** TH Sarabun New from the PC's fonts, when its regular face is installed (other faces fall back to it). */
export function findThSarabunNew(dirs: string[], sarabunRatio: number): FontProfile | null {
  for (const dir of dirs) {
    const normal = findFile(dir, TH_SARABUN_NEW_FILES.normal);
    if (!normal) continue;
    const face = (name: string) => findFile(path.dirname(normal), name, 0) ?? normal;
    const files: FontFiles = {
      normal,
      bold: face(TH_SARABUN_NEW_FILES.bold),
      italics: face(TH_SARABUN_NEW_FILES.italics),
      bolditalics: face(TH_SARABUN_NEW_FILES.bolditalics),
    };
    try {
      return profile('th-sarabun-new', 'THSarabunNew', files, 1, sarabunRatio);
    } catch {
      return null; // not a readable TrueType file: keep to Sarabun
    }
  }
  return null;
}

export interface FontSet {
  sarabun: FontProfile;
  thSarabunNew: FontProfile | null;
}

/** The shipped Sarabun from `<resourcesDir>/fonts` and, if installed, TH Sarabun New. */
export function loadFonts(resourcesDir: string, systemDirs = systemFontDirs()): FontSet {
  const fontsDir = path.join(resourcesDir, 'fonts');
  const files = Object.fromEntries(Object.entries(SARABUN_FILES).map(([k, f]) => [k, path.join(fontsDir, f)])) as unknown as FontFiles;
  const ratio = lineHeightRatio(files.normal);
  const sarabun: FontProfile = { id: 'sarabun', family: 'Sarabun', files, scale: SARABUN_SCALE, lineHeight: SARABUN_LINE_HEIGHT };
  return { sarabun, thSarabunNew: findThSarabunNew(systemDirs, ratio) };
}

/** The profile a document asked for, falling back to Sarabun when TH Sarabun New is absent. */
export function pickFont(set: FontSet, wanted: ReportFont): FontProfile {
  return wanted === 'th-sarabun-new' && set.thSarabunNew ? set.thSarabunNew : set.sarabun;
}
