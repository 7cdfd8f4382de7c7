import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeJson, encodeJson } from '@shared/api/codec';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { resolveStatic } from '../../electron/common/static';
import { tempDir, testCore } from '../helpers/core';
import { httpRequest, rawExchange } from '../helpers/raw-http';

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
    expect((await fetch(`${base}/api/call/settings-get`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect((await fetch(`${base}/?token=wrong`)).status).toBe(401);
    const ok = await fetch(server.url, { redirect: 'manual' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('set-cookie')).toContain('HttpOnly');
  });

  it('answers contract calls with results, errors and bytes', async () => {
    server = await startWebServer({ core: testCore(), staticDir: staticRoot() });
    const base = new URL(server.url).origin;
    const headers = { 'x-asa-token': server.token, 'content-type': 'application/json' };
    const post = async (method: string, input: unknown) =>
      decodeJson(await (await fetch(`${base}/api/call/${method}`, { method: 'POST', headers, body: encodeJson(input) })).text());
    expect(await post('settings-get', {})).toMatchObject({ ok: true, value: { officeName: '' } });
    expect(await post('no-such-method', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const bad = await fetch(`${base}/api/call/settings-get`, { method: 'POST', headers, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(decodeJson(await bad.text())).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'คำขอไม่ถูกต้อง' } });
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

/** The server still answers a proper call: it did not die of the request before. */
async function stillUp(s: WebServer): Promise<void> {
  const r = await fetch(`http://127.0.0.1:${s.port}/api/call/settings-get`, { method: 'POST', headers: { 'x-asa-token': s.token, 'content-type': 'application/json' }, body: '{}' });
  expect(r.status).toBe(200);
  expect(decodeJson(await r.text())).toMatchObject({ ok: true });
}

describe('browser-mode server: requests that must not end it (issue 13, items 5 and 6)', () => {
  it('refuses a token of another byte length, non-ASCII, with 401 and stays up', async () => {
    server = await startWebServer({ core: testCore(), staticDir: staticRoot() });
    // 48 characters like the real token but not 48 bytes: timingSafeEqual threw on them. Node reads
    // header bytes as Latin-1, so 48 bytes of 0xE9 are 48 characters of 96 bytes in UTF-8.
    const latin = Buffer.alloc(48, 0xe9);
    const thai = 'ก'.repeat(48);
    for (const header of [Buffer.concat([Buffer.from('x-asa-token: '), latin]), Buffer.concat([Buffer.from(`cookie: asa_token_${server.port}=`), latin])]) {
      const request = Buffer.concat([Buffer.from(`GET / HTTP/1.1\r\nhost: 127.0.0.1:${server.port}\r\n`), header, Buffer.from('\r\n\r\n')]);
      expect((await rawExchange(server.port, request)).status).toBe(401);
    }
    expect((await fetch(`http://127.0.0.1:${server.port}/?token=${encodeURIComponent(thai)}`)).status).toBe(401);
    await stillUp(server);
  });

  it('survives an upload cut off mid-body, and a body too slow to finish answers 408', async () => {
    server = await startWebServer({ core: testCore(), staticDir: staticRoot(), requestTimeoutMs: 600 });
    const head = { host: `127.0.0.1:${server.port}`, 'x-asa-token': server.token, 'content-type': 'application/json', 'content-length': 5_000_000 };
    const half = httpRequest('POST /api/call/volunteer-import-preview HTTP/1.1', head) + '{"file":{"name":"a.xlsx","bytes":{"$bytes":"' + 'A'.repeat(2_000_000);
    expect((await rawExchange(server.port, half, { abort: true })).status).toBeNull();
    await stillUp(server);
    const slow = await rawExchange(server.port, httpRequest('POST /api/call/settings-get HTTP/1.1', { ...head, 'content-length': 100 }) + '{');
    expect(slow.status).toBe(408);
    await stillUp(server);
  });

  it('answers hostile JSON with a Thai validation error', async () => {
    server = await startWebServer({ core: testCore(), staticDir: staticRoot() });
    const headers = { 'x-asa-token': server.token, 'content-type': 'application/json' };
    for (const body of ['{"method":{"toString":1}}', '{"toString":1,"valueOf":1}', '{"__proto__":{"ok":true}}', 'null', '[]', '"x"', '1e999']) {
      const r = await fetch(`http://127.0.0.1:${server.port}/api/call/settings-save`, { method: 'POST', headers, body });
      expect(r.status, body).toBe(200);
      expect(decodeJson(await r.text()), body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    await stillUp(server);
  });

  it('answers a handler that throws with a 500 and stays up', async () => {
    const core = testCore();
    const logged: unknown[] = [];
    server = await startWebServer({ core: { ...core, dispatch: () => Promise.reject(new Error('a bug')) }, staticDir: staticRoot(), log: (e) => logged.push(e) });
    const r = await fetch(`http://127.0.0.1:${server.port}/api/call/settings-get`, { method: 'POST', headers: { 'x-asa-token': server.token, 'content-type': 'application/json' }, body: '{}' });
    expect(r.status).toBe(500);
    expect(decodeJson(await r.text())).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(logged).toHaveLength(1);
  });
});

describe('browser-mode server: only its own page may call it (issue 13, item 7)', () => {
  it('refuses another Host, another origin, another site and a body that is not JSON', async () => {
    server = await startWebServer({ core: testCore(), staticDir: staticRoot() });
    const { port, token } = server;
    const call = (headers: Record<string, string>, body = '{"officeName":"ถูกเปลี่ยน"}') =>
      rawExchange(port, httpRequest('POST /api/call/settings-save HTTP/1.1', { host: `127.0.0.1:${port}`, 'x-asa-token': token, 'content-type': 'application/json', ...headers }, body));
    // DNS rebinding: a name that resolves to 127.0.0.1 but is not ours.
    expect((await call({ host: `evil.example:${port}` })).status).toBe(403);
    expect((await call({ host: `127.0.0.1:${port + 1}` })).status).toBe(403);
    // A page served by another program on this PC is same-site: the cookie alone did not stop it.
    expect((await call({ origin: `http://127.0.0.1:${port + 1}` })).status).toBe(403);
    expect((await call({ origin: 'null' })).status).toBe(403);
    expect((await call({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
    // A form or a no-cors fetch can only send these types.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect((await call({ 'content-type': type })).status, type).toBe(415);
    }
    const settings = await testCoreSettings(server);
    expect(settings.officeName).toBe('');
    // Our own page, by either name of loopback.
    expect((await call({ origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await call({ host: `localhost:${port}`, origin: `http://localhost:${port}` })).status).toBe(200);
  });

  it('is never framed, and the token leaves the address after the first load', async () => {
    server = await startWebServer({ core: testCore(), staticDir: staticRoot() });
    const first = await fetch(`${server.url}#/volunteers`, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(new RegExp(`^asa_token_${server.port}=${server.token}; Path=/; HttpOnly; SameSite=Strict$`));
    const page = await fetch(`http://127.0.0.1:${server.port}/`, { headers: { cookie: cookie.split(';')[0] } });
    expect(page.status).toBe(200);
    for (const r of [first, page]) {
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    }
    // An address with `//` cannot send the browser to another host.
    for (const p of ['//evil.example/', '/\\evil.example/']) {
      const sneaky = await rawExchange(server.port, httpRequest(`GET ${p}?token=${server.token} HTTP/1.1`, { host: `127.0.0.1:${server.port}` }));
      expect(sneaky.headers.location, p).toMatch(/^\/(?![/\\])/);
    }
  });
});

describe('browser-mode server: bodies (issue 13, item 8)', () => {
  it('caps each call by what it takes and refuses before reading', async () => {
    server = await startWebServer({ core: testCore(), staticDir: staticRoot() });
    const head = { host: `127.0.0.1:${server.port}`, 'x-asa-token': server.token, 'content-type': 'application/json' };
    // A call that takes no file: 1 MB at most, refused from its Content-Length alone.
    const big = await rawExchange(server.port, httpRequest('POST /api/call/settings-save HTTP/1.1', { ...head, 'content-length': 2 * 1024 * 1024 }) + '{');
    expect(big.status).toBe(413);
    expect(big.headers.connection).toBe('close');
    expect(decodeJson(big.body)).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: 'ข้อมูลที่ส่งมาใหญ่เกินไป' } });
    // An import takes a 30 MB file (40 MB as base64), a restore 200 MB, not more.
    const importTooBig = await rawExchange(server.port, httpRequest('POST /api/call/volunteer-import-preview HTTP/1.1', { ...head, 'content-length': 50 * 1024 * 1024 }) + '{');
    expect(importTooBig.status).toBe(413);
    expect(decodeJson(importTooBig.body)).toMatchObject({ error: { message: 'ไฟล์ใหญ่เกิน 30 MB กรุณาแบ่งเป็นหลายไฟล์' } });
    const restoreTooBig = await rawExchange(server.port, httpRequest('POST /api/call/backup-restore HTTP/1.1', { ...head, 'content-length': 300 * 1024 * 1024 }) + '{');
    expect(restoreTooBig.status).toBe(413);
    // Without a Content-Length, the count stops at the cap.
    const chunked = await rawExchange(server.port, `POST /api/call/settings-save HTTP/1.1\r\nhost: 127.0.0.1:${server.port}\r\nx-asa-token: ${server.token}\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n200000\r\n${'x'.repeat(0x200000)}\r\n`);
    expect(chunked.status).toBe(413);
    await stillUp(server);
  });

  it('reads at most two large bodies at once and says so in Thai to a third', async () => {
    server = await startWebServer({ core: testCore(), staticDir: staticRoot() });
    const { port, token } = server;
    const head = { host: `127.0.0.1:${port}`, 'x-asa-token': token, 'content-type': 'application/json', 'content-length': 20 * 1024 * 1024 };
    // Two uploads past 1 MB, still sending: each holds a slot until it ends.
    const open = [0, 1].map(() => net.connect({ host: '127.0.0.1', port }));
    await Promise.all(open.map((s) => new Promise((r) => s.once('connect', r))));
    for (const s of open) s.write(httpRequest('POST /api/call/volunteer-import-preview HTTP/1.1', head) + '{"file":{"name":"a.xlsx","bytes":{"$bytes":"' + 'A'.repeat(1_200_000));
    // The third is refused once the two are past 1 MB; before that it is read whole (and is not JSON).
    const { 'content-length': _declared, ...own } = head;
    const third = () => rawExchange(port, httpRequest('POST /api/call/volunteer-import-preview HTTP/1.1', own, 'A'.repeat(1_100_000)));
    await expect.poll(async () => (await third()).status).toBe(503);
    expect(decodeJson((await third()).body)).toMatchObject({ ok: false, error: { message: 'กำลังรับไฟล์อื่นอยู่ กรุณารอให้เสร็จแล้วลองอีกครั้ง' } });
    // Small calls are never held back.
    await stillUp(server);
    // When the uploads end (here: cut off), their slots are free again.
    for (const s of open) s.destroy();
    await expect.poll(async () => (await rawExchange(port, httpRequest('POST /api/call/volunteer-import-preview HTTP/1.1', own, `{"file":"${'A'.repeat(1_100_000)}"}`))).status).toBe(200);
  });
});

async function testCoreSettings(s: WebServer): Promise<{ officeName: string }> {
  const r = await fetch(`http://127.0.0.1:${s.port}/api/call/settings-get`, { method: 'POST', headers: { 'x-asa-token': s.token, 'content-type': 'application/json' }, body: '{}' });
  return (decodeJson(await r.text()) as { value: { officeName: string } }).value;
}
