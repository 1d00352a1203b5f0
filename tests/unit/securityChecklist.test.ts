import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { confirmAndOpenExternal, isOpenableExternally, type ExternalLinkDeps } from '../../electron/externalLinks';
import { hardenWebContents } from '../../electron/hardening';
import { CONTENT_SECURITY_POLICY } from '../../electron/services/staticFiles';
import { FakeWebContents } from './support/fakeWebContents';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('runs only the app’s own script files: no inline script, no eval, no other origin', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('allows no plugins, no <base> rewriting, no form posts and no framing', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('Electron fuses of the packaged app (electron-builder.yml)', () => {
  const yml = fs.readFileSync(path.join(__dirname, '..', '..', 'electron-builder.yml'), 'utf8');
  const block = /^electronFuses:\n((?:[ \t]+.*\n)+)/m.exec(yml)?.[1] ?? '';
  const fuses = Object.fromEntries([...block.matchAll(/^\s+(\w+):\s*(true|false)\s*$/gm)].map((m) => [m[1], m[2] === 'true']));

  it('turns off running as Node, NODE_OPTIONS and the inspector flags', () => {
    expect(fuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false });
  });

  it('loads the app only from its asar archive, whose integrity is checked', () => {
    expect(fuses).toMatchObject({ onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
    expect(yml).toMatch(/^asar: true$/m);
  });
});

function linkDeps(answer: boolean) {
  return {
    locale: 'zh-CN' as const,
    confirm: vi.fn<ExternalLinkDeps['confirm']>(() => answer),
    openExternal: vi.fn<ExternalLinkDeps['openExternal']>(async () => {}),
  };
}

describe('links to the web', () => {
  it('opens an http(s) address in the system browser only after the user confirms, showing the full address', async () => {
    const deps = linkDeps(true);
    expect(await confirmAndOpenExternal('https://kjt.zj.gov.cn/policy?id=1', deps)).toBe(true);
    expect(deps.confirm.mock.calls[0]![0]).toMatchObject({ detail: 'https://kjt.zj.gov.cn/policy?id=1', buttons: ['在浏览器中打开', '取消'] });
    expect(deps.openExternal).toHaveBeenCalledWith('https://kjt.zj.gov.cn/policy?id=1');
  });

  it('opens nothing when the user cancels', async () => {
    const deps = linkDeps(false);
    expect(await confirmAndOpenExternal('http://example.com/', deps)).toBe(false);
    expect(deps.openExternal).not.toHaveBeenCalled();
  });

  it.each(['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'smb://server/share', 'ms-settings:privacy', 'not a url', 'http://'])(
    'never offers %s at all',
    async (url) => {
      const deps = linkDeps(true);
      expect(isOpenableExternally(url)).toBe(false);
      expect(await confirmAndOpenExternal(url, deps)).toBe(false);
      expect(deps.confirm).not.toHaveBeenCalled();
      expect(deps.openExternal).not.toHaveBeenCalled();
    },
  );

  it('a link followed in the window is stopped in the app and handed to the confirmation; window.open too', () => {
    const contents = new FakeWebContents();
    const offered: string[] = [];
    hardenWebContents(contents, (url) => offered.push(url));
    expect(contents.navigate('https://www.zj.gov.cn/')).toBe(true);
    expect(contents.openWindow('https://www.mofcom.gov.cn/')).toBe('deny');
    expect(contents.navigate('app://parkdesk/index.html')).toBe(false);
    expect(contents.openWindow('app://parkdesk/index.html')).toBe('deny');
    expect(offered).toEqual(['https://www.zj.gov.cn/', 'https://www.mofcom.gov.cn/']);
  });

  it('a redirect is stopped without offering anything: only a link the user followed may be offered', () => {
    const contents = new FakeWebContents();
    const offered: string[] = [];
    hardenWebContents(contents, (url) => offered.push(url));
    expect(contents.redirect('https://evil.example/')).toBe(true);
    expect(offered).toEqual([]);
  });
});
