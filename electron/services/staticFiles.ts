import fs from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The renderer's CSP, sent with every page by both the app:// protocol and browser mode. Styles may be
 * inline because Ant Design injects its CSS-in-JS at run time; scripts may not.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface StaticFile {
  filePath: string;
  contentType: string;
}

/**
 * Maps a URL path to a file inside `root`, refusing anything that escapes it. Paths without an extension
 * fall back to index.html so the single-page app owns its routes.
 */
export function resolveStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rootResolved = path.resolve(root);
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  let filePath = path.resolve(rootResolved, relative);
  if (filePath !== rootResolved && !filePath.startsWith(rootResolved + path.sep)) return null;
  if (!fs.existsSync(filePath) || fs.statSync(filePath).isDirectory()) {
    if (path.extname(filePath)) return null;
    filePath = path.join(rootResolved, 'index.html');
    if (!fs.existsSync(filePath)) return null;
  }
  return { filePath, contentType: CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream' };
}
