import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeElectron } from '../helpers/fake-electron';

/**
 * The portable exe (electron-builder sets PORTABLE_EXECUTABLE_DIR) must keep everything beside
 * itself: the built main bundle, under a stand-in `electron`, must point Electron's own folders
 * there before it takes the lock and waits for ready.
 */
const exeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-portable-'));
const appData = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-appdata-'));
const electron = fakeElectron(path.join(appData, 'Asa Desk'));
const { rec } = electron;
let unload = () => {};

beforeAll(async () => {
  process.env.PORTABLE_EXECUTABLE_DIR = exeDir;
  unload = await electron.loadBuiltMain();
  // The core loads in its own thread, which takes seconds on a busy machine.
}, 90_000);

afterAll(() => {
  unload();
  electron.fire('will-quit');
  delete process.env.PORTABLE_EXECUTABLE_DIR;
  fs.rmSync(exeDir, { recursive: true, force: true });
  fs.rmSync(appData, { recursive: true, force: true });
});

describe('the portable exe', () => {
  it("points Electron's own folders into AsaDeskData before the lock and before ready, and keeps the register there", () => {
    const own = path.join(exeDir, 'AsaDeskData', 'electron');
    expect(rec.paths).toMatchObject({ userData: own, sessionData: own, crashDumps: path.join(own, 'Crashpad'), logs: path.join(own, 'logs') });
    expect(rec.calls.indexOf('setPath userData')).toBeLessThan(rec.calls.indexOf('lock'));
    expect(rec.calls.indexOf('setPath sessionData')).toBeLessThan(rec.calls.indexOf('whenReady'));
    expect(fs.existsSync(path.join(exeDir, 'AsaDeskData', 'asa-desk.sqlite'))).toBe(true);
    expect(fs.readdirSync(appData)).toEqual([]);
  });
});
