import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, STORE_FILE_NAME } from '../../db/client';
import { seedDemoData } from '../../db/seed/seedDemo';
import { t1Values } from '../helpers/consolidationFixtures';
import { writeReportWorkbook } from '../../electron/services/excel/reportWorkbookWriter';
import { makeTempDir } from '../helpers/tempStore';

const REPO = path.resolve(__dirname, '../..');

/** Runs the real command line (`npm run cli` is `tsx electron/cli/main.ts`) against a data folder. */
function cli(dataDir: string, ...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'electron/cli/main.ts', ...args, '--data-dir', dataDir], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('command line', () => {
  let temp: { dir: string; cleanup(): void };
  beforeAll(() => {
    temp = makeTempDir();
    const store = openStore(path.join(temp.dir, STORE_FILE_NAME));
    seedDemoData(store, '演示');
    store.close();
  });
  afterAll(() => temp.cleanup());

  it('refuses to export a report that does not validate: one problem per line as sheet!cell, exit 1, no file', () => {
    const out = path.join(temp.dir, 'pinghu-10.xlsx');
    const run = cli(temp.dir, 'export', 'T1', '--park', '中日（平湖）产业合作园', '--period', '2026-10', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe('利用外资月报 2026-10 的实到外资尚未锁定，请核实后在外资项目中锁定该月');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('exports a report that validates, audited as coming from the command line', () => {
    const out = path.join(temp.dir, 'jiashan-08.xlsx');
    const run = cli(temp.dir, 'export', 'T1', '--park', '中荷（嘉善）产业合作园', '--period', '2026-08', '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('sha256 ');
    expect(fs.statSync(out).size).toBeGreaterThan(5000);
    const store = openStore(path.join(temp.dir, STORE_FILE_NAME));
    const sources = store.sqlite.prepare("SELECT DISTINCT source FROM audit_log WHERE entity = 'report_submission' AND action <> 'seed'").all();
    store.close();
    expect(sources).toEqual([{ source: 'cli' }]);
  });

  it('consolidates a folder: each cross-check on its own line, exit 1, summary written', async () => {
    const dir = path.join(temp.dir, 'incoming');
    fs.mkdirSync(dir);
    await writeReportWorkbook(t1Values('中日（平湖）产业合作园', '2026-10', 120, 1020), path.join(dir, 'pinghu.xlsx'));
    await writeReportWorkbook(t1Values('中荷（嘉善）产业合作园', '2026-10', 60, 460, 12.5), path.join(dir, 'jiashan.xlsx'));
    const summary = path.join(temp.dir, 'summary.xlsx');
    const run = cli(temp.dir, 'consolidate', dir, '--period', '2026-10', '--out', summary);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toContain('jiashan.xlsx: 中荷（嘉善）产业合作园：本月按来源地分项之和 72.50 与实际使用外资 60.00 不符');
    expect(lines.filter((l) => l.includes('未报送本期报表')).length).toBeGreaterThan(0);
    expect(fs.existsSync(summary)).toBe(true);
  }, 120_000);

  it('exits 2 with the usage on a mistake', () => {
    const run = cli(temp.dir, 'export', 'T9', '--park', 'x', '--period', '2026-10', '--out', 'x.xlsx');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('用法 / usage');
  });
});
