import fs from 'node:fs';
import { protocol } from 'electron';
import { contentType, resolveStatic } from '../common/static';

/**
 * The window's page is served from `app://asa-desk/` instead of `file://` (Electron's security
 * checklist, item 18): a file:// page may read any file the user can, and needs the
 * `grantFileProtocolExtraPrivileges` fuse. Here only files inside the built renderer folder
 * are answered, with the same path checks browser mode uses.
 */
export const APP_SCHEME = 'app';
const APP_HOST = 'asa-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready: a standard, secure scheme resolves relative URLs and runs ES modules. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Answers `app://asa-desk/...` from `rendererDir`; anything else is not found. */
export async function rendererResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  // WHATWG URLs give custom schemes an opaque origin, so the scheme and host are compared.
  const ours = url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  const file = ours ? resolveStatic(rendererDir, url.pathname) : null;
  if (!file) return new Response('ไม่พบไฟล์', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const body = await fs.promises.readFile(file);
  return new Response(body, { headers: { 'content-type': contentType(file) } });
}

/** After the app is ready. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request.url));
}
