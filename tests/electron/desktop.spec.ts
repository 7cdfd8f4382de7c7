import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { AsaBridge } from '@shared/api/bridge';

const ROOT = path.resolve(__dirname, '../..');
const TITLE = 'Asa Desk — ระบบงานอาสาสมัครแรงงานจังหวัด';
/** The data folder the app keeps beside a portable exe (electron/main/index.ts). */
const PORTABLE_DATA = 'AsaDeskData';

/**
 * The Electron binary of node_modules/electron, if it was downloaded. Found without `require`, which
 * would try to download it.
 */
function electronBinary(): string | null {
  const dir = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const exe = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(dir, 'dist'), fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}

function portableExe(): string | null {
  const dist = path.join(ROOT, 'dist');
  const name = fs.existsSync(dist) ? fs.readdirSync(dist).find((f) => /^AsaDesk-Portable-.*\.exe$/.test(f)) : undefined;
  return name ? path.join(dist, name) : null;
}

/** Skips the running test with a line in the output saying why, or does nothing. */
function skipUnless(condition: boolean, why: string): void {
  if (condition) return;
  console.log(`skipped: ${why}`);
  test.skip(true, why);
}

const backups = (dataDir: string) => (fs.existsSync(path.join(dataDir, 'backups')) ? fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('.sqlite')) : []);

test('the built app opens its Thai window, answers over IPC, saves a PDF through the save dialog, and takes the exit backup', async () => {
  const binary = electronBinary();
  skipUnless(!!binary, 'no Electron binary in node_modules/electron/dist (it is downloaded from GitHub, which this machine cannot reach); the Windows workflow runs this test');
  skipUnless(fs.existsSync(path.join(ROOT, 'out/main/index.js')), 'out/main/index.js is missing: run `npm run build` first');

  // The portable layout puts the data folder, and Electron's own files, in one fresh folder.
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-electron-'));
  const dataDir = path.join(home, PORTABLE_DATA);
  const app = await electron.launch({ executablePath: binary!, args: [ROOT], cwd: ROOT, env: { ...process.env, PORTABLE_EXECUTABLE_DIR: home } as Record<string, string> });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(TITLE);
    await expect(page.getByRole('navigation', { name: 'เมนูหลัก' })).toBeVisible();
    await expect(page.getByText('ระบบงานอาสาสมัครแรงงานจังหวัด').first()).toBeVisible();

    // One call through the preload's bridge and the IPC channel to the core.
    const info = await page.evaluate(() => (window as unknown as { asaDesk: AsaBridge }).asaDesk.invoke({ kind: 'call', method: 'app-info', input: {} }));
    expect(info).toMatchObject({ ok: true, value: { dataDir } });
    const demo = await page.evaluate(() => (window as unknown as { asaDesk: AsaBridge }).asaDesk.invoke({ kind: 'call', method: 'demo-load', input: {} }));
    expect(demo.ok).toBe(true);

    // A PDF made from the Reports page and saved where the (stubbed) native save dialog says.
    const target = path.join(home, 'ทะเบียน.pdf');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (() => Promise.resolve({ canceled: false, filePath })) as unknown as typeof dialog.showSaveDialog;
    }, target);
    await page.getByRole('navigation', { name: 'เมนูหลัก' }).getByText('รายงาน', { exact: true }).click();
    await page.getByRole('radio', { name: 'ทะเบียนอาสาสมัครแรงงาน' }).check();
    await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
    await expect(page.getByTitle('ตัวอย่างเอกสาร')).toBeVisible();
    await page.getByRole('button', { name: 'บันทึกไฟล์ PDF' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'บันทึกแล้ว' })).toContainText(target);
    expect(fs.readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (spawnSync('pdftotext', ['-v']).status === 0) {
      expect(execFileSync('pdftotext', ['-enc', 'UTF-8', target, '-'], { encoding: 'utf8' })).toContain('ทะเบียนอาสาสมัครแรงงาน');
    }

    // The start-of-day backup is taken in the background; the exit backup must be a new file.
    await expect.poll(() => backups(dataDir).length).toBeGreaterThan(0);
    const before = new Set(backups(dataDir));
    await app.close();
    expect(backups(dataDir).filter((f) => !before.has(f))).toHaveLength(1);
  } finally {
    if (app.process().exitCode === null) await app.close();
  }
});

/**
 * The packaged portable exe, started as a user starts it. Not through `_electron`: the package's
 * fuses turn off Node's inspector arguments (electron-builder.yml), which `_electron` needs, so the
 * test watches what the app does instead: its window, its data folder beside the exe, the backups.
 */
test('the portable exe starts with its Thai window, keeps its data beside itself, and takes the exit backup', async () => {
  skipUnless(process.platform === 'win32', 'the portable exe is a Windows program; the Windows workflow runs this test after `npm run dist:win`');
  const built = portableExe();
  skipUnless(!!built, 'no dist/AsaDesk-Portable-*.exe: run `npm run dist:win` first');

  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-portable-'));
  const exe = path.join(home, path.basename(built!));
  fs.copyFileSync(built!, exe);
  const dataDir = path.join(home, PORTABLE_DATA);
  const launcher = spawn(exe, [], { cwd: home, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => launcher.once('exit', () => resolve()));
  try {
    // The window's title as Windows shows it; Thai read back as UTF-8.
    const titles = () =>
      execFileSync('powershell', ['-NoProfile', '-Command', '[Console]::OutputEncoding = [Text.Encoding]::UTF8; Get-Process | Where-Object { $_.MainWindowTitle } | ForEach-Object { $_.MainWindowTitle }'], { encoding: 'utf8' })
        .split(/\r?\n/)
        .map((t) => t.trim());
    await expect.poll(titles).toContain(TITLE);
    expect(fs.existsSync(path.join(dataDir, 'asa-desk.sqlite'))).toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'electron'))).toBe(true);
    await expect.poll(() => backups(dataDir).length).toBeGreaterThan(0);
    const before = new Set(backups(dataDir));

    // Closed as a user closes it: taskkill without /F asks the window to close.
    spawnSync('taskkill', ['/PID', String(launcher.pid), '/T']);
    await exited;
    expect(backups(dataDir).filter((f) => !before.has(f))).toHaveLength(1);
  } finally {
    if (launcher.exitCode === null) spawnSync('taskkill', ['/PID', String(launcher.pid), '/T', '/F']);
  }
});
