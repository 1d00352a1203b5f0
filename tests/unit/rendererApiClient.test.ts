import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../renderer/src/api/apiCallError';
import { captureToken, TOKEN_STORAGE_KEY, type TokenEnvironment } from '../../renderer/src/api/browserToken';
import { call, setTransport } from '../../renderer/src/api/client';
import { httpTransport } from '../../renderer/src/api/transports';

function fakeEnvironment(hash: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored ? [[TOKEN_STORAGE_KEY, stored]] : []);
  const replaceState = vi.fn();
  const env: TokenEnvironment = {
    location: { hash, pathname: '/', search: '' },
    history: { replaceState, state: null },
    sessionStorage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
  };
  return { env, storage, replaceState };
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('browser-mode token', () => {
  it('takes the token from the URL, keeps it for reloads and removes it from the address bar', () => {
    const { env, storage, replaceState } = fakeEnvironment('#token=abc123');
    expect(captureToken(env)).toBe('abc123');
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
  });

  it('after a reload (no token in the URL) uses the one kept for this tab', () => {
    const { env, replaceState } = fakeEnvironment('#/parks', 'kept');
    expect(captureToken(env)).toBe('kept');
    expect(replaceState).not.toHaveBeenCalled();
  });
});

describe('HTTP transport', () => {
  it('posts the input as JSON with the bearer token and returns the Result', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse(200, { ok: true, value: { total: 0, rows: [] } }));
    const result = await httpTransport('tok', fetchImpl)('parks.list', undefined);
    expect(result).toEqual({ ok: true, value: { total: 0, rows: [] } });
    expect(fetchImpl).toHaveBeenCalledWith('/api/parks.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer tok' },
      body: '{}',
    });
  });

  it('reports a missing or expired token as "unauthorized", whatever the body says', async () => {
    const fetchImpl = vi.fn(async () => jsonResponse(401, { ok: false, error: { code: 'FORBIDDEN', message: '拒绝访问' } }));
    await expect(httpTransport('old', fetchImpl)('system.status', {})).rejects.toMatchObject({ reason: 'unauthorized' });
    await expect(httpTransport(null, fetchImpl)('system.status', {})).rejects.toMatchObject({ reason: 'unauthorized' });
  });

  it('tells a network failure from an unreadable answer', async () => {
    const offline = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(httpTransport('t', offline)('system.status', {})).rejects.toMatchObject({ reason: 'network' });
    const html = vi.fn(async () => new Response('<html>proxy error</html>', { status: 502 }));
    await expect(httpTransport('t', html)('system.status', {})).rejects.toMatchObject({ reason: 'badResponse' });
    const notResult = vi.fn(async () => jsonResponse(200, { hello: 'world' }));
    await expect(httpTransport('t', notResult)('system.status', {})).rejects.toMatchObject({ reason: 'badResponse' });
  });
});

describe('typed client', () => {
  it('returns the value of an ok Result and throws ApiCallError with the payload otherwise', async () => {
    setTransport(async () => ({ ok: true, value: { locale: 'en' } }));
    await expect(call('system.setLocale', { locale: 'en' })).resolves.toEqual({ locale: 'en' });

    const fields = [{ path: 'name', key: 'park.name.taken' as const }];
    setTransport(async () => ({ ok: false, error: { code: 'VALIDATION', message: '输入有误', details: { fields } } }));
    const error = await call('parks.delete', { id: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ reason: 'api', code: 'VALIDATION', fieldIssues: fields });
  });
});
