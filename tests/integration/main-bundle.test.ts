import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeElectron } from '../helpers/fake-electron';
import { songkhlaSeminar } from '../helpers/seminar-fixtures';

/** The built Electron main bundle, loaded under Node with a stand-in `electron` (Electron cannot run here). */
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-main-'));
const electron = fakeElectron(userData);
const { rec } = electron;
let unload = () => {};

beforeAll(async () => {
  unload = await electron.loadBuiltMain();
  // The core loads in its own thread, which takes seconds on a busy machine.
}, 90_000);

afterAll(() => {
  unload();
  electron.fire('will-quit');
  fs.rmSync(userData, { recursive: true, force: true });
});

describe('the built Electron main bundle', () => {
  it('takes the single-instance lock and registers exactly one IPC channel', () => {
    expect(rec.calls).toContain('lock');
    expect(rec.ipcChannels).toEqual(['asa:invoke']);
  });

  it('opens one window with the security options and an existing preload, showing the page from app://', () => {
    expect(rec.windows).toHaveLength(1);
    const prefs = rec.windows[0].options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    // The PDF preview needs Chromium's PDF viewer, which Electron runs only with plugins on.
    expect(prefs.plugins).toBe(true);
    expect(fs.existsSync(String(prefs.preload))).toBe(true);
    expect(String(prefs.preload)).toMatch(/index\.cjs$/);
    expect(rec.windows[0].loaded).toEqual(['app://asa-desk/index.html']);
    // Closing with a half-filled form asks first (the renderer's beforeunload).
    expect(rec.calls).toContain('webContents will-prevent-unload');
  });

  it('serves app:// from the built renderer only, registered as a secure standard scheme before ready', async () => {
    expect(rec.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(rec.calls).toContain('registerSchemes');
    expect(rec.calls.indexOf('registerSchemes')).toBeLessThan(rec.calls.indexOf('handle app'));
    const serve = rec.protocols.app;
    const page = await serve(new Request('app://asa-desk/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('Content-Security-Policy');
    // The page's own script, the chunks it preloads and those later pages load (relative URLs,
    // resolved against app://asa-desk/) all come from the same scheme, as JavaScript.
    const named = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(html).toMatch(/<link rel="modulepreload"[^>]+href="\.\/assets\/[^"]+\.js"/);
    const chunks = fs.readdirSync(path.resolve('out/renderer/assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
    expect(chunks.length).toBeGreaterThan(named.length);
    for (const script of [...named, ...chunks]) {
      const js = await serve(new Request(`app://asa-desk/${script}`));
      expect(js.status, script).toBe(200);
      expect(js.headers.get('content-type'), script).toMatch(/javascript/);
    }
    for (const outside of ['app://asa-desk/../../package.json', 'app://asa-desk/%2e%2e/%2e%2e/package.json', 'app://asa-desk/..%2f..%2fpackage.json', 'app://other/index.html', 'app://asa-desk/nothing.js']) {
      expect((await serve(new Request(outside))).status, outside).toBe(404);
    }
  });

  it('refuses navigation and new windows for every web contents, and keeps data in the user-data folder', () => {
    expect(rec.appEvents).toContain('web-contents-created');
    const prevented: string[] = [];
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: (e: { url: string; isMainFrame: boolean; preventDefault(): void }) => void) =>
        fn({ url: 'https://example.com/', isMainFrame: true, preventDefault: () => prevented.push(name) }),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    };
    electron.fire('web-contents-created', {}, contents);
    expect(prevented).toEqual(expect.arrayContaining(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']));
    expect(openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(fs.existsSync(path.join(userData, 'data', 'asa-desk.sqlite'))).toBe(true);
  });
});

describe('the bridge (issue 13, item 12)', () => {
  const winFrame = () => electron.lastWindow().webContents.mainFrame;
  const ownFrame = () => ({ senderFrame: winFrame() });
  const invoke = (request: unknown, event = ownFrame()) => rec.ipcHandlers['asa:invoke'](event, request) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;

  it('answers only requests of the bridge shape', async () => {
    for (const bad of [null, 'call', { kind: 'evil' }, { kind: 'show-in-folder', path: 5 }, { kind: 'call', method: 'app-info', input: {}, extra: 1 }, { kind: 'pick-file', accept: ['*'] }, { kind: 'save-file', file: { name: 'a.pdf', bytes: 'not bytes' } }]) {
      expect(await invoke(bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'คำขอไม่ถูกต้อง' } });
    }
    expect(await invoke({ kind: 'call', method: 'app-info', input: {} })).toMatchObject({ ok: true });
  });

  it('reveals in the file manager only files the app saved', async () => {
    expect(await invoke({ kind: 'show-in-folder', path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(rec.revealed).toEqual([]);
    const target = path.join(userData, 'saved', 'รายงาน.pdf');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    rec.dialogAnswers.save = target;
    expect(await invoke({ kind: 'save-file', file: { name: 'รายงาน.pdf', bytes: new Uint8Array([37, 80, 68, 70]) } })).toEqual({ ok: true, value: target });
    expect(fs.readFileSync(target, 'latin1')).toBe('%PDF');
    expect(await invoke({ kind: 'show-in-folder', path: target })).toEqual({ ok: true, value: null });
    expect(rec.revealed).toEqual([target]);
  });

  it('gives certificate numbers only once a place to save is chosen: a cancelled dialog gives none', async () => {
    const call = async (method: string, input: unknown) => (await invoke({ kind: 'call', method, input })).value as never;
    const s: { id: number; groups: { id: number }[]; days: { sessions: { id: number }[] }[] } = await call('seminar-create', {
      ...songkhlaSeminar,
      days: [{ date: '2020-03-13', sessions: [{ start: '09:00', end: '12:00', topic: 'บรรยาย' }] }],
    });
    await call('participant-add-walkin', { seminarId: s.id, groupId: s.groups[2].id, name: 'นายหนึ่ง ทดสอบ', position: '', agency: '', phone: '', checkInSessionId: s.days[0].sessions[0].id });
    const save = { kind: 'save-issued', method: 'report-certificates-issue', input: { seminarId: s.id, kind: 'completion' }, name: 'วุฒิบัตร.pdf' };
    rec.dialogAnswers.save = undefined;
    expect(await invoke(save)).toEqual({ ok: true, value: null });
    expect(await call('report-certificate-numbering', { seminarId: s.id })).toMatchObject({ next: 1, held: 0 });
    const target = path.join(userData, 'saved', 'วุฒิบัตร.pdf');
    rec.dialogAnswers.save = target;
    expect(await invoke(save)).toEqual({ ok: true, value: { path: target, numbers: ['1/2563'] } });
    expect(fs.readFileSync(target, 'latin1').slice(0, 4)).toBe('%PDF');
    expect(await call('report-certificate-numbering', { seminarId: s.id })).toMatchObject({ next: 2, held: 1 });
    // A request for another method is not a save of certificates.
    expect(await invoke({ ...save, method: 'volunteer-erase' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a picked file larger than the call it is for takes, before reading it', async () => {
    const huge = path.join(userData, 'huge.xlsx');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 31 * 1024 * 1024);
    rec.dialogAnswers.open = huge;
    expect(await invoke({ kind: 'pick-file', accept: ['.xlsx', '.csv'] })).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: 'ไฟล์ใหญ่เกิน 30 MB กรุณาเลือกไฟล์อื่น' } });
    // A backup may be larger than an office list.
    const backup = path.join(userData, 'copy.sqlite');
    fs.renameSync(huge, backup);
    rec.dialogAnswers.open = backup;
    const picked = await invoke({ kind: 'pick-file', accept: ['.sqlite'] });
    const { name, bytes } = picked.value as { name: string; bytes: Uint8Array };
    expect([picked.ok, name, bytes.length]).toEqual([true, 'copy.sqlite', 31 * 1024 * 1024]);
  });

  it('matches the dev server by its whole origin', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    try {
      const frame = winFrame();
      frame.url = 'http://localhost:51730/index.html';
      expect(await invoke({ kind: 'call', method: 'app-info', input: {} })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      frame.url = 'http://localhost:5173/#/volunteers';
      expect(await invoke({ kind: 'call', method: 'app-info', input: {} })).toMatchObject({ ok: true });
    } finally {
      delete process.env.ELECTRON_RENDERER_URL;
      winFrame().url = 'app://asa-desk/index.html';
    }
  });

  it('holds every frame to our own page: no frame navigates elsewhere', () => {
    const handlers: Record<string, (e: { url: string; isMainFrame: boolean; preventDefault(): void }) => void> = {};
    electron.fire('web-contents-created', {}, { on: (name: string, fn: (typeof handlers)[string]) => (handlers[name] = fn), setWindowOpenHandler: () => {} });
    const navigate = (url: string, isMainFrame: boolean) => {
      let prevented = false;
      handlers['will-frame-navigate']({ url, isMainFrame, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(navigate('https://evil.example/', true)).toBe(true);
    expect(navigate('app://asa-desk/index.html', true)).toBe(true);
    expect(navigate('https://evil.example/', false)).toBe(true);
    expect(navigate('file:///etc/passwd', false)).toBe(true);
    expect(navigate('blob:https://evil.example/1', false)).toBe(true);
    // The Reports preview: a PDF the page made, shown by Chromium's viewer.
    expect(navigate('blob:app://asa-desk/6b1c7d1e-0000-4000-8000-000000000000', false)).toBe(false);
    expect(navigate('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', false)).toBe(false);
  });
});

describe('the core in its own utility process (issue 12, part 1)', () => {
  const invoke = (request: unknown) =>
    rec.ipcHandlers['asa:invoke']({ senderFrame: electron.lastWindow().webContents.mainFrame }, request) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;

  it('leaves the core out of the main process: no database, PDF, Word or spreadsheet library is loaded there', () => {
    expect(rec.loaded).toContain('electron');
    const heavy = rec.loaded.filter((m) => /^(better-sqlite3|pdfmake|exceljs|docx|@e965\/xlsx|bwip-js)(\/|$)/.test(m) || /[\\/]core\.js$/.test(m));
    expect(heavy).toEqual([]);
  });

  it('starts the core with utilityProcess.fork and forwards calls to it over a MessagePort', async () => {
    expect(rec.calls).toContain('fork core.js');
    expect(rec.calls.indexOf('fork core.js')).toBeLessThan(rec.calls.findIndex((c) => c.startsWith('webContents')));
    expect(await invoke({ kind: 'call', method: 'app-info', input: {} })).toMatchObject({ ok: true, value: { dataDir: path.join(userData, 'data') } });
    // Bytes cross both hops: a workbook made in the core reaches the window whole.
    const sheet = await invoke({ kind: 'call', method: 'volunteer-export-xlsx', input: {} });
    expect(sheet.ok, JSON.stringify(sheet.error)).toBe(true);
    expect(Buffer.from((sheet.value as { bytes: Uint8Array }).bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
  });

  it('forwards progress events from the core to the window', async () => {
    const before = rec.sent.length;
    expect(await invoke({ kind: 'call', method: 'backup-create', input: { job: 'test-backup' } })).toMatchObject({ ok: true });
    const progress = rec.sent.slice(before).filter(([channel, name]) => channel === 'asa:event' && name === 'job-progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0][2]).toMatchObject({ job: 'test-backup', stage: expect.stringMatching(/[\u0E00-\u0E7F]/) });
  });

  it('answers in Thai, not never, when the core process is gone', async () => {
    rec.utilityProcesses[0].kill();
    await expect.poll(() => invoke({ kind: 'call', method: 'app-info', input: {} })).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('ส่วนประมวลผล') } });
  });
});
