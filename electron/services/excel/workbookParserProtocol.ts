import type { ReportCode } from '../reports/reportContract';
import type { ReadReport } from './reportWorkbookReader';
import type { WorkbookProblem } from './workbookProblem';

/**
 * Messages between the host (readWorkbookIsolated, writeProblemCopyIsolated) and the parser process (Node fork or
 * Electron utilityProcess): read an untrusted workbook, or write a marked-up copy of one.
 */
/** What the parser is asked to do. */
export type ParserTask =
  | { type: 'read'; file: string; expect?: ReportCode }
  | { type: 'problemCopy'; file: string; problems: readonly WorkbookProblem[]; out: string };

export type ParserRequest = ParserTask & {
  /**
   * The parser's own temp folder, which the host removes once the process has exited: exceljs keeps sheets stored
   * before the shared strings (all of them in the app's own exports) in temp files, and a parser that is killed —
   * after its reply, on cancel or on time-out — never deletes them itself.
   */
  tempDir: string;
};

export type ParserReply =
  | { type: 'progress'; rows: number }
  | { type: 'done'; report: ReadReport }
  | { type: 'written' }
  | { type: 'error'; error: { code: string; message: string; details?: Record<string, unknown> } };

/** The parser process as the host sees it; an Electron utilityProcess and a Node child both fit. */
export interface ParserChild {
  send(message: ParserRequest): void;
  onMessage(handler: (message: ParserReply) => void): void;
  /** Exit code, or null when killed by a signal. */
  onExit(handler: (code: number | null) => void): void;
  kill(): void;
}

export interface ParserLaunchOptions {
  /** V8 old-space cap: a hostile file can exhaust it and only the parser dies. */
  maxOldSpaceMb: number;
}

export type ParserLauncher = (options: ParserLaunchOptions) => ParserChild;
