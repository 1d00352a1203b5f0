import type { ReportCode, ReportValues } from '../reports/reportContract';

/**
 * What the import needs from the Excel engine (services/excel, see notes/excel-interface.md): X1's ReadReport,
 * restated structurally so the import does not depend on the engine's internals. `locations` is the optional
 * addition that lets the import's own checks point at the user's cell in a hand-made workbook (columns in any order).
 */
export interface WorkbookProblem {
  sheet: string;
  /** 1-based Excel row; 0 for a problem of the whole workbook (no park, wrong period). */
  row: number;
  /** Column letters ('C'); '' when the problem has no one cell. */
  column: string;
  message: string;
  messageEn?: string;
}

export interface ListLocations {
  sheet: string;
  /** Column key → column letters as found in this workbook. */
  columns: Record<string, string>;
  /** Excel row of each record, in the order of values.lists[key]. */
  rows: number[];
}

export interface IndicatorLocations {
  sheet: string;
  rows: Record<string, number>;
  columns: Record<string, string>;
}

export interface CellLocations {
  lists: Record<string, ListLocations>;
  indicators?: IndicatorLocations;
}

export interface ParsedWorkbook {
  code: ReportCode;
  templateVersion: string;
  values: ReportValues;
  problems: WorkbookProblem[];
  rowCount: number;
  sha256: string;
  bytes: number;
  locations?: CellLocations;
}

export interface ReadOptions {
  onProgress?(rows: number): void;
  signal?: AbortSignal;
}

/** Reads an untrusted workbook (guarded, isolated) — the engine's readWorkbookIsolated. */
export type WorkbookReader = (file: string, options: ReadOptions) => Promise<ParsedWorkbook>;
