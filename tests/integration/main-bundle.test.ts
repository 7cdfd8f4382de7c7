import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeElectron } from '../helpers/fake-electron';

/** The built Electron main bundle, loaded under Node with a stand-in `electron` (Electron cannot run here). */
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'asa-main-'));
const electron = fakeElectron(userData);
const { rec } = electron;
let unload = () => {};

beforeAll(async () => {
  unload = await electron.loadBuiltMain();
});

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
      on: (name: string, fn: (e: { preventDefault(): void }) => void) => fn({ preventDefault: () => prevented.push(name) }),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    };
    electron.fire('web-contents-created', {}, contents);
    expect(prevented).toEqual(expect.arrayContaining(['will-navigate', 'will-attach-webview']));
    expect(openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(fs.existsSync(path.join(userData, 'data', 'asa-desk.sqlite'))).toBe(true);
  });
});
