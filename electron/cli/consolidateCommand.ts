import fs from 'node:fs';
import path from 'node:path';
import { isPeriodOf } from '../services/reports/reportPeriods';
import { requireFlag, UsageError, type CliArgs } from './cliArgs';
import type { CliHost } from './cliHost';

interface DryRun {
  batchId: string | null;
  parks: { reportingUnit: string; fileName: string }[];
  checks: { kind: string; park?: string; fileName?: string; message: string }[];
}

/**
 * `consolidate <dir> --period 2026-10 [--code T1|T3] [--out summary.xlsx] [--commit]`: every .xlsx in the folder
 * is one park's report. The form follows the period (month → T1, quarter → T3) unless --code says. Each cross-check
 * is printed on its own line and makes the exit code 1; the summary is still written and, with --commit, kept.
 */
export async function consolidateCommand(host: CliHost, args: CliArgs, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const dir = args.positional[1];
  if (!dir || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`找不到文件夹：${dir ?? ''} / no such folder`);
  const period = requireFlag(args, 'period');
  const codeFlag = args.flags.get('code');
  const code = typeof codeFlag === 'string' ? codeFlag : /-Q\d$/.test(period) ? 'T3' : 'T1';
  if ((code !== 'T1' && code !== 'T3') || !isPeriodOf(code, period)) throw new UsageError(`汇总支持 T1（月，2026-10）和 T3（季，2026-Q3）/ consolidation takes T1 (2026-10) or T3 (2026-Q3)`);
  const names = fs.readdirSync(dir).filter((name) => /\.xlsx$/i.test(name) && !name.startsWith('~$')).sort();
  if (names.length === 0) throw new UsageError(`文件夹中没有 .xlsx 文件：${dir} / no .xlsx files in the folder`);
  const files = names.map((fileName) => ({ fileName, base64: fs.readFileSync(path.join(dir, fileName)).toString('base64') }));
  const run = await host.call<DryRun>('consolidation.dryRun', { code, period, files });
  for (const c of run.checks) err(`${c.fileName ?? c.park ?? ''}: ${c.message}`);
  out(`${code} ${period}：汇总 ${run.parks.length} 个园区，${run.checks.length} 项核查问题 / ${run.parks.length} parks, ${run.checks.length} check(s)`);
  if (!run.batchId) return 1;
  const target = args.flags.get('out');
  if (typeof target === 'string') {
    const summary = await host.call<{ base64: string }>('consolidation.export', { batchId: run.batchId });
    fs.writeFileSync(path.resolve(target), Buffer.from(summary.base64, 'base64'));
    out(path.resolve(target));
  }
  if (args.flags.get('commit') === true) {
    await host.call('consolidation.commit', { batchId: run.batchId });
    out(`已提交汇总批次 ${run.batchId} / committed`);
  }
  return run.checks.length > 0 ? 1 : 0;
}
