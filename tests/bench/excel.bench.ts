import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { median, round, withBaseline, type BenchResult } from './benchResult';

const ROOT = path.resolve(__dirname, '..', '..');
/** 100 000 by default; EXCEL_BENCH_ROWS=5000 for a quick check. */
const ROWS = Number(process.env.EXCEL_BENCH_ROWS ?? 100_000);
const RUNS = Number(process.env.EXCEL_BENCH_RUNS ?? 3);

/**
 * Bundled as the app bundles them (exceljs external, so the reader's parse-sax fix applies as in the app),
 * with the parser worker beside the probe for readWorkbookIsolated.
 */
async function bundle(outDir: string): Promise<string> {
  const common: BuildOptions = { bundle: true, platform: 'node', format: 'cjs', target: 'node24', external: ['exceljs', 'electron'], nodePaths: [path.join(ROOT, 'node_modules')], logLevel: 'silent', outdir: outDir, outExtension: { '.js': '.cjs' } };
  await build({ ...common, entryPoints: { excelProbe: path.join(__dirname, 'excelProbe.ts') } });
  await build({ ...common, entryPoints: { workbookParserWorker: path.join(ROOT, 'electron/services/excel/workbookParserWorker.ts') } });
  return path.join(outDir, 'excelProbe.cjs');
}

interface Sample {
  seconds: number;
  peakMb: number;
}

function run(probe: string, mode: string, file: string, runs = RUNS): Sample {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i += 1) {
    const out = execFileSync(process.execPath, [probe, mode, file, String(ROWS)], { encoding: 'utf8', maxBuffer: 1024 * 1024, env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } });
    samples.push(JSON.parse(out) as Sample);
  }
  return { seconds: median(samples.map((s) => s.seconds)), peakMb: median(samples.map((s) => s.peakMb)) };
}

/** T2 ledger export and import against bare exceljs streaming write/read of the same data, each in its own process. */
export async function benchExcel(workDir: string): Promise<BenchResult[]> {
  const probe = await bundle(workDir);
  const ours = path.join(workDir, 'T2-ours.xlsx');
  const bare = path.join(workDir, 'T2-bare.xlsx');
  const scale = `${ROWS.toLocaleString('en')}-row T2`;
  const write = run(probe, 'write', ours);
  const writeBare = run(probe, 'write-bare', bare);
  const read = run(probe, 'read', ours);
  const readBare = run(probe, 'read-bare', ours);
  const isolated = run(probe, 'read-isolated', ours);
  // exceljs holds the whole workbook for the copy (tens of seconds at 100 000 rows): one run each.
  const copyInProcess = run(probe, 'problem-copy', ours, 1);
  const copyIsolated = run(probe, 'problem-copy-isolated', ours, 1);
  return [
    withBaseline(`writeReportWorkbook ${scale} vs bare streaming write`, write.seconds, 's', writeBare.seconds),
    withBaseline(`writeReportWorkbook ${scale} peak memory vs bare`, write.peakMb, 'MB', writeBare.peakMb),
    withBaseline(`readReportWorkbook ${scale} vs bare streaming read`, read.seconds, 's', readBare.seconds),
    withBaseline(`readReportWorkbook ${scale} peak memory vs bare`, read.peakMb, 'MB', readBare.peakMb),
    withBaseline(`readWorkbookIsolated ${scale} (guard + parser process) vs in-process read`, isolated.seconds, 's', read.seconds),
    { name: `readWorkbookIsolated ${scale} host process peak memory`, value: round(isolated.peakMb), unit: 'MB' },
    withBaseline(`problem copy of a ${scale} in the parser process vs in the app's process`, copyIsolated.seconds, 's', copyInProcess.seconds),
    withBaseline(`problem copy of a ${scale}: app process peak memory vs copying in it`, copyIsolated.peakMb, 'MB', copyInProcess.peakMb),
  ];
}
