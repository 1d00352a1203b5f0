import type { CellValue, ReportValues } from './reportContract';

export interface CellChange {
  /** `header`, an indicator row key, or `<list>.<n>` for the n-th record of a list sheet. */
  row: string;
  column: string;
  before: CellValue;
  after: CellValue;
}

function flatten(values: ReportValues): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  for (const [field, value] of Object.entries(values.header)) cells.set(`header\u0000${field}`, value);
  for (const [row, columns] of Object.entries(values.indicators)) {
    for (const [column, value] of Object.entries(columns)) cells.set(`${row}\u0000${column}`, value);
  }
  for (const [list, records] of Object.entries(values.lists)) {
    records.forEach((record, i) => {
      for (const [column, value] of Object.entries(record)) cells.set(`${list}.${i + 1}\u0000${column}`, value);
    });
  }
  return cells;
}

/** Every cell whose value differs between two versions of a report (a cell absent on one side is blank there). */
export function diffValues(before: ReportValues, after: ReportValues): CellChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys.flatMap((key) => {
    const x = a.get(key) ?? null;
    const y = b.get(key) ?? null;
    if (x === y) return [];
    const [row, column] = key.split('\u0000') as [string, string];
    return [{ row, column, before: x, after: y }];
  });
}
