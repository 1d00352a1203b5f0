import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../api/dispatch';
import { MAX_IMPORT_FILE_BYTES } from '../api/contract/importSchemas';
import { formatMessage } from '../api/contract/messages';
import type { ApiErrorPayload, Result } from '../api/contract/result';
import { CONTENT_SECURITY_POLICY, resolveStaticFile } from '../services/staticFiles';

export interface HttpServerOptions {
  dispatch: Dispatch;
  /** The built renderer (build/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed only in tests; normally a fresh random token per start. */
  token?: string;
  maxBodyBytes?: number;
}

export interface RunningHttpServer {
  /** Open this in a browser: the token rides in the fragment, which browsers never send to a server. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly payload: ApiErrorPayload,
  ) {
    super(payload.message);
  }
}

function forbidden(reason: string): HttpFailure {
  return new HttpFailure(403, { code: 'FORBIDDEN', message: formatMessage('code.FORBIDDEN'), details: { reason } });
}

function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Files travel base64 in JSON: 4 characters per 3 bytes, plus a little for the rest of the request. */
const JSON_OVERHEAD_BYTES = 1024 * 1024;

export function bodyLimitFor(fileBytes: number): number {
  return Math.ceil(fileBytes / 3) * 4 + JSON_OVERHEAD_BYTES;
}

/** The largest file a body of `limit` bytes can carry, for the message the user reads. */
function maxUploadBytes(limit: number): number {
  return Math.max(0, Math.floor((limit - JSON_OVERHEAD_BYTES) / 4) * 3);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Keep reading and discarding, so the client gets the 413 instead of a reset connection.
        req.removeAllListeners('data');
        req.resume();
        const params = { maxMb: Math.floor(maxUploadBytes(limit) / (1024 * 1024)) };
        reject(new HttpFailure(413, { code: 'REQUEST_TOO_LARGE', message: formatMessage('code.REQUEST_TOO_LARGE', params), details: { reason: 'body too large', params } }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpFailure(400, { code: 'VALIDATION', message: formatMessage('code.VALIDATION'), details: { reason: 'body is not JSON' } });
  }
}

/**
 * Browser mode: the same API registry as the desktop window, over HTTP on 127.0.0.1 only. Every API call
 * needs the per-start token; the Host and Origin checks stop other web pages (DNS rebinding, CSRF).
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  // Sized for the largest workbook an import accepts (a 100 000-row ledger is ~8 MB); attachments are smaller.
  const maxBody = options.maxBodyBytes ?? bodyLimitFor(MAX_IMPORT_FILE_BYTES);
  let port = options.port ?? 0;
  const allowedHosts = () => [`${HOST}:${port}`, `localhost:${port}`];

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') throw new HttpFailure(405, { code: 'UNKNOWN_METHOD', message: formatMessage('code.UNKNOWN_METHOD') });
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().some((host) => origin === `http://${host}`)) throw forbidden('origin');
    if (!tokenMatches(req.headers.authorization, token)) {
      throw new HttpFailure(401, { code: 'FORBIDDEN', message: formatMessage('code.FORBIDDEN'), details: { reason: 'token' } });
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) throw forbidden('content-type');
    const input = parseJson(await readBody(req, maxBody));
    sendJson(res, 200, await options.dispatch(decodeURIComponent(method), input));
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    const file = resolveStaticFile(options.staticDir, pathname);
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': file.contentType.startsWith('text/html') ? 'no-cache' : 'max-age=3600',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file.filePath).pipe(res);
  }

  const server = http.createServer((req, res) => {
    const handle = async () => {
      if (!allowedHosts().includes(req.headers.host ?? '')) throw forbidden('host');
      const pathname = new URL(req.url ?? '/', `http://${HOST}`).pathname;
      if (pathname.startsWith('/api/')) await handleApi(req, res, pathname.slice('/api/'.length));
      else handleStatic(req, res, pathname);
    };
    handle().catch((error: unknown) => {
      if (res.headersSent) return;
      if (error instanceof HttpFailure) sendJson(res, error.status, { ok: false, error: error.payload });
      else {
        console.error('[http] request failed', error);
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: formatMessage('code.INTERNAL') } });
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${HOST}:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
