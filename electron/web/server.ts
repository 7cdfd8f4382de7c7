import fs from 'node:fs';
import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { MethodName } from '@shared/api';
import { decodeJson, encodeJson } from '@shared/api/codec';
import { MAX_BACKUP_FILE_BYTES, MAX_IMPORT_FILE_BYTES, MAX_PHOTO_BYTES, megabytes } from '@shared/api/limits';
import type { AppError } from '@shared/errors';
import type { RemoteCore } from '../core/entry';
import { contentType, resolveStatic } from '../common/static';

export interface WebServerOptions {
  /** What the server needs of the core: calls and push events. */
  core: Pick<RemoteCore, 'dispatch' | 'onEvent'>;
  /** The built renderer. */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** How long a client may take to send one whole request (headers and body). */
  requestTimeoutMs?: number;
  /** Faults no request may cause (a bug in a handler); logged, answered with a 500. */
  log?: (e: unknown) => void;
}

export interface WebServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

/** Every call's body may be this large; a call that carries a file may be larger (FILE_CALLS). */
const SMALL_BODY = 1024 * 1024;
/** A file's bytes travel as base64 (4/3 of their size) beside a little else. */
const fileCall = (fileBytes: number, hint = '') => ({ limit: Math.ceil(fileBytes / 3) * 4 + SMALL_BODY, tooLarge: `ไฟล์ใหญ่เกิน ${megabytes(fileBytes)}${hint}` });
const importFile = fileCall(MAX_IMPORT_FILE_BYTES, ' กรุณาแบ่งเป็นหลายไฟล์');
const backupFile = fileCall(MAX_BACKUP_FILE_BYTES, ' กรุณากู้คืนด้วยโปรแกรมบนเครื่อง (เดสก์ท็อป)');
const FILE_CALLS: Partial<Record<MethodName, { limit: number; tooLarge: string }>> = {
  'volunteer-import-preview': importFile,
  'volunteer-import-commit': importFile,
  'volunteer-import-errors': importFile,
  'contact-import-read': importFile,
  'seminar-photo-add': fileCall(MAX_PHOTO_BYTES),
  'backup-inspect': backupFile,
  'backup-restore': backupFile,
};
const SMALL_CALL = { limit: SMALL_BODY, tooLarge: 'ข้อมูลที่ส่งมาใหญ่เกินไป' };
/** Bodies over SMALL_BODY held in memory at once (four 200 MB uploads once took 1.5 GB). */
const LARGE_BODIES_AT_ONCE = 2;

const CALL_PATH = /^\/api\/call\/([a-z0-9-]{1,80})$/;
const UNAUTHORIZED_TEXT = 'ไม่ได้รับอนุญาต: กรุณาเปิดโปรแกรมจากลิงก์ที่แสดงตอนเริ่มโปรแกรม';

/** Answers that every response carries: never framed, never sniffed, never cached, never read by another site. */
const ALWAYS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
};

/** A request refused before it reached the core: its status and Thai words. */
class Refusal {
  constructor(
    readonly status: number,
    readonly error: AppError,
  ) {}
}
const refuse = (status: number, code: AppError['code'], message: string) => new Refusal(status, { code, message });

function sha256(text: string): Buffer {
  return crypto.createHash('sha256').update(text, 'utf8').digest();
}

/** Compares digests, so tokens of any length or alphabet compare in constant time and never throw. */
function sameToken(given: string | null | undefined, token: string): boolean {
  return typeof given === 'string' && crypto.timingSafeEqual(sha256(given), sha256(token));
}

function send(res: http.ServerResponse, status: number, headers: Record<string, string>, body?: string | Buffer): void {
  res.writeHead(status, { ...ALWAYS, 'content-length': String(body === undefined ? 0 : Buffer.byteLength(body)), ...headers });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown, close = false): void {
  send(res, status, { 'content-type': 'application/json; charset=utf-8', ...(close ? { connection: 'close' } : {}) }, encodeJson(value));
}

/** The media type without parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

/** Counts the large bodies being read; a request past the limit is refused at once rather than queued. */
class Slots {
  private used = 0;
  constructor(private readonly size: number) {}
  take(): boolean {
    if (this.used >= this.size) return false;
    this.used++;
    return true;
  }
  give(): void {
    this.used--;
  }
}

