import type { ReportCode, ReportHeader, ReportValues } from '../reports/reportContract';
import { REPORT_CODES } from '../reports/reportContract';
import { AppError } from '../appError';
import { formatMessage } from '../../api/contract/messages';
import { cellText, normalise } from './cellValues';
import { patchedWorkbookReader } from './exceljsRuntime';
import { fileDigest } from './fileDigest';
import { findLabelled, findPeriod, isFooterRow, readFooter } from './formHeaderReader';
import { periodText } from './formText';
import { isMarksRow, matchColumns, type WantedColumn } from './headerMatcher';
import { IndicatorBodyReader, wantedIndicatorColumns } from './indicatorSheetReader';
import { ListBodyReader, wantedListColumns } from './listSheetReader';
import { loadReportTemplate } from './templates';
import type { ReportTemplate, TemplateSheet } from './templateSchema';
import { problem, type WorkbookProblem } from './workbookProblem';
import { readWorkbookMarker } from './workbookMarker';

/** Where values were found: lets checks made after reading (the import's) name the user's cell. */
export interface CellLocations {
  lists: Record<string, { sheet: string; columns: Record<string, string>; rows: number[] }>;
  indicators?: { sheet: string; rows: Record<string, number>; columns: Record<string, string> };
}

export interface ReadReport {
  code: ReportCode;
  templateVersion: string;
  values: ReportValues;
  problems: WorkbookProblem[];
  rowCount: number;
  sha256: string;
  bytes: number;
  locations: CellLocations;
}

export interface ReadOptions {
  expect?: ReportCode;
  onProgress?(rows: number): void;
  signal?: AbortSignal;
}

/** How far down a sheet the title block and header may sit before the sheet is taken as not a form. */
const TOP_ROWS = 40;

interface Candidate {
  template: ReportTemplate;
  form: TemplateSheet;
  wanted: WantedColumn[];
}

function candidatesFor(codes: readonly ReportCode[]): Candidate[] {
  return codes.flatMap((code) => {
    const template = loadReportTemplate(code);
    return template.sheets.map((form) => ({ template, form, wanted: form.kind === 'indicators' ? wantedIndicatorColumns(form) : wantedListColumns(form) }));
  });
}

/** Enough of the header to be sure: the name column and a value column, or three list columns. */
function headerScore(c: Candidate, mapping: ReadonlyMap<string, number>): number {
  if (c.form.kind === 'indicators') return mapping.has('label:name') && mapping.size >= 2 ? mapping.size : 0;
  return mapping.size >= Math.min(3, c.wanted.length) ? mapping.size : 0;
}

/** Rows as exceljs gives them: a sparse array by column number. */
function texts(cells: readonly unknown[]): Map<number, string> {
  const out = new Map<number, string>();
  cells.forEach((v, col) => {
    const t = cellText(v);
    if (t) out.set(col, t);
  });
  return out;
}

interface FoundSheet {
  candidate: Candidate;
  reader: ListBodyReader | IndicatorBodyReader;
}

/**
 * One worksheet, row by row: the title block (which form, 填报单位, period), the header band (one or more
 * rows, then an optional row of column marks), the body, the footer.
 */
class SheetScan {
  private phase: 'top' | 'header' | 'body' | 'footer' | 'skip' = 'top';
  readonly top: string[][] = [];
  readonly footer: string[][] = [];
  private titled?: Candidate[];
  private band: Map<number, string>[] = [];
  private bandStart = 0;
  private best?: { candidate: Candidate; mapping: Map<string, number>; score: number };
  found?: FoundSheet;
  rows = 0;

  constructor(
    readonly name: string,
    private readonly candidates: () => Candidate[],
    private readonly date1904: () => boolean,
    private readonly problems: WorkbookProblem[],
  ) {}

  private pick(band: Map<number, string>[]): { candidate: Candidate; mapping: Map<string, number>; score: number } | undefined {
    let best: { candidate: Candidate; mapping: Map<string, number>; score: number } | undefined;
    for (const candidate of this.titled ?? this.candidates()) {
      const mapping = matchColumns(band, candidate.wanted);
      const score = headerScore(candidate, mapping);
      if (score > (best?.score ?? 0)) best = { candidate, mapping, score };
    }
    return best;
  }

