import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../electron/api/contract/methodNames';
import { makeTempDir } from '../helpers/tempStore';
import { REPO_ROOT } from './support/fakeElectron';

function requiredModules(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  return [...new Set([...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!))].sort();
}

/**
 * Builds with the real script (npm run build:electron) and inspects what it made. The output goes to a
 * fresh folder under build/ so that, like build/electron, it resolves better-sqlite3 from the repo's node_modules.
 */
describe('bundled main process and preload', () => {
  const temp = makeTempDir('parkdesk-bundle-');
  let out: string;
  beforeAll(() => {
    fs.mkdirSync(path.join(REPO_ROOT, 'build'), { recursive: true });
    out = fs.mkdtempSync(path.join(REPO_ROOT, 'build', 'bundle-test-'));
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'electron/build/bundleMain.mjs'), out], { cwd: REPO_ROOT, stdio: 'pipe' });
  }, 60_000);
  afterAll(() => {
    fs.rmSync(out, { recursive: true, force: true });
    temp.cleanup();
  });

  it('makes a preload that requires nothing but electron, as a sandboxed preload must', () => {
    expect(requiredModules(path.join(out, 'preload.cjs'))).toEqual(['electron']);
  });

  it('makes a main bundle that needs only electron, the packaged runtime dependencies and Node built-ins', () => {
    const outside = requiredModules(path.join(out, 'main.cjs')).filter((m) => !m.startsWith('node:'));
    expect(outside.filter((m) => m !== 'exceljs')).toEqual(['better-sqlite3', 'electron']);
    const runtime = Object.keys((JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    for (const name of outside.filter((m) => m !== 'electron')) expect(runtime).toContain(name);
  });

  it('starts from the bundle: store, migrations, country names and IPC all work', () => {
    const dataDir = path.join(temp.dir, 'appData');
    const stdout = execFileSync(
      process.execPath,
      [path.join(__dirname, 'support/runBundleWithFakeElectron.cjs'), path.join(out, 'main.cjs'), dataDir],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    const report = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(report).toMatchObject({
      channels: METHOD_NAMES.length,
      loadedUrl: 'app://parkdesk/index.html',
      protocolServed: true,
      created: { ok: true, value: { name: '中意（宁波）生态园', partnerCountries: ['IT'] } },
    });
    expect(fs.existsSync(path.join(dataDir, 'ParkDesk', 'parkdesk.sqlite'))).toBe(true);
  });
});
