import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeReportWorkbook } from '../../electron/services/excel/reportWorkbookWriter';
import type { ReportValues } from '../../electron/services/reports/reportContract';
import { ledgerRecord } from '../helpers/ledgerFixtures';
import { round, withBaseline, type BenchResult } from './benchResult';

const ROWS = 100_000;
const PARK = '平湖经济技术开发区';

interface ChildFigures {
  seconds: number;
  maxRssMb: number;
  /** Peak resident memory of the whole process tree (the isolated parser included), from GNU time. */
  treeMaxRssMb?: number;
  [phase: string]: number | undefined;
}

/** Runs one measurement in a fresh Node process; under GNU time when present, for the peak of the parser child too. */
function measure(mode: 'bare' | 'import', file: string, dataDir: string): ChildFigures {
  const node = [process.execPath, '--import', 'tsx', path.join(__dirname, 'importBenchChild.ts'), mode, file, dataDir, PARK];
  const timed = fs.existsSync('/usr/bin/time');
  const run = spawnSync(timed ? '/usr/bin/time' : node[0]!, timed ? ['-f', 'TREE_MAX_RSS_KB %M', ...node] : node.slice(1), {
    encoding: 'utf8',
    cwd: path.join(__dirname, '..', '..'),
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`bench child ${mode} failed: ${run.stderr}`);
  const figures = JSON.parse(run.stdout.trim().split('\n').pop()!) as ChildFigures;
  const tree = /TREE_MAX_RSS_KB (\d+)/.exec(run.stderr)?.[1];
  return tree ? { ...figures, treeMaxRssMb: Number(tree) / 1024 } : figures;
}

/** Issue 7's figure: a 100 000-row T2 ledger imported (guard + parse + validate + write + audit) against the bare streaming read of the same file. */
export async function benchImports(workDir: string): Promise<BenchResult[]> {
  const file = path.join(workDir, 'ledger-100k.xlsx');
  const values: ReportValues = {
    code: 'T2',
    parkId: '',
    period: '2026-10',
    indicators: {},
    lists: { ledger: Array.from({ length: ROWS }, (_, i) => ledgerRecord(i + 1)) },
    header: { reportingUnit: PARK, unitHead: '王建国', statisticsHead: '李秀英', preparer: '张晓明', phone: '0573-85012345', reportDate: '2026-11-05' },
  };
  await writeReportWorkbook(values, file);
  const bare = measure('bare', file, workDir);
  const dataDir = path.join(workDir, 'import-data');
  fs.mkdirSync(dataDir);
  const imported = measure('import', file, dataDir);
  const mb = round(fs.statSync(file).size / (1024 * 1024));
  return [
    withBaseline(`T2 ledger import ${ROWS / 1000}k rows (${mb} MB): dry run + commit vs bare exceljs streaming read`, imported.seconds, 's', bare.seconds),
    withBaseline('  peak memory of the import process vs the bare read', imported.maxRssMb, 'MB', bare.maxRssMb),
    ...(imported.treeMaxRssMb ? [{ name: '  peak memory of the largest process in the import (the isolated parser counts)', value: round(imported.treeMaxRssMb), unit: 'MB' }] : []),
    ...['parseSeconds', 'dryRunValidateSeconds', 'backupSeconds', 'commitValidateSeconds', 'writeSeconds'].map((key) => ({ name: `  import phase ${key.replace('Seconds', '')}`, value: round(imported[key] ?? 0), unit: 's' })),
  ];
}
