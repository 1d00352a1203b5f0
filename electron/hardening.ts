import { isAppUrl } from './appOrigin';

interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of Electron's WebContents the hardening touches; tests pass a fake. */
export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The parts of Electron's Session the permission policy touches. */
export interface SessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/** Called with a web address the page tried to open or navigate to; may ask the user and open it outside. */
export type ExternalLinkHandler = (url: string) => unknown;

/**
 * Keeps every web contents on app://parkdesk: leaving it (a link, a redirect, a dropped file) is cancelled,
 * and new windows and <webview>s are refused — a page that could navigate elsewhere would take the preload's
 * `invoke` with it, and the sender check in ipc.ts is the second line, not the only one. A link the user
 * followed (navigation or window.open, not a redirect) is handed to `onExternalLink`, which may offer to
 * open http(s) addresses in the system browser after asking.
 */
export function hardenWebContents(contents: WebContentsLike, onExternalLink?: ExternalLinkHandler): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    onExternalLink?.(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (!isAppUrl(url)) onExternalLink?.(url);
    return { action: 'deny' };
  });
}

/**
 * The app needs no camera, microphone, location, notifications, USB or the like: every request and every
 * check is answered "no", so a page can never prompt the user for them.
 */
export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
