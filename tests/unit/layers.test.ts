import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/fakeElectron';

interface ImportStatement {
  specifier: string;
  typeOnly: boolean;
}

/** Every static import/export-from, side-effect import, dynamic import() and require() in a source file. */
function importsOf(source: string): ImportStatement[] {
  const found: ImportStatement[] = [];
  const fromClause = /\b(import|export)\s+(type\s+)?(?:[\w$*{}\s,]*?\s*from\s*)?['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(fromClause)) found.push({ specifier: match[3]!, typeOnly: Boolean(match[2]) });
  for (const match of source.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push({ specifier: match[1]!, typeOnly: false });
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  const absolute = path.join(REPO_ROOT, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs
    .readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(file))
    .map((file) => path.join(absolute, file));
}

const isElectronPackage = (specifier: string) => specifier === 'electron' || specifier.startsWith('electron/');
const relative = (file: string) => path.relative(REPO_ROOT, file).split(path.sep).join('/');

describe('import scanner', () => {
  it('sees every way a file can pull in a module', () => {
    const source = [
      "import { app } from 'electron';",
      "import type { Store } from '../db/client';",
      "import {\n  a,\n  b,\n} from './multi';",
      "import './side-effect';",
      "export { x } from './reexport';",
      "const late = await import('./lazy');",
      "const old = require('./old');",
    ].join('\n');
    expect(importsOf(source)).toEqual([
      { specifier: 'electron', typeOnly: false },
      { specifier: '../db/client', typeOnly: true },
      { specifier: './multi', typeOnly: false },
      { specifier: './side-effect', typeOnly: false },
      { specifier: './reexport', typeOnly: false },
      { specifier: './lazy', typeOnly: false },
      { specifier: './old', typeOnly: false },
    ]);
  });
});

describe('layers', () => {
  it.each(['db', 'electron/services', 'electron/api'])('%s/ never imports electron, so it runs in plain Node', (dir) => {
    const files = sourceFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.filter((file) => importsOf(fs.readFileSync(file, 'utf8')).some((i) => isElectronPackage(i.specifier)));
    expect(offenders.map(relative)).toEqual([]);
  });

  it('the renderer reaches into electron/ only for the shared contract', () => {
    const allowed = (target: string, typeOnly: boolean) =>
      target.startsWith('electron/api/contract/') ||
      target === 'electron/api/validationIssues' ||
      (typeOnly && target === 'electron/api/index');
    const files = sourceFiles('renderer/src');
    expect(files.length).toBeGreaterThan(0);
    const offenders: string[] = [];
    for (const file of files) {
      for (const { specifier, typeOnly } of importsOf(fs.readFileSync(file, 'utf8'))) {
        if (isElectronPackage(specifier)) {
          offenders.push(`${relative(file)} → ${specifier}`);
          continue;
        }
        if (!specifier.startsWith('.')) continue;
        const target = relative(path.resolve(path.dirname(file), specifier)).replace(/\.(ts|tsx|js)$/, '');
        if (target.startsWith('electron/') && !allowed(target, typeOnly)) offenders.push(`${relative(file)} → ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
