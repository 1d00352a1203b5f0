import type { ReadReport } from '../excel/reportWorkbookReader';

export type { WorkbookProblem } from '../excel/workbookProblem';

/**
 * What the import works on: the Excel engine's reading of a workbook. `locations` is optional here because the
 * import's own tests hand in readings without a workbook behind them; then problems point at no particular cell.
 */
export type ParsedWorkbook = Omit<ReadReport, 'locations'> & Partial<Pick<ReadReport, 'locations'>>;

export interface ReadOptions {
  onProgress?(rows: number): void;
  signal?: AbortSignal;
}

/** Reads an untrusted workbook (guarded, isolated) — the engine's readWorkbookIsolated. */
export type WorkbookReader = (file: string, options: ReadOptions) => Promise<ParsedWorkbook>;