/**
 * Browser mode: the same dispatch over loopback HTTP. Bound to 127.0.0.1 only. Every request must
 * name this server as its Host (no DNS rebinding) and, when a browser says where it comes from,
 * come from this server's own origin (no other page on this PC, whatever its port). Every request
 * needs the per-launch token, given once in the address and then kept in an HttpOnly cookie. No
 * request, however malformed, ends the process: each one is answered or its connection closed.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('hex');
  const { core, staticDir } = options;
  const log = options.log ?? ((e: unknown) => console.error('[asa-desk web]', e));
  const requestTimeout = options.requestTimeoutMs ?? 60_000;
  const largeBodies = new Slots(LARGE_BODIES_AT_ONCE);
  let cookieName = '';
  let origins = new Set<string>();

  function checkPlace(req: http.IncomingMessage): void {
    const host = (req.headers.host ?? '').toLowerCase();
    if (!origins.has(`http://${host}`)) throw refuse(403, 'UNAUTHORIZED', 'คำขอนี้ไม่ได้ส่งมาถึงโปรแกรมนี้โดยตรง');
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin.toLowerCase())) throw refuse(403, 'UNAUTHORIZED', 'คำขอนี้มาจากหน้าเว็บอื่น ไม่ได้มาจากหน้าของโปรแกรม');
    // Chromium says who asked; only our own page, or the user typing or clicking the address.
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') throw refuse(403, 'UNAUTHORIZED', 'คำขอนี้มาจากหน้าเว็บอื่น ไม่ได้มาจากหน้าของโปรแกรม');
  }

  function tokenOf(req: http.IncomingMessage): string | undefined {
    const header = req.headers['x-asa-token'];
    if (typeof header === 'string') return header;
    const cookie = req.headers.cookie?.split(/;\s*/).find((c) => c.startsWith(`${cookieName}=`));
    return cookie?.slice(cookieName.length + 1);
  }

  async function readBody(req: http.IncomingMessage, limit: number, tooLarge: string): Promise<string> {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) throw refuse(413, 'BAD_FILE', tooLarge);
    let large = false;
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > limit) throw refuse(413, 'BAD_FILE', tooLarge);
        if (size > SMALL_BODY && !large) {
          if (!largeBodies.take()) throw refuse(503, 'INTERNAL', 'กำลังรับไฟล์อื่นอยู่ กรุณารอให้เสร็จแล้วลองอีกครั้ง');
          large = true;
        }
        chunks.push(chunk as Buffer);
      }
    } finally {
      if (large) largeBodies.give();
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  async function call(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    // A form or a no-cors fetch cannot send application/json: only our own page's script can.
    if (mediaType(req.headers['content-type']) !== 'application/json') throw refuse(415, 'VALIDATION', 'คำขอต้องส่งเป็น JSON จากหน้าของโปรแกรม');
    const { limit, tooLarge } = FILE_CALLS[method as MethodName] ?? SMALL_CALL;
    const body = await readBody(req, limit, tooLarge);
    let input: unknown;
    try {
      input = body === '' ? undefined : decodeJson(body);
    } catch {
      throw refuse(400, 'VALIDATION', 'คำขอไม่ถูกต้อง');
    }
    sendJson(res, 200, await core.dispatch(method, input));
  }

  function events(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, { ...ALWAYS, 'content-type': 'text/event-stream', connection: 'keep-alive' });
    res.write(': connected\n\n');
    const off = core.onEvent((name, payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`));
    res.on('close', off);
    req.on('error', off);
  }

  function page(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw refuse(405, 'VALIDATION', 'คำขอไม่ถูกต้อง');
    const file = resolveStatic(staticDir, url.pathname);
    if (!file) return send(res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'ไม่พบหน้านี้');
    send(res, 200, { 'content-type': contentType(file) }, req.method === 'HEAD' ? undefined : fs.readFileSync(file));
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    checkPlace(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const given = url.searchParams.get('token');
    // The first load carries the token in the address: it becomes a cookie and leaves the address bar.
    if (given !== null && (req.method === 'GET' || req.method === 'HEAD') && !url.pathname.startsWith('/api/')) {
      if (!sameToken(given, token)) throw refuse(401, 'UNAUTHORIZED', UNAUTHORIZED_TEXT);
      url.searchParams.delete('token');
      return send(res, 303, {
        // One leading slash: `//elsewhere` would be an address on another host.
        location: `/${url.pathname.replace(/^\/+/, '')}${url.search}`,
        'set-cookie': `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict`,
        'content-type': 'text/plain; charset=utf-8',
      });
    }
    if (!sameToken(tokenOf(req), token)) throw refuse(401, 'UNAUTHORIZED', UNAUTHORIZED_TEXT);

    const called = CALL_PATH.exec(url.pathname);
    if (called && req.method === 'POST') return call(req, res, called[1]);
    if (url.pathname === '/api/events' && req.method === 'GET') return events(req, res);
    if (url.pathname.startsWith('/api/')) throw refuse(404, 'UNKNOWN_METHOD', 'ไม่รู้จักคำสั่งนี้');
    page(req, res, url);
  }

  /** The one catch-all: a refusal is answered, anything else is logged and answered 500 or cut off. */
  function answerFault(req: http.IncomingMessage, res: http.ServerResponse, e: unknown): void {
    const refusal = e instanceof Refusal ? e : null;
    // An aborted upload or a timed-out body leaves no one to answer.
    if (!refusal && (res.destroyed || !res.socket || res.socket.destroyed)) return void res.destroy();
    if (!refusal) log(e);
    if (res.headersSent || res.destroyed) return void res.destroy();
    const status = refusal?.status ?? 500;
    const error = refusal?.error ?? { code: 'INTERNAL', message: 'เกิดข้อผิดพลาดภายในโปรแกรม กรุณาลองอีกครั้ง' };
    // A refused body is not read: the connection closes after the answer.
    const unread = !req.complete;
    if (req.url?.startsWith('/api/')) sendJson(res, status, { ok: false, error }, unread);
    else send(res, status, { 'content-type': 'text/plain; charset=utf-8', ...(unread ? { connection: 'close' } : {}) }, error.message);
  }

  const server = http.createServer({ requestTimeout, headersTimeout: Math.min(requestTimeout, 20_000), connectionsCheckingInterval: Math.min(requestTimeout / 2, 30_000) }, (req, res) => {
    req.on('error', () => {});
    res.on('error', () => {});
    handle(req, res).catch((e: unknown) => {
      try {
        answerFault(req, res, e);
      } catch (again) {
        log(again);
        res.destroy();
      }
    });
  });
  // Bytes that are not HTTP at all: Node's parser refuses them; answer 400 when the socket still can.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  });

  // CONNECT (a proxy request) and protocol upgrades are not ours; unanswered, Node would just drop them.
  const notHere = (_req: http.IncomingMessage, socket: import('node:stream').Duplex) => {
    socket.on('error', () => {});
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  };
  server.on('connect', notHere);
  server.on('upgrade', notHere);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // Cookies ignore ports: each server keeps its own, so two on one PC do not overwrite each other's.
  cookieName = `asa_token_${port}`;
  origins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
