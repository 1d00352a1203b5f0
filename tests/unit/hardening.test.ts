import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, hardenWebContents } from '../../electron/hardening';
import { FakeWebContents } from './support/fakeWebContents';

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents);
  return contents;
}

describe('web contents hardening', () => {
  it('stops navigation to any other origin, including file:// from a dropped file', () => {
    const contents = hardened();
    expect(contents.navigate('https://evil.example/phish')).toBe(true);
    expect(contents.navigate('http://127.0.0.1:8080/')).toBe(true);
    expect(contents.navigate('file:///etc/passwd')).toBe(true);
    expect(contents.navigate('app://other/index.html')).toBe(true);
    expect(contents.navigate('javascript:alert(1)')).toBe(true);
  });

  it('lets the app move within app://parkdesk', () => {
    expect(hardened().navigate('app://parkdesk/index.html')).toBe(false);
  });

  it('stops a redirect off the app origin', () => {
    const contents = hardened();
    expect(contents.redirect('https://evil.example/')).toBe(true);
    expect(contents.redirect('app://parkdesk/parks')).toBe(false);
  });

  it('denies window.open, even to the app itself, and refuses <webview>', () => {
    const contents = hardened();
    expect(contents.openWindow('https://evil.example/')).toBe('deny');
    expect(contents.openWindow('app://parkdesk/index.html')).toBe('deny');
    expect(contents.attachWebview()).toBe(true);
  });
});

describe('permissions', () => {
  it('answers every permission request and check with no', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session);
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]![0];
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]![0];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'usb']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(checkHandler({}, permission)).toBe(false);
    }
  });
});
