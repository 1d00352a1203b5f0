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
import { parserTempDir } from './parserTempDir';
import type { ParserChild, ParserLauncher, ParserReply, ParserTask } from './workbookParserProtocol';
import type { WorkbookProblem } from './workbookProblem';

/**
 * readReportWorkbook for untrusted files: the guard first (workbookGuard.ts), then the parse in a separate
 * process with a heap cap and a time limit, killed on cancel. A file that crashes or hangs the parser costs
 * only that process; the caller gets WORKBOOK_PARSER_CRASHED / _TIMEOUT with a message for the user. The problem
 * copy of an uploaded workbook is made the same way (writeProblemCopyIsolated).
 */

export interface IsolatedRunOptions {
  onProgress?(rows: number): void;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxOldSpaceMb?: number;
}

export interface IsolatedReadOptions extends IsolatedRunOptions {
  expect?: ReportCode;
  limits?: GuardLimits;
}

const DEFAULT_TIMEOUT_MS = 5 * 60_000;
const DEFAULT_HEAP_MB = 768;
/** The copy of a 100 000-row ledger peaked at 2.8 GB (bench) and fits under this cap; beyond it only the copy fails. */
const PROBLEM_COPY_HEAP_MB = 3072;

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
  const request: ParserTask = { type: 'read', file: path.resolve(file), ...(opts.expect ? { expect: opts.expect } : {}) };
  return runInParser(request, opts, (message) => (message.type === 'done' ? message.report : undefined));
}

/**
 * writeProblemCopy in the parser process: exceljs holds the whole workbook in memory for it (a 100 000-row ledger
 * takes seconds and gigabytes), which must neither block nor be able to bring down the app's own process.
 */
export async function writeProblemCopyIsolated(file: string, problems: readonly WorkbookProblem[], out: string, opts: IsolatedRunOptions = {}): Promise<void> {
  const request: ParserTask = { type: 'problemCopy', file: path.resolve(file), problems, out: path.resolve(out) };
  await runInParser(request, { maxOldSpaceMb: PROBLEM_COPY_HEAP_MB, ...opts }, (message) => (message.type === 'written' ? true : undefined));
}

/** One request to a fresh parser process; `result` picks the answer out of its final message. */
function runInParser<T>(request: ParserTask, opts: IsolatedRunOptions, result: (message: ParserReply) => T | undefined): Promise<T> {
  if (opts.signal?.aborted) return Promise.reject(failure('WORKBOOK_CANCELLED'));
  const temp = parserTempDir();
  let child: ParserChild;
  try {
    child = launcher({ maxOldSpaceMb: opts.maxOldSpaceMb ?? DEFAULT_HEAP_MB });
  } catch (error) {
    temp.remove();
    throw error;
  }
  // Once the process is gone (it is killed after every request), nothing holds its temp files any more.
  child.onExit(() => temp.remove());
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    // Whatever the outcome, the parser process is done: one process per file.
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      child.kill();
      outcome();
    };
    const stop = (error: AppError) => settle(() => reject(error));
    const onAbort = () => stop(failure('WORKBOOK_CANCELLED'));
    const timer = setTimeout(() => stop(failure('WORKBOOK_PARSER_TIMEOUT')), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    child.onMessage((message) => {
      if (message.type === 'progress') opts.onProgress?.(message.rows);
      else if (message.type === 'error') settle(() => reject(new AppError(message.error.code as ErrorCode, message.error.message, message.error.details)));
      else {
        const value = result(message);
        if (value !== undefined) settle(() => resolve(value));
      }
    });
    child.onExit((code) => stop(failure('WORKBOOK_PARSER_CRASHED', { exitCode: code })));
    child.send({ ...request, tempDir: temp.dir });
  });
}
