/**
 * One measured run in a fresh process, so each figure's peak memory is its own: `bare` streams the workbook with
 * exceljs and touches every cell; `import` runs the app's dry run and commit on a new store. Prints one JSON line.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { openStore } from '../../db/client';
import { commitImport } from '../../electron/services/imports/commitImport';
import { dryRunImport } from '../../electron/services/imports/dryRun';
import { readWorkbook } from '../../electron/services/imports/excelEngine';
import fs from 'node:fs';

const [mode, file, dataDir, parkName] = process.argv.slice(2) as ['bare' | 'import', string, string, string];

async function bare(): Promise<Record<string, number>> {
  const start = performance.now();
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit' });
  for await (const sheet of reader) {
    for await (const row of sheet as unknown as AsyncIterable<{ values: unknown[] }>) cells += row.values.length;
  }
  return { seconds: (performance.now() - start) / 1000, cells };
}

async function importLedger(): Promise<Record<string, number>> {
  const store = openStore(path.join(dataDir, 'parkdesk.sqlite'));
  const now = new Date().toISOString();
  store.sqlite
    .prepare(`INSERT INTO parks (id, name, kind, level, partner_countries, division_code, leading_industries, created_at, updated_at) VALUES ('00000000-0000-4000-8000-0000000000b1', ?, 'international_cooperation', 'provincial', '[]', '330482', '[]', ?, ?)`)
    .run(parkName, now, now);
  const host = { store, dataDir, actor: 'bench', now: () => new Date(), read: readWorkbook };
  const marks: Record<string, number> = {};
  let phase = '';
  let phaseStart = performance.now();
  const progress = (update: { phase?: string }) => {
    if (update.phase === undefined || update.phase === phase) return;
    const t = performance.now();
    if (phase) marks[phase] = (marks[phase] ?? 0) + (t - phaseStart) / 1000;
    phase = update.phase;
    phaseStart = t;
  };
  const endPhase = () => progress({ phase: `${phase}-end` });
  const start = performance.now();
  const dry = await dryRunImport(host, { fileName: 'ledger.xlsx', base64: fs.readFileSync(file).toString('base64') }, progress);
  endPhase();
  const dryRunSeconds = (performance.now() - start) / 1000;
  if (dry.problemCount > 0) throw new Error(`bench ledger has problems: ${JSON.stringify(dry.problems.slice(0, 3))}`);
  const commitStart = performance.now();
  phase = '';
  const committed = await commitImport(host, { batchId: dry.batchId }, (u) => progress({ ...(u.phase ? { phase: `commit-${u.phase}` } : {}) }));
  endPhase();
  const commitSeconds = (performance.now() - commitStart) / 1000;
  store.close();
  return {
    seconds: (performance.now() - start) / 1000,
    dryRunSeconds,
    commitSeconds,
    parseSeconds: marks.parse ?? 0,
    dryRunValidateSeconds: marks.validate ?? 0,
    backupSeconds: marks['commit-backup'] ?? 0,
    commitValidateSeconds: marks['commit-validate'] ?? 0,
    writeSeconds: marks['commit-write'] ?? 0,
    records: committed.summary.creates,
  };
}

async function main(): Promise<void> {
  const figures = mode === 'bare' ? await bare() : await importLedger();
  console.log(JSON.stringify({ ...figures, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

void main();
