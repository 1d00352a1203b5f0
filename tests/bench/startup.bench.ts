import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { openStore } from '../../db/client';
import { median, withBaseline, type BenchResult } from './benchResult';

const ROOT = path.resolve(__dirname, '..', '..');
const MIGRATIONS = path.join(ROOT, 'db', 'migrations');
const RUNS = 9;

/** Bundled the way the main process is bundled, so module loading costs what it costs in the app. */
async function bundleProbe(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.cjs`);
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node24', external: ['better-sqlite3'], nodePaths: [path.join(ROOT, 'node_modules')], logLevel: 'silent' });
  return outfile;
}

function timeProbe(probe: string, args: string[]): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const out = execFileSync(process.execPath, [probe, ...args], { encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } });
    samples.push((JSON.parse(out) as { ms: number }).ms);
  }
  return median(samples);
}

function fillParks(file: string, count: number): void {
  const store = openStore(file, { migrationsFolder: MIGRATIONS });
  const insert = store.sqlite.prepare(
    `INSERT INTO parks (id, name, kind, level, partner_countries, division_code, leading_industries, created_at, updated_at)
     VALUES (?, ?, 'international_cooperation', 'provincial', '["DE"]', '330402', '["装备制造"]', ?, ?)`,
  );
  const at = new Date().toISOString();
  store.transaction(() => {
    for (let i = 0; i < count; i += 1) insert.run(randomUUID(), `基准测试园区${String(i).padStart(6, '0')}`, at, at);
  });
  store.close();
}

export async function benchStartup(workDir: string): Promise<BenchResult[]> {
  const probe = await bundleProbe(path.join(__dirname, 'startupProbe.ts'), workDir);
  const bare = await bundleProbe(path.join(__dirname, 'bareStartupProbe.ts'), workDir);
  const results: BenchResult[] = [];
  for (const rows of [0, 100_000]) {
    const file = path.join(workDir, `start-${rows}.sqlite`);
    fillParks(file, rows);
    const app = timeProbe(probe, [file, MIGRATIONS]);
    const baseline = timeProbe(bare, [file]);
    results.push(withBaseline(`start → first list query answered (${rows.toLocaleString('en')} parks)`, app, 'ms', baseline));
    fs.rmSync(file, { force: true });
  }
  return results;
}
