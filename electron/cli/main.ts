import { AppError } from '../services/appError';
import { parseCliArgs, UsageError } from './cliArgs';
import { ApiCallError, openCliHost } from './cliHost';
import { consolidateCommand } from './consolidateCommand';
import { exportCommand } from './exportCommand';
import { importCommand } from './importCommand';

/**
 * ParkDesk on the command line, over the same API and services as the app (audited with source 'cli'):
 *   npm run cli -- export T1 --park <id or name> --period 2026-10 --out file.xlsx
 *   npm run cli -- import <file.xlsx> [--dry-run] [--park <id or name>] [--period 2026-Q3] [--confirm-duplicate]
 *   npm run cli -- consolidate <dir> --period 2026-10 [--code T1|T3] [--out summary.xlsx] [--commit]
 * Options for all: --data-dir DIR (else PARKDESK_DATA_DIR, else ./data).
 * Exit codes: 0 done; 1 validation problems (one per line on stderr); 2 usage or other errors.
 */
const USAGE = [
  '用法 / usage:',
  '  npm run cli -- export <T1|T2|T3|T4> --park <园区ID或名称> --period <2026-10|2026-Q3|2026> --out <文件.xlsx>',
  '  npm run cli -- import <文件.xlsx> [--dry-run] [--park <园区>] [--period <2026-Q3>] [--confirm-duplicate]',
  '  npm run cli -- consolidate <目录> --period <2026-10|2026-Q3> [--code T1|T3] [--out 汇总.xlsx] [--commit]',
  '  共同选项 / common: --data-dir <数据目录>',
];

const COMMANDS: Record<string, typeof exportCommand> = { export: exportCommand, import: importCommand, consolidate: consolidateCommand };

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  const command = COMMANDS[args.positional[0] ?? ''];
  if (!command) {
    for (const line of USAGE) console.error(line);
    return 2;
  }
  const host = openCliHost(argv, process.env);
  try {
    return await command(host, args, (line) => console.log(line), (line) => console.error(line));
  } finally {
    host.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      for (const line of USAGE) console.error(line);
    } else if (error instanceof ApiCallError || error instanceof AppError) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(2);
  },
);
