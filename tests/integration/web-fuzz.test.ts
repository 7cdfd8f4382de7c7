import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '@shared/api';
import { decodeJson } from '@shared/api/codec';
import { startWorker, type Worker } from '../helpers/crash';
import { tempDir } from '../helpers/core';
import { httpRequest, rawExchange, type RawAnswer, type RawOptions } from '../helpers/raw-http';

/**
 * The HTTP layer of browser mode under hostile traffic: a real server in its own process on
 * 127.0.0.1, real sockets, bytes sent exactly as written. Every request must get a sensible
 * answer (or, for an upload we cut off ourselves, nothing), and the process must stay up and keep
 * answering proper calls. Bounded: a fixed seed, a few hundred requests, eight at a time.
 */
const SEED = 20261204;
const REQUEST_TIMEOUT_MS = 1500;
const METHODS = Object.keys(api);

let worker: Worker;
let port = 0;
let token = '';

beforeAll(async () => {
  const staticDir = tempDir('asa-fuzz-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Asa Desk</title>');
  worker = startWorker([tempDir('asa-fuzz-data-'), staticDir, String(REQUEST_TIMEOUT_MS)], path.resolve('tests/helpers/web-server-worker.ts'));
  await worker.waitFor('url ');
  const url = new URL(worker.lines.find((l) => l.startsWith('url '))!.slice(4));
  port = Number(url.port);
  token = url.searchParams.get('token')!;
}, 60_000);

afterAll(async () => worker?.kill());

interface Case {
  what: string;
  request: string | Buffer;
  options?: RawOptions;
  /** Throws when the answer is not a sensible one for this request. */
  check(answer: RawAnswer): void;
}

const own = () => ({ host: `127.0.0.1:${port}`, 'x-asa-token': token, 'content-type': 'application/json' });
const status = (...allowed: number[]) => (a: RawAnswer) => expect(allowed, `status ${a.status}`).toContain(a.status);
const clientError = (a: RawAnswer) => {
  expect(a.status, 'answered').not.toBeNull();
  expect(a.status! >= 400 && a.status! < 500, `status ${a.status}`).toBe(true);
};
/** An API answer: a Result whose error, if any, is in Thai. */
const result = (...allowed: number[]) => (a: RawAnswer) => {
  status(...allowed)(a);
  const r = decodeJson(a.body) as { ok: boolean; error?: { code: string; message: string } };
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) expect(r.error!.message).toMatch(/[\u0E00-\u0E7F]/);
};

async function up(): Promise<void> {
  const a = await rawExchange(port, httpRequest('POST /api/call/app-info HTTP/1.1', own(), '{}'));
  expect(a.status).toBe(200);
  expect(decodeJson(a.body)).toMatchObject({ ok: true });
}

/** Runs the cases eight at a time and checks the server still answers after each batch. */
async function runAll(cases: Case[]): Promise<void> {
  for (let i = 0; i < cases.length; i += 8) {
    const batch = cases.slice(i, i + 8);
    const answers = await Promise.all(batch.map((c) => rawExchange(port, c.request, { timeoutMs: 15_000, ...c.options })));
    batch.forEach((c, j) => {
      try {
        c.check(answers[j]);
      } catch (e) {
        throw new Error(`${c.what}: ${(e as Error).message}\nrequest: ${JSON.stringify(String(c.request).slice(0, 300))}\nanswer: ${JSON.stringify(answers[j]).slice(0, 300)}`, { cause: e });
      }
    });
    await up();
  }
  expect(worker.lines.filter((l) => l.startsWith('fault ')), 'faults the catch-all had to log').toEqual([]);
}

const sample = <T>(arb: fc.Arbitrary<T>, n: number, offset = 0) => fc.sample(arb, { seed: SEED + offset, numRuns: n });