  private recogniseTitle(row: Map<number, string>): void {
    if (this.titled) return;
    const cells = [...row.values()].map(normalise);
    const all = this.candidates();
    const byTitle = all.filter((c) => cells.some((t) => t === normalise(c.form.title) || (t.includes(normalise(c.form.title)) && !t.includes('说明'))));
    // 表号 names the form (its first sheet) even under a retyped title.
    const byNumber = all.filter((c) => c.form === c.template.sheets[0] && cells.some((t) => t.includes('表号') && t.endsWith(normalise(c.template.表号))));
    if (byTitle.length || byNumber.length) this.titled = byTitle.length ? byTitle : byNumber;
  }

  private startBody(): void {
    const { candidate, mapping } = this.best!;
    const headerRow = this.bandStart;
    const reader = candidate.form.kind === 'list'
      ? new ListBodyReader(this.name, candidate.form, mapping, this.date1904(), this.problems, headerRow)
      : new IndicatorBodyReader(this.name, candidate.form, mapping, this.problems, headerRow);
    this.found = { candidate, reader };
    this.phase = 'body';
  }

  row(rowNumber: number, cells: readonly unknown[]): void {
    if (this.phase === 'skip') return;
    if (this.phase === 'body') {
      // The footer starts at a row whose first filled cell is a footer label (单位负责人, 填表人, 说明 …);
      // a 说明书… in a record's own cells further right is data.
      const first = cells.findIndex((v) => v !== undefined && v !== null);
      if (first < 0 || !isFooterRow([cellText(cells[first])])) {
        if (first >= 0 && this.found!.reader.row(rowNumber, cells)) this.rows += 1;
        return;
      }
      this.phase = 'footer';
    }
    const row = texts(cells);
    if (this.phase === 'top') {
      if (rowNumber > TOP_ROWS) {
        this.phase = 'skip';
        return;
      }
      this.recogniseTitle(row);
      const best = row.size ? this.pick([row]) : undefined;
      if (!best) {
        this.top.push([...row.values()]);
        return;
      }
      this.best = best;
      this.band = [row];
      this.bandStart = rowNumber;
      this.phase = 'header';
      return;
    }
    if (this.phase === 'header') {
      if (isMarksRow(row)) return;
      const wider = this.pick([...this.band, row]);
      if (wider && wider.score > this.best!.score && wider.candidate === this.best!.candidate) {
        this.best = wider;
        this.band.push(row);
        return;
      }
      // The first row that adds nothing to the header is the first row of the body.
      this.startBody();
      return this.row(rowNumber, cells);
    }
    this.footer.push([...row.values()]);
  }

  finish(): void {
    if (this.phase === 'header') this.startBody();
    if (this.found?.reader instanceof IndicatorBodyReader) this.found.reader.finish();
  }
}

function cancelled(): AppError {
  return new AppError('WORKBOOK_CANCELLED');
}

/**
 * Reads a form back — the app's own export or a workbook people made from it — with exceljs's streaming
 * reader (patched, see exceljsRuntime.ts). Hidden and very hidden sheets are not read: what the user
 * cannot see in Excel must not be imported. Throws WORKBOOK_UNRECOGNISED when no sheet is a known form
 * and WORKBOOK_WRONG_FORM when `expect` names another; every other problem is returned with its cell.
 */
