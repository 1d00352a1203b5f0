import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatMessage } from '../../api/contract/messages';
import type { ErrorCode } from '../../api/contract/errorCodes';
import { AppError } from '../appError';
import type { ReportCode } from '../reports/reportContract';
import type { ReadReport } from './reportWorkbookReader';
import { inspectWorkbook, type GuardLimits } from './workbookGuard';
import type { ParserChild, ParserLauncher, ParserReply } from './workbookParserProtocol';

/**
 * readReportWorkbook for untrusted files: the guard first (workbookGuard.ts), then the parse in a separate
 * process with a heap cap and a time limit, killed on cancel. A file that crashes or hangs the parser costs
 * only that process; the caller gets WORKBOOK_PARSER_CRASHED / _TIMEOUT with a message for the user.
 */

export interface IsolatedReadOptions {
  expect?: ReportCode;
  onProgress?(rows: number): void;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxOldSpaceMb?: number;
  limits?: GuardLimits;
}

const DEFAULT_TIMEOUT_MS = 5 * 60_000;
const DEFAULT_HEAP_MB = 768;

/**
 * Outside Electron (tests, browser mode, the command line) the parser is a Node child of the same Node.
 * From the sources it runs the .ts worker through tsx's loader; from a bundle, the bundled worker beside it.
 */
export const forkNodeParser: ParserLauncher = ({ maxOldSpaceMb }) => {
  const fromSource = __filename.endsWith('.ts');
  const worker = path.join(__dirname, fromSource ? 'workbookParserWorker.ts' : 'workbookParserWorker.cjs');
  const loader = fromSource ? ['--import', pathToFileURL(createRequire(__filename).resolve('tsx')).href] : [];
  const child = fork(worker, [], { execArgv: [...loader, `--max-old-space-size=${maxOldSpaceMb}`], serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  return {
    send: (message) => child.send(message),
    onMessage: (handler) => child.on('message', (m) => handler(m as ParserReply)),
    // 'close', not 'exit': it comes after the IPC channel has delivered the last message (the report).
    onExit: (handler) => child.on('close', (code) => handler(code)),
    kill: () => child.kill('SIGKILL'),
  };
};

let launcher: ParserLauncher = forkNodeParser;

/** The desktop app swaps in an Electron utilityProcess launcher (electron/workbookParserLauncher.ts). */
export function setWorkbookParserLauncher(next: ParserLauncher): void {
  launcher = next;
}

function failure(code: ErrorCode, details?: Record<string, unknown>): AppError {
  return new AppError(code, formatMessage(`code.${code}`), details);
}

export async function readWorkbookIsolated(file: string, opts: IsolatedReadOptions = {}): Promise<ReadReport> {
  if (opts.signal?.aborted) throw failure('WORKBOOK_CANCELLED');
  inspectWorkbook(path.resolve(file), opts.limits);
  const child: ParserChild = launcher({ maxOldSpaceMb: opts.maxOldSpaceMb ?? DEFAULT_HEAP_MB });
  return new Promise<ReadReport>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const stop = (error: AppError) => settle(() => {
      child.kill();
      reject(error);
    });
    const onAbort = () => stop(failure('WORKBOOK_CANCELLED'));
    const timer = setTimeout(() => stop(failure('WORKBOOK_PARSER_TIMEOUT')), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    child.onMessage((message) => {
      if (message.type === 'progress') opts.onProgress?.(message.rows);
      else if (message.type === 'done') settle(() => resolve(message.report));
      else settle(() => reject(new AppError(message.error.code as ErrorCode, message.error.message, message.error.details)));
    });
    child.onExit((code) => stop(failure('WORKBOOK_PARSER_CRASHED', { exitCode: code })));
    child.send({ type: 'read', file: path.resolve(file), ...(opts.expect ? { expect: opts.expect } : {}) });
  });
}
