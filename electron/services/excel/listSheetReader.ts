import type { CellValue, ListRecord } from '../reports/reportContract';
import { cellContent, parseBoolean, parseDate, parseNumber, parseText, type Parsed } from './cellValues';
import type { WantedColumn } from './headerMatcher';
import type { ListColumn, ListSheet } from './templateSchema';
import { columnLetter, problem, type WorkbookProblem } from './workbookProblem';

export function wantedListColumns(form: ListSheet): WantedColumn[] {
  return form.columns.map((c) => ({ id: c.key, header: c.header, group: c.group, aliases: c.aliases }));
}

function parser(column: ListColumn, date1904: boolean): (raw: unknown) => Parsed<CellValue> {
  switch (column.type) {
    case 'number':
      return (raw) => parseNumber(raw, column.decimals ?? 2);
    case 'integer':
      return (raw) => parseNumber(raw, 0);
    case 'date':
      return (raw) => parseDate(raw, date1904);
    case 'boolean':
      return parseBoolean;
    default:
      return parseText;
  }
}

export function isBlank(raw: unknown): boolean {
  const v = cellContent(raw);
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** The records of a list sheet, one per non-blank row, with a problem per cell that does not fit its column. */
export class ListBodyReader {
  readonly records: ListRecord[] = [];
  /** Excel row of each record, so checks made after reading (the import's) can point at the user's cell. */
  readonly rowNumbers: number[] = [];
  /** Every column of the form, so a column missing from the sheet reads as blank. */
  private readonly blank: ListRecord;
  private readonly plan: { key: string; col: number; letter: string; required: boolean; parse: (raw: unknown) => Parsed<CellValue> }[];

  constructor(
    private readonly sheetName: string,
    form: ListSheet,
    mapping: ReadonlyMap<string, number>,
    date1904: boolean,
    private readonly problems: WorkbookProblem[],
    headerRow: number,
  ) {
    this.plan = form.columns.flatMap((c) => {
      const col = mapping.get(c.key);
      return col === undefined ? [] : [{ key: c.key, col, letter: columnLetter(col), required: c.required, parse: parser(c, date1904) }];
    });
    // Problems of a row left to right, as the user reads them.
    this.plan.sort((a, b) => a.col - b.col);
    this.blank = Object.fromEntries(form.columns.map((c) => [c.key, null]));
    for (const c of form.columns) {
      if (c.required && !mapping.has(c.key)) problems.push(problem(sheetName, headerRow, 'A', 'workbook.missingColumn', { header: c.header }));
    }
  }

  /** False for a blank row (skipped, not a record). */
  row(rowNumber: number, cells: readonly unknown[]): boolean {
    if (this.plan.every((p) => isBlank(cells[p.col]))) return false;
    const record: ListRecord = { ...this.blank };
    for (const p of this.plan) {
      const parsed = p.parse(cells[p.col]);
      if (!parsed.ok) {
        this.problems.push(problem(this.sheetName, rowNumber, p.letter, parsed.key, parsed.params));
        record[p.key] = null;
      } else {
        record[p.key] = parsed.value;
        if (parsed.value === null && p.required) this.problems.push(problem(this.sheetName, rowNumber, p.letter, 'workbook.cell.required'));
      }
    }
    this.records.push(record);
    this.rowNumbers.push(rowNumber);
    return true;
  }

  /** Column key → the letters it was found under in this sheet. */
  columnLetters(): Record<string, string> {
    return Object.fromEntries(this.plan.map((p) => [p.key, p.letter]));
  }
}
