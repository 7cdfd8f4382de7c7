import { app, session, shell, type WebContents } from 'electron';
import { isOwnSubframe } from './window';

/** The only outside addresses a link may open, in the user's browser. */
const EXTERNAL_ALLOW = [/^https:\/\/(www\.)?mol\.go\.th\//, /^https:\/\/(www\.)?mol\.go\.th$/];

/** Refuses every navigation, new window, webview and permission (docs/ARCHITECTURE.md rule 8). */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (e) => e.preventDefault());
    // will-navigate covers only the top frame; frames inside the page may show only our own
    // page, the PDFs it makes and Chromium's PDF viewer (the Reports preview).
    contents.on('will-frame-navigate', (e) => {
      if (e.isMainFrame || !isOwnSubframe(e.url)) e.preventDefault();
    });
    contents.on('will-redirect', (e) => e.preventDefault());
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (EXTERNAL_ALLOW.some((re) => re.test(url))) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
