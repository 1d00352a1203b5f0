import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { printTable, type BenchResult } from './benchResult';
import { benchDashboard } from './dashboard.bench';
import { benchDataSafety } from './dataSafety.bench';
import { benchExcel } from './excel.bench';
import { benchImports } from './imports.bench';
import { benchProjects } from './projects.bench';
import { benchStartup } from './startup.bench';
import { benchWorkflows } from './workflows.bench';

/** `npm run bench`: prints a table and writes tests/bench/results.json. Figures only; nothing is asserted. */
async function main(): Promise<void> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parkdesk-bench-'));
  try {
    const benches = [benchStartup, benchProjects, benchWorkflows, benchDataSafety, benchExcel, benchImports, benchDashboard];
    const results: BenchResult[] = [];
    for (const bench of benches) results.push(...(await bench(workDir)));
    printTable(results);
    fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`node ${process.version} · ${os.cpus().length} cores · results in tests/bench/results.json`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

void main();
