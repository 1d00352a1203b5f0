import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { MAX_IMPORT_FILE_BYTES } from '../../electron/api/contract/importSchemas';
import { bodyLimitFor, startHttpServer, type RunningHttpServer } from '../../electron/transports/http';
import { makeTempDir, openTestApp, type TestApp } from '../helpers/tempStore';

/** A request exactly as written: fetch() would normalise the dots away before they reach the server. */
async function rawGet(port: number, requestPath: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: requestPath, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser-mode HTTP transport', () => {
  let app: TestApp;
  let server: RunningHttpServer;
  let staticDir: string;
  let cleanupStatic: () => void;

  beforeAll(async () => {
    app = openTestApp();
    ({ dir: staticDir, cleanup: cleanupStatic } = makeTempDir('parkdesk-static-'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>园区通</title>');
    fs.mkdirSync(path.join(staticDir, 'assets'));
    fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    server = await startHttpServer({ dispatch: createDispatch(app.ctx, { logError: () => {} }), staticDir });
  });
  afterAll(async () => {
    await server.close();
    app.close();
    cleanupStatic();
  });

  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('listens on 127.0.0.1 only and puts the token in the URL fragment', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('runs a registry method end to end and stores the park', async () => {
    const res = await api('parks.create', { name: '中荷（嘉善）产业合作园', kind: 'international_cooperation', level: 'provincial', divisionCode: '330421', partnerCountries: ['NL'] });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, value: { name: '中荷（嘉善）产业合作园' } });
    const list = await (await api('parks.list', {})).json();
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('refuses calls without the token, with a wrong token, or from another origin, and writes nothing', async () => {
    const before = (await (await api('parks.list', {})).json()).value.total;
    const noToken = await fetch(`${server.origin}/api/parks.create`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(401);
    const wrong = await api('parks.create', { name: 'x' }, { Authorization: 'Bearer guessed' });
    expect(wrong.status).toBe(401);
    const evil = await api('parks.create', { name: '恶意园区', kind: 'high_tech', level: 'national', divisionCode: '330108' }, { Origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    expect((await (await api('parks.list', {})).json()).value.total).toBe(before);
  });

  it('answers unknown methods, malformed JSON and oversized bodies with a clear error', async () => {
    expect(await (await api('parks.dropAll', {})).json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const bad = await api('parks.create', '{not json');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const huge = await api('parks.create', JSON.stringify({ name: 'x'.repeat(bodyLimitFor(MAX_IMPORT_FILE_BYTES) + 1) }));
    expect(huge.status).toBe(413);
    const refusal = await huge.json();
    expect(refusal).toMatchObject({ ok: false, error: { code: 'REQUEST_TOO_LARGE', details: { params: { maxMb: 60 } } } });
    expect(refusal.error.message).toContain('60 MB');
  });

  it('serves the renderer with the CSP, falls back to index.html for app routes, and refuses traversal', async () => {
    const page = await fetch(`${server.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain("script-src 'self' 'unsafe-inline'");
    expect(await page.text()).toContain('园区通');
    expect((await fetch(`${server.origin}/parks`)).status).toBe(200);
    expect((await fetch(`${server.origin}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${server.origin}/assets/missing.js`)).status).toBe(404);
    for (const attempt of ['/../../../../etc/passwd', '/..%2f..%2f..%2f..%2fetc%2fpasswd', '/assets/..%5c..%5c..%5cetc%5cpasswd']) {
      const { body } = await rawGet(server.port, attempt);
      expect(body).not.toContain('root:');
    }
  });

  it('refuses a request whose Host is not the loopback address it listens on', async () => {
    const { status } = await rawGet(server.port, '/', { Host: `attacker.example:${server.port}` });
    expect(status).toBe(403);
  });
});