export async function readReportWorkbook(file: string, opts: ReadOptions = {}): Promise<ReadReport> {
  if (opts.signal?.aborted) throw cancelled();
  const digest = fileDigest(file);
  const marker = await readWorkbookMarker(file);
  const Reader = patchedWorkbookReader();
  const reader = new Reader(file, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', entries: 'ignore' });
  const problems: WorkbookProblem[] = [];
  const scans: SheetScan[] = [];
  let code: ReportCode | undefined = marker?.code;
  // The expected form is tried first, so a hand-made sheet whose header fits two forms is read as the chosen one.
  const order: readonly ReportCode[] = opts.expect ? [opts.expect, ...REPORT_CODES.filter((c) => c !== opts.expect)] : REPORT_CODES;
  const date1904 = () => Boolean((reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904);
  const candidates = () => candidatesFor(code ? [code] : order).filter((c) => !scans.some((s) => s.found?.candidate.form === c.form));
  let rowsRead = 0;
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as AsyncIterable<{ number: number; values: unknown[] }> & { name?: string; state?: string; id?: number };
    if (ws.state === 'hidden' || ws.state === 'veryHidden') {
      await drainUnread(ws, opts.signal);
      continue;
    }
    const scan = new SheetScan(ws.name ?? `Sheet${ws.id ?? scans.length + 1}`, candidates, date1904, problems);
    scans.push(scan);
    for await (const row of ws) {
      scan.row(row.number, row.values);
      rowsRead += 1;
      if (rowsRead % 1000 === 0) {
        opts.onProgress?.(rowsRead);
        if (opts.signal?.aborted) throw cancelled();
      }
      if (!code && scan.found) code = scan.found.candidate.template.code;
    }
    scan.finish();
    if (!code && scan.found) code = scan.found.candidate.template.code;
  }
  opts.onProgress?.(rowsRead);
  const used = scans.filter((s) => s.found);
  if (!used.length) throw new AppError('WORKBOOK_UNRECOGNISED');
  const found = used[0]!.found!.candidate.template;
  if (opts.expect && found.code !== opts.expect) {
    const expected = loadReportTemplate(opts.expect);
    throw new AppError('WORKBOOK_WRONG_FORM', formatMessage('workbook.wrongForm', { found: found.title, expected: expected.title }), { found: found.code, expected: opts.expect });
  }
  return assemble(found, used, problems, marker?.code === found.code ? marker.version : found.version, await digest);
}

/**
 * Reads a sheet to its end without using it. Skipping it is not safe: exceljs buffers a sheet stored before the
 * shared strings in a temp file and deletes that file as soon as the caller moves on, while the skipped sheet's
 * read stream is still opening it — an uncaught ENOENT that failed imports of workbooks with a hidden sheet now and then.
 */
async function drainUnread(sheet: AsyncIterable<unknown>, signal: AbortSignal | undefined): Promise<void> {
  let rows = 0;
  for await (const _row of sheet) {
    rows += 1;
    if (rows % 1000 === 0 && signal?.aborted) throw cancelled();
  }
}

function assemble(template: ReportTemplate, scans: SheetScan[], problems: WorkbookProblem[], templateVersion: string, digest: { bytes: number; sha256: string }): ReadReport {
  const values: ReportValues = { code: template.code, parkId: '', period: '', indicators: {}, lists: {}, header: { reportingUnit: '', unitHead: '', statisticsHead: '', preparer: '', phone: '', reportDate: '' } };
  const locations: CellLocations = { lists: {} };
  for (const form of template.sheets) {
    const scan = scans.find((s) => s.found!.candidate.form === form);
    if (!scan) {
      problems.push(problem(form.name, 1, 'A', 'workbook.missingSheet', { title: form.title }));
      if (form.kind === 'list') values.lists[form.key] = [];
      continue;
    }
    const reader = scan.found!.reader;
    if (reader instanceof IndicatorBodyReader) {
      values.indicators = reader.indicators;
      locations.indicators = { sheet: scan.name, rows: reader.rowNumbers, columns: reader.columnLetters() };
    } else {
      values.lists[form.key] = reader.records;
      locations.lists[form.key] = { sheet: scan.name, columns: reader.columnLetters(), rows: reader.rowNumbers };
    }
  }
  const main = scans.find((s) => s.found!.candidate.form === template.sheets[0]) ?? scans[0]!;
  const header: ReportHeader = { reportingUnit: findLabelled(main.top, '填报单位') ?? '', ...readFooter(main.footer) };
  values.header = header;
  const period = scans.map((s) => findPeriod(s.top)).find(Boolean);
  values.period = period ?? '';
  if (!period) problems.push(problem(main.name, 1, 'A', 'workbook.missingPeriod', { example: periodText(template.periodKind === 'month' ? '2026-10' : template.periodKind === 'quarter' ? '2026-Q3' : '2026') }));
  return { code: template.code, templateVersion, values, problems, rowCount: scans.reduce((n, s) => n + s.rows, 0), ...digest, locations };
}
