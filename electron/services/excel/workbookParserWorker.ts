import { AppError } from '../appError';
import type { ParserReply, ParserRequest } from './workbookParserProtocol';
import { writeProblemCopy } from './problemCopy';
import { readReportWorkbook } from './reportWorkbookReader';

/**
 * The parser process: reads one workbook (or writes a marked-up copy of one) and exits. Started by readWorkbookIsolated as a Node child
 * (process.send) or, in the desktop app, as an Electron utilityProcess (process.parentPort); whatever a
 * hostile file does to this process — out of memory, a parser hang — it cannot touch the app's.
 */

interface ParentPort {
  on(event: 'message', listener: (event: { data: ParserRequest }) => void): void;
  postMessage(message: ParserReply): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

/**
 * `sent` runs once the message has left this process (a 100 000-row report is tens of MB to serialise and
 * write). A utility process has no such callback, so there the host ends the process once it has the reply
 * (readWorkbookIsolated kills the parser whatever the outcome).
 */
function reply(message: ParserReply, sent?: () => void): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message, undefined, {}, () => sent?.());
}

/** exceljs's temp files go to the folder the host gave this process (os.tmpdir() reads these at every call). */
function useTempDir(dir: string): void {
  process.env.TMPDIR = dir;
  process.env.TMP = dir;
  process.env.TEMP = dir;
}

async function handle(request: ParserRequest): Promise<void> {
  try {
    useTempDir(request.tempDir);
    if (request.type === 'problemCopy') {
      await writeProblemCopy(request.file, request.problems, request.out);
      reply({ type: 'written' }, exitSoon);
      return;
    }
    const report = await readReportWorkbook(request.file, { ...(request.expect ? { expect: request.expect } : {}), onProgress: (rows) => reply({ type: 'progress', rows }) });
    reply({ type: 'done', report }, exitSoon);
  } catch (error) {
    const e = error instanceof AppError ? { code: error.code, message: error.message, ...(error.details ? { details: error.details as Record<string, unknown> } : {}) } : { code: 'WORKBOOK_PARSER_CRASHED', message: String((error as Error)?.message ?? error) };
    reply({ type: 'error', error: e }, exitSoon);
  }
}

/** Let the reply flush, then go: one process per file. */
function exitSoon(): void {
  setTimeout(() => process.exit(0), 50);
}

if (parentPort) parentPort.on('message', (event) => void handle(event.data));
else {
  process.on('message', (message) => void handle(message as ParserRequest));
  // A Node child whose parent has gone leaves too.
  process.on('disconnect', () => process.exit(0));
}