describe('browser-mode server under hostile HTTP traffic', () => {
  it('answers malformed request lines and headers with a 4xx', async () => {
    const fixed = [
      'GET / HTTP/9.9',
      'GET /',
      'GET  / HTTP/1.1',
      '\u0000\u0001\u0002',
      'G\u0000T / HTTP/1.1',
      `GET /${'a'.repeat(70_000)} HTTP/1.1`,
      'GET http://evil.example/ HTTP/1.1',
      'OPTIONS * HTTP/1.1',
      'CONNECT 127.0.0.1:1 HTTP/1.1',
      'BREW /api/call/app-info HTTP/1.1',
      'DELETE /api/call/app-info HTTP/1.1',
      'GET /api/events/../call/app-info HTTP/1.1',
      'POST /api/call/APP-INFO HTTP/1.1',
      'POST /api/call/%61pp-info HTTP/1.1',
      'POST /api/call HTTP/1.1',
      'POST /api/call/ HTTP/1.1',
      'GET /%E0%A4%A HTTP/1.1',
    ].map((line): Case => ({ what: `line ${line.slice(0, 40)}`, request: httpRequest(line, { host: `127.0.0.1:${port}` }), check: clientError }));
    const upgrade: Case = {
      what: 'websocket upgrade',
      request: httpRequest('GET /api/events HTTP/1.1', { ...own(), connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': 13, 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' }),
      check: clientError,
    };
    const headerFaults = [
      'content-length: -1',
      'content-length: abc',
      'content-length: 1e3',
      'content-length: 5\r\ncontent-length: 6',
      'transfer-encoding: gzip, chunked',
      'transfer-encoding: chunked\r\ncontent-length: 4',
      `x-long: ${'x'.repeat(20_000)}`,
      'bad header line without colon',
      ' folded: header',
      'x-nul: a\u0000b',
    ].map((h): Case => ({
      what: `header ${h.slice(0, 40)}`,
      request: `POST /api/call/app-info HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\nx-asa-token: ${token}\r\ncontent-type: application/json\r\n${h}\r\n\r\n{}`,
      check: (a) => (a.status === 200 ? result(200)(a) : clientError(a)),
    }));
    const garbage = sample(fc.uint8Array({ minLength: 1, maxLength: 300 }), 60).map((bytes): Case => ({
      what: 'random bytes',
      request: Buffer.concat([Buffer.from(bytes), Buffer.from('\r\n\r\n')]),
      // Bytes that happen to be a request line may be answered as one; nothing else may reach a handler.
      check: (a) => (a.status === null ? undefined : clientError(a)),
    }));
    await runAll([...fixed, upgrade, ...headerFaults, ...garbage]);
  });

  it('refuses every token but the right one, whatever its bytes, with 401', async () => {
    const tokens = [
      ...sample(fc.string({ maxLength: 100 }), 40, 1),
      ...sample(fc.uint8Array({ minLength: 48, maxLength: 48, min: 0x80, max: 0xff }), 20, 2).map((b) => Buffer.from(b).toString('latin1')),
      '',
      token.slice(0, -1),
      `${token}0`,
      token.toUpperCase(),
      'ก'.repeat(48),
      'x'.repeat(8000),
    ].filter((t) => t !== token && !/[\r\n\0]/.test(t));
    const cases = tokens.flatMap((t, i): Case[] => {
      const bytes = (prefix: string, line: string) => Buffer.concat([Buffer.from(prefix), Buffer.from(t, 'latin1'), Buffer.from(line)]);
      const where = i % 3;
      const request =
        where === 0
          ? bytes(`POST /api/call/settings-save HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\ncontent-type: application/json\r\ncontent-length: 2\r\nx-asa-token: `, '\r\n\r\n{}')
          : where === 1
            ? bytes(`GET /api/events HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\ncookie: asa_token_${port}=`, '\r\n\r\n')
            : Buffer.from(`GET /?token=${encodeURIComponent(t)} HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n\r\n`);
      // Header bytes that are not allowed in a header at all are refused by the parser with 400.
      return [{ what: `token ${JSON.stringify(t.slice(0, 20))} (${['header', 'cookie', 'address'][where]})`, request, check: status(401, 400) }];
    });
    await runAll(cases);
  });

  it('refuses other hosts, other origins and other sites with 403, and other content types with 415', async () => {
    const hosts = [...sample(fc.domain(), 15, 3).map((d) => `${d}:${port}`), `127.0.0.1:${port + 1}`, `127.0.0.1`, `localhost.evil.example:${port}`, '', `[::1]:${port}`];
    const origins = [...sample(fc.webUrl(), 15, 4).map((u) => new URL(u).origin), 'null', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`, `http://127.0.0.1:${port}.evil.example`];
    const types = [...sample(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'text/json', ''), 6, 5), 'application/xml'];
    const post = (headers: Record<string, string>) => httpRequest('POST /api/call/settings-save HTTP/1.1', { ...own(), ...headers }, '{"officeName":"ถูกเปลี่ยน"}');
    const cases: Case[] = [
      ...hosts.map((host): Case => ({ what: `host ${host}`, request: post({ host }), check: status(403) })),
      ...origins.map((origin): Case => ({ what: `origin ${origin}`, request: post({ origin }), check: result(403) })),
      ...['same-site', 'cross-site'].map((site): Case => ({ what: `sec-fetch-site ${site}`, request: post({ 'sec-fetch-site': site }), check: result(403) })),
      ...types.map((type): Case => ({ what: `content-type ${type}`, request: post({ 'content-type': type }), check: result(415) })),
    ];
    await runAll(cases);
    const settings = await rawExchange(port, httpRequest('POST /api/call/settings-get HTTP/1.1', own(), '{}'));
    expect(decodeJson(settings.body)).toMatchObject({ ok: true, value: { officeName: '' } });
  });

  it('answers hostile JSON to every method with a Result', async () => {
    const hostile = [
      '{"method":{"toString":1}}',
      '{"toString":1,"valueOf":1}',
      '{"__proto__":{"ok":true,"isAdmin":true}}',
      '{"constructor":{"prototype":{"x":1}}}',
      '{"file":{"name":"a.xlsx","bytes":{"$bytes":"!!!not base64"}}}',
      '{"file":{"name":"a.xlsx","bytes":{"$bytes":12}}}',
      '{"bytes":{"$bytes":"AAAA","extra":1}}',
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
      '"\\ud800"',
      '1e999',
      '-0',
      'null',
      'true',
      '{"a":1}garbage',
      '\uFEFF{}',
      '',
    ];
    const random = sample(fc.jsonValue(), 80, 6).map((v) => JSON.stringify(v));
    const bodies = [...hostile, ...random];
    const cases = bodies.map((body, i): Case => {
      const method = METHODS[(i * 7) % METHODS.length];
      return { what: `${method} ← ${body.slice(0, 60)}`, request: httpRequest(`POST /api/call/${method} HTTP/1.1`, { ...own(), 'content-length': Buffer.byteLength(body) }, body), check: result(200, 400) };
    });
    // Bytes that are not UTF-8 at all.
    cases.push({ what: 'invalid UTF-8', request: Buffer.concat([Buffer.from(httpRequest('POST /api/call/settings-save HTTP/1.1', { ...own(), 'content-length': 4 })), Buffer.from([0xff, 0xfe, 0xc0, 0x80])]), check: result(200, 400) });
    await runAll(cases);
  }, 60_000);

  it('survives uploads cut off mid-body and answers bodies too slow to finish with 408', async () => {
    const cuts = sample(fc.record({ declared: fc.integer({ min: 10, max: 5_000_000 }), fraction: fc.double({ min: 0, max: 0.95, noNaN: true }) }), 30, 7);
    const aborted = cuts.map(({ declared, fraction }): Case => ({
      what: `cut at ${Math.floor(declared * fraction)} of ${declared}`,
      request: httpRequest('POST /api/call/volunteer-import-preview HTTP/1.1', { ...own(), 'content-length': declared }) + 'A'.repeat(Math.floor(declared * fraction)),
      options: { abort: true },
      // We hung up: there is no one to answer; the batch's call after it shows the server is still there.
      check: (a) => expect(a.status).toBeNull(),
    }));
    const slow = [0, 1, 100, 900_000, 2_000_000].map((sent): Case => ({
      what: `stalled after ${sent} bytes`,
      request: httpRequest('POST /api/call/volunteer-import-preview HTTP/1.1', { ...own(), 'content-length': 3_000_000 }) + 'A'.repeat(sent),
      // Past 1 MB the body may also have been refused for want of a slot while the others stall.
      check: status(408, 503),
    }));
    const slowHeaders: Case = { what: 'headers never finished', request: `GET / HTTP/1.1\r\nhost: 127.0.0.1:${port}\r\n`, check: status(408) };
    await runAll([...aborted, ...slow, slowHeaders]);
  }, 60_000);

  it('refuses oversize bodies and reads only two large ones at once, staying small', async () => {
    const oversize = [
      ['settings-save', 2 * 1024 * 1024],
      ['volunteer-import-preview', 50 * 1024 * 1024],
      ['seminar-photo-add', 30 * 1024 * 1024],
      ['backup-restore', 400 * 1024 * 1024],
      ['app-info', Number.MAX_SAFE_INTEGER],
    ].map(([method, size]): Case => ({
      what: `${method} declaring ${size} bytes`,
      request: httpRequest(`POST /api/call/${method} HTTP/1.1`, { ...own(), 'content-length': size }) + '{"a":',
      check: result(413),
    }));
    await runAll(oversize);

    // Eight 3 MB uploads at once: two are read, the others are told to wait, the memory stays bounded.
    const body = `{"file":{"name":"a.xlsx","bytes":{"$bytes":"${'QUFB'.repeat(750_000)}"}}}`;
    const sockets = Array.from({ length: 8 }, () => rawExchange(port, httpRequest('POST /api/call/volunteer-import-preview HTTP/1.1', own(), body), { timeoutMs: 30_000 }));
    const answers = await Promise.all(sockets);
    // 408: a body the server, busy reading the others, could not take in within its timeout.
    for (const a of answers) (a.status === 408 ? status(408) : result(200, 503))(a);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(1);
    await up();
    const peak = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${worker.pid}/status`, 'utf8'));
    if (peak) expect(Number(peak[1]) / 1024, 'peak memory of the server process, MB').toBeLessThan(700);
  }, 60_000);
});
