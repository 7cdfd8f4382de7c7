import fs from 'node:fs';
import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { decodeJson, encodeJson } from '@shared/api/codec';
import type { Core } from '../core';
import { contentType, resolveStatic } from './static';

export interface WebServerOptions {
  core: Core;
  /** The built renderer. */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

export interface WebServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

const COOKIE = 'asa_token';
const MAX_BODY = 200 * 1024 * 1024;

function tokenOf(req: http.IncomingMessage, url: URL): string | null {
  const header = req.headers['x-asa-token'];
  if (typeof header === 'string') return header;
  const cookie = req.headers.cookie?.split(/;\s*/).find((c) => c.startsWith(`${COOKIE}=`));
  if (cookie) return cookie.slice(COOKIE.length + 1);
  return url.searchParams.get('token');
}

function sameToken(a: string | null, b: string): boolean {
  if (!a || a.length !== b.length) return false;
  return crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

/**
 * Browser mode: the same dispatch over loopback HTTP. Bound to 127.0.0.1 only; every request
 * needs the per-launch token (given once in the URL, then kept in a same-site cookie).
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('hex');
  const { core, staticDir } = options;

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!sameToken(tokenOf(req, url), token)) {
      send(res, 401, 'text/plain; charset=utf-8', 'ไม่ได้รับอนุญาต: กรุณาเปิดโปรแกรมจากลิงก์ที่แสดงตอนเริ่มโปรแกรม');
      return;
    }
    res.setHeader('set-cookie', `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`);

    if (url.pathname === '/api/call' && req.method === 'POST') {
      const body = await readBody(req);
      if (body === null) return send(res, 413, 'application/json', encodeJson({ ok: false, error: { code: 'BAD_FILE', message: 'ไฟล์หรือข้อมูลใหญ่เกินไป' } }));
      let parsed: { method?: unknown; input?: unknown };
      try {
        parsed = decodeJson(body) as typeof parsed;
      } catch {
        return send(res, 400, 'application/json', encodeJson({ ok: false, error: { code: 'VALIDATION', message: 'คำขอไม่ถูกต้อง' } }));
      }
      const result = await core.dispatch(String(parsed?.method), parsed?.input);
      return send(res, 200, 'application/json; charset=utf-8', encodeJson(result));
    }

    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      const off = core.onEvent((name, payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`));
      req.on('close', off);
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    const file = resolveStatic(staticDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'ไม่พบหน้านี้');
    send(res, 200, contentType(file), fs.readFileSync(file));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
