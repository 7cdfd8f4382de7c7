import net from 'node:net';

/** What came back on one raw connection: the answer, if any, and whether the server closed it. */
export interface RawAnswer {
  /** Null when the server closed the connection without answering. */
  status: number | null;
  headers: Record<string, string>;
  body: string;
}

export interface RawOptions {
  /** Close our side right after sending (an aborted upload). */
  abort?: boolean;
  /** Fails the exchange when the server neither answers nor closes in this time. */
  timeoutMs?: number;
}

function parse(raw: Buffer): { answer: RawAnswer; complete: boolean } | null {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine, ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  const body = raw.subarray(end + 4);
  const length = headers['content-length'] !== undefined ? Number(headers['content-length']) : null;
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? NaN);
  return {
    answer: { status: Number.isNaN(status) ? null : status, headers, body: body.toString('utf8') },
    complete: length !== null && body.length >= length,
  };
}

/**
 * Sends bytes exactly as given over a fresh loopback socket and reads what comes back: the
 * HTTP layer seen as a hostile client sees it, with no client library tidying the request.
 */
export function rawExchange(port: number, request: string | Buffer, options: RawOptions = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (answer: RawAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => {
      settled = true;
      socket.destroy();
      reject(new Error(`no answer and no close in ${options.timeoutMs ?? 10_000} ms for ${JSON.stringify(String(request).slice(0, 120))}`));
    }, options.timeoutMs ?? 10_000);
    socket.on('connect', () => {
      socket.write(request);
      // Otherwise the connection stays open, as a browser's does, until the server answers or
      // closes it: a request left unfinished (a slow body) waits for the server's timeout.
      if (options.abort) {
        socket.destroy();
        finish({ status: null, headers: {}, body: '' });
      }
    });
    socket.on('data', (d) => {
      chunks.push(d);
      const parsed = parse(Buffer.concat(chunks));
      if (parsed?.complete) finish(parsed.answer);
    });
    const closed = () => finish(parse(Buffer.concat(chunks))?.answer ?? { status: null, headers: {}, body: '' });
    socket.on('end', closed);
    socket.on('close', closed);
    // A reset after the server refused a body we were still sending counts as a close.
    socket.on('error', closed);
  });
}

/** A request as text: request line, headers, blank line, body (with its Content-Length unless given). */
export function httpRequest(line: string, headers: Record<string, string | number>, body = ''): string {
  const all = { ...headers };
  if (body && !Object.keys(all).some((h) => h.toLowerCase() === 'content-length')) all['content-length'] = Buffer.byteLength(body);
  return `${line}\r\n${Object.entries(all).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`;
}
