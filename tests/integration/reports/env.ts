import { loadFonts, pickFont, type FontSet } from '../../../electron/core/reports/engine/fonts';
import type { DocEnv } from '../../../electron/core/reports/engine/frame';
import { RESOURCES_DIR } from '../../helpers/core';
import { emblemDataUrl, OFFICE_NAME } from './fixtures';

let fonts: FontSet | null = null;

/** Sarabun from resources/fonts, as the packaged app uses it. */
export function testEnv(overrides: Partial<DocEnv> = {}): DocEnv {
  fonts ??= loadFonts(RESOURCES_DIR, []);
  return { font: pickFont(fonts, 'sarabun'), thaiDigits: false, office: { officeName: OFFICE_NAME, emblem: emblemDataUrl() }, ...overrides };
}
