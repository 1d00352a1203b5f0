import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../electron/windowOptions';

describe('the main window', () => {
  const options = buildWindowOptions({ preloadPath: '/app/build/electron/preload.cjs', title: '园区通 ParkDesk', devTools: false });
  const prefs = options.webPreferences!;

  it('gives the page no Node and isolates it from the preload in a sandbox', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and refuses insecure content and <webview>', () => {
    expect(prefs).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, spellcheck: false });
  });

  it('loads the bundled preload it was given', () => {
    expect(prefs.preload).toBe('/app/build/electron/preload.cjs');
  });

  it('cannot open developer tools in a packaged build, but can from source', () => {
    expect(prefs.devTools).toBe(false);
    const fromSource = buildWindowOptions({ preloadPath: '/p.cjs', title: 't', devTools: true });
    expect(fromSource.webPreferences!.devTools).toBe(true);
  });

  it('stays hidden until the first paint, so a projector never shows a blank white frame', () => {
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(1024);
  });
});
