import path from 'node:path';
import { REPORT_CODES, type ReportCode } from '../services/reports/reportContract';
import { exportSubmissionTo } from '../services/reports/exportReport';
import { problemCell } from '../services/reports/problemCells';
import type { ReportProblem } from '../services/reports/validateReport';
import { requireFlag, UsageError, type CliArgs } from './cliArgs';
import { findPark, type CliHost } from './cliHost';

interface OpenView {
  submission: { id: string; status: string; revision: number };
}

/**
 * `export T1 --park <id or name> --period 2026-10 --out file.xlsx`: opens the park's working report (creating the
 * draft), validates it — every problem printed as `sheet!cell message`, exit 1, no file — and writes the form.
 * A report already sent is written as sent (its snapshot).
 */
export async function exportCommand(host: CliHost, args: CliArgs, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const code = args.positional[1] as ReportCode;
  if (!REPORT_CODES.includes(code)) throw new UsageError(`报表代码应为 ${REPORT_CODES.join('/')} / report code must be one of ${REPORT_CODES.join(', ')}`);
  const park = findPark(host.store, requireFlag(args, 'park'));
  const period = requireFlag(args, 'period');
  const target = path.resolve(requireFlag(args, 'out'));
  const view = await host.call<OpenView>('reports.open', { parkId: park.id, code, period });
  if (view.submission.status === 'draft' || view.submission.status === 'validated') {
    const result = await host.call<{ ok: boolean; problems: ReportProblem[] }>('reports.validate', { submissionId: view.submission.id });
    if (!result.ok) {
      for (const problem of result.problems) err(`${problemCell(code, problem)} ${problem.message}`);
      err(`${park.name} ${code} ${period}：${result.problems.length} 个问题，未导出 / ${result.problems.length} problem(s), nothing exported`);
      return 1;
    }
  }
  const written = await exportSubmissionTo(host.store, view.submission.id, target);
  out(`${target}`);
  out(`sha256 ${written.sha256}（${written.bytes} 字节，第 ${view.submission.revision} 版，${written.fileName}）`);
  return 0;
}
