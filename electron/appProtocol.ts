import fs from 'node:fs';
import { CONTENT_SECURITY_POLICY, resolveStaticFile } from './services/staticFiles';
import { APP_HOST, APP_SCHEME } from './appOrigin';

export interface AppProtocolRequest {
  url: string;
  method?: string;
}

export type AppProtocolHandler = (request: AppProtocolRequest) => Promise<Response>;

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
};

/** A `..` segment, plain or percent-encoded, anywhere in the path. */
const DOT_DOT_SEGMENT = /(?:^|\/|%2f|\\|%5c)(?:\.|%2e){2}(?:$|\/|%2f|\\|%5c|\?|#)/i;

function refuse(status: 404 | 405): Response {
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS },
  });
}

/**
 * Serves the built renderer on app://parkdesk. Pure apart from reading files, so it runs in plain Node for
 * tests; main.ts hands it to `protocol.handle`. Other hosts on the scheme get nothing, and the path is
 * resolved by resolveStaticFile, which refuses anything outside `root`.
 */
export function createAppProtocolHandler(root: string): AppProtocolHandler {
  return async ({ url, method = 'GET' }) => {
    if (method !== 'GET' && method !== 'HEAD') return refuse(405);
    // URL parsing would quietly fold `..` away and serve some other file: a request that tries is refused.
    if (DOT_DOT_SEGMENT.test(url.replace(/^[a-z]+:\/\/[^/]*/i, ''))) return refuse(404);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return refuse(404);
    }
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return refuse(404);
    const file = resolveStaticFile(root, parsed.pathname);
    if (!file) return refuse(404);
    const body = method === 'HEAD' ? null : new Uint8Array(await fs.promises.readFile(file.filePath));
    return new Response(body, { status: 200, headers: { 'content-type': file.contentType, ...SECURITY_HEADERS } });
  };
}
