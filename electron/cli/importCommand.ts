import fs from 'node:fs';
import path from 'node:path';
import { UsageError, type CliArgs } from './cliArgs';
import { findPark, type CliHost } from './cliHost';

interface ImportDryRun {
  batchId: string;
  code: string;
  rowCount: number;
  problems: { sheet: string; row: number; column: string; message: string }[];
  duplicateOf?: { batchId: string; committedAt: string; fileName: string };
  preview: Record<string, unknown> & { sample?: unknown };
}

/**
 * `import <file> [--dry-run] [--park <id or name>] [--period 2026-Q3] [--confirm-duplicate]`: X2's import service
 * (imports.dryRun, then imports.commit) — problems one per line as `sheet!cell message`, exit 1, nothing written.
 */
export async function importCommand(host: CliHost, args: CliArgs, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const file = args.positional[1];
  if (!file || !fs.existsSync(file)) throw new UsageError(`找不到文件：${file ?? ''} / no such file`);
  const parkFlag = args.flags.get('park');
  const periodFlag = args.flags.get('period');
  const input = {
    fileName: path.basename(file),
    base64: fs.readFileSync(file).toString('base64'),
    ...(typeof parkFlag === 'string' ? { parkId: findPark(host.store, parkFlag).id } : {}),
    ...(typeof periodFlag === 'string' ? { period: periodFlag } : {}),
  };
  const dryRun = await host.call<ImportDryRun>('imports.dryRun', input);
  for (const p of dryRun.problems) err(`${p.sheet}!${p.column}${p.row || ''} ${p.message}`);
  const { sample: _sample, ...counts } = dryRun.preview;
  out(`${dryRun.code}：${dryRun.rowCount} 行，${dryRun.problems.length} 个问题 / ${dryRun.rowCount} rows, ${dryRun.problems.length} problem(s)；${JSON.stringify(counts)}`);
  if (dryRun.duplicateOf) err(`该文件已于 ${dryRun.duplicateOf.committedAt} 导入（${dryRun.duplicateOf.fileName}）/ imported before`);
  if (dryRun.problems.length > 0) return 1;
  if (args.flags.get('dry-run') === true) return 0;
  if (dryRun.duplicateOf && args.flags.get('confirm-duplicate') !== true) {
    err('如确需再次导入，请加 --confirm-duplicate / add --confirm-duplicate to import it again');
    return 1;
  }
  const committed = await host.call<{ batchId: string; summary: unknown }>('imports.commit', { batchId: dryRun.batchId, confirmDuplicate: args.flags.get('confirm-duplicate') === true });
  out(`已导入 / imported：${JSON.stringify(committed.summary)}（批次 ${committed.batchId}）`);
  return 0;
}
