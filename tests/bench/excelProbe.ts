import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { loadReportTemplate, readReportWorkbook, readWorkbookIsolated, writeProblemCopy, writeProblemCopyIsolated, writeReportWorkbook, type WorkbookProblem } from '../../electron/services/excel';
import { sampleValues } from '../helpers/reportFixtures';

/**
 * One measured operation per process, so the peak resident memory (maxRSS) is that operation's alone:
 *   excelProbe <write|write-bare|read|read-bare|read-isolated|problem-copy|problem-copy-isolated> <file> <rows>
 * Prints { seconds, peakMb }. The ledger is generated before the clock starts, for ours and bare alike.
 */
const [mode, file, rowsArg] = process.argv.slice(2) as [string, string, string];
const rows = Number(rowsArg);

async function bareWrite(): Promise<void> {
  const values = sampleValues('T2', rows);
  const form = loadReportTemplate('T2').sheets[0]!;
  const columns = form.kind === 'list' ? form.columns : [];
  const start = performance.now();
  // No styles at all: with useStyles on, exceljs gives every unstyled cell a fresh {} and hashes each one,
  // which made the bare write slower than ours (whose shared style objects hit exceljs's style cache).
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(columns.map((c) => c.header)).commit();
  for (const record of values.lists.ledger!) sheet.addRow(columns.map((c) => record[c.key] ?? null)).commit();
  sheet.commit();
  await workbook.commit();
  report(start);
}

async function bareRead(): Promise<void> {
  const start = performance.now();
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(file), { sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit' });
  for await (const sheet of reader) for await (const row of sheet) cells += (row.values as unknown[]).length;
  if (!cells) throw new Error('nothing read');
  report(start);
}

/** A problem in every 100th ledger row, as a dry run of a carelessly filled ledger reports them. */
function scatteredProblems(): WorkbookProblem[] {
  return Array.from({ length: Math.ceil(rows / 100) }, (_, i) => ({ sheet: '项目台账', row: 9 + i * 100, column: 'D', message: '统一社会信用代码校验位不正确' }));
}

function report(start: number): void {
  process.stdout.write(JSON.stringify({ seconds: (performance.now() - start) / 1000, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

async function main(): Promise<void> {
  switch (mode) {
    case 'write': {
      const values = sampleValues('T2', rows);
      const start = performance.now();
      await writeReportWorkbook(values, file);
      return report(start);
    }
    case 'write-bare':
      return bareWrite();
    case 'read': {
      const start = performance.now();
      const read = await readReportWorkbook(file, { expect: 'T2' });
      if (read.rowCount !== rows || read.problems.length) throw new Error(`read ${read.rowCount} rows, ${read.problems.length} problems`);
      return report(start);
    }
    case 'read-isolated': {
      const start = performance.now();
      const read = await readWorkbookIsolated(file, { expect: 'T2' });
      if (read.rowCount !== rows) throw new Error(`read ${read.rowCount} rows`);
      return report(start);
    }
    case 'read-bare':
      return bareRead();
    case 'problem-copy':
    case 'problem-copy-isolated': {
      const problems = scatteredProblems();
      const start = performance.now();
      await (mode === 'problem-copy' ? writeProblemCopy : writeProblemCopyIsolated)(file, problems, `${file}.problems.xlsx`);
      return report(start);
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
