import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, type AppProtocolHandler } from '../../electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/services/staticFiles';
import { makeTempDir } from '../helpers/tempStore';

const INDEX = '<!doctype html><title>园区通</title><div id="root"></div>';
const SECRET = 'secret outside the renderer folder';

describe('app:// protocol', () => {
  const temp = makeTempDir('parkdesk-protocol-');
  let serve: AppProtocolHandler;

  beforeAll(() => {
    const root = path.join(temp.dir, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), INDEX);
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(temp.dir, 'secret.txt'), SECRET);
    serve = createAppProtocolHandler(root);
  });
  afterAll(() => temp.cleanup());

  it('serves index.html with the content security policy', async () => {
    const response = await serve({ url: 'app://parkdesk/index.html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(INDEX);
  });

  it('serves scripts as JavaScript and sends the page for app routes (reload on /parks/42 works)', async () => {
    const script = await serve({ url: 'app://parkdesk/assets/app.js' });
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await (await serve({ url: 'app://parkdesk/parks/42' })).text()).toBe(INDEX);
  });

  it.each([
    'app://parkdesk/../../etc/passwd',
    'app://parkdesk/../secret.txt',
    'app://parkdesk/..%2Fsecret.txt',
    'app://parkdesk/%2e%2e/secret.txt',
    'app://parkdesk/assets/..%5C..%5Csecret.txt',
  ])('refuses %s and reveals nothing outside the renderer folder', async (url) => {
    const response = await serve({ url });
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain(SECRET);
    expect(body).not.toContain('root:');
  });

  it('answers only for the parkdesk host', async () => {
    expect((await serve({ url: 'app://evil/index.html' })).status).toBe(404);
    expect((await serve({ url: 'app://parkdesk.evil/index.html' })).status).toBe(404);
  });

  it('serves reads only', async () => {
    expect((await serve({ url: 'app://parkdesk/index.html', method: 'POST' })).status).toBe(405);
    const head = await serve({ url: 'app://parkdesk/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
