import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeJson, encodeJson } from '@shared/api/codec';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { resolveStatic } from '../../electron/web/static';
import { tempDir, testCore } from '../helpers/core';

let server: WebServer | undefined;
afterEach(async () => server?.close());

function staticRoot(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Asa Desk</title>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

describe('browser-mode server', () => {
  it('binds to 127.0.0.1 and refuses requests without the token', async () => {
    server = await startWebServer({ core: testCore(), staticDir: staticRoot() });
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const base = new URL(server.url).origin;
    expect((await fetch(`${base}/`)).status).toBe(401);
    expect((await fetch(`${base}/api/call`, { method: 'POST', body: '{"method":"settings-get"}' })).status).toBe(401);
    expect((await fetch(`${base}/?token=wrong`)).status).toBe(401);
    const ok = await fetch(server.url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('set-cookie')).toContain('HttpOnly');
  });

  it('answers contract calls with results, errors and bytes', async () => {
    server = await startWebServer({ core: testCore(), staticDir: staticRoot() });
    const base = new URL(server.url).origin;
    const post = async (body: unknown) =>
      decodeJson(await (await fetch(`${base}/api/call`, { method: 'POST', headers: { 'x-asa-token': server!.token }, body: encodeJson(body) })).text());
    expect(await post({ method: 'settings-get', input: {} })).toMatchObject({ ok: true, value: { officeName: '' } });
    expect(await post({ method: 'no-such-method', input: {} })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const bad = await fetch(`${base}/api/call`, { method: 'POST', headers: { 'x-asa-token': server.token }, body: '{not json' });
    expect(bad.status).toBe(400);
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    expect(decodeJson(encodeJson({ name: 'a.pdf', bytes }))).toEqual({ name: 'a.pdf', bytes });
  });

  it('never serves a file outside the renderer folder', async () => {
    const root = staticRoot();
    fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'secret');
    server = await startWebServer({ core: testCore(), staticDir: root });
    const base = new URL(server.url).origin;
    const get = (p: string) => fetch(`${base}${p}`, { headers: { 'x-asa-token': server!.token } });
    expect((await get('/assets/app.js')).status).toBe(200);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/%00']) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
    }
    expect(resolveStatic(root, '/../secret.txt')).toBeNull();
    expect(resolveStatic(root, '/assets/../../secret.txt')).toBeNull();
    expect(resolveStatic(root, '/%E0%A4%A')).toBeNull();
  });
});
