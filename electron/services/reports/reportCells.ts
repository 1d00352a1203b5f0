import { indicatorDefinition } from '../../../db/reference/indicators';
import type { CellValue, IndicatorValues, ReportCode, ReportValues } from './reportContract';
import { growthPercent } from './reportNumbers';

/** Manual values as stored on a submission: row key → column key → number. */
export type ManualValues = Record<string, Record<string, number>>;

export interface ReportCell {
  row: string;
  column: string;
  value: CellValue;
  source: 'computed' | 'manual';
  editable: boolean;
}

/** Columns derived from the others (recomputed after manual values are merged) or fixed by the province. */
const DERIVED: Record<ReportCode, { column: string; current: string; base: string } | null> = {
  T1: { column: 'yoy', current: 'ytd', base: 'last_ytd' },
  T2: null,
  T3: { column: 'yoy', current: 'ytd', base: 'last_ytd' },
  T4: { column: 'growth', current: 'this_year', base: 'last_year' },
};

/**
 * Which cells a user may type in: never a derived column nor T4's 目标值; in T3/T4 every cell of an indicator the
 * park enters by hand (source 'manual' in db/reference/indicators.ts); elsewhere only a cell the store has no
 * figure for (e.g. T1's 上年同期 before the park kept its register here). T2 is the register itself: header only.
 */
export function isEditable(code: ReportCode, row: string, column: string, computed: CellValue): boolean {
  if (code === 'T2' || column === DERIVED[code]?.column || column === 'target') return false;
  if ((code === 'T3' || code === 'T4') && indicatorDefinition(row)?.source === 'manual') return true;
  return computed === null;
}

function withDerived(code: ReportCode, indicators: IndicatorValues): IndicatorValues {
  const derived = DERIVED[code];
  if (!derived) return indicators;
  const out: IndicatorValues = {};
  for (const [row, columns] of Object.entries(indicators)) {
    const current = columns[derived.current];
    const base = columns[derived.base];
    out[row] = { ...columns, [derived.column]: growthPercent(typeof current === 'number' ? current : null, typeof base === 'number' ? base : null) };
  }
  return out;
}

/** Computed values with the user's values laid over the editable cells, derived columns recomputed. */
export function mergeManual(computed: ReportValues, manual: ManualValues): { values: ReportValues; cells: ReportCell[] } {
  const merged: IndicatorValues = {};
  const sources = new Map<string, 'computed' | 'manual'>();
  for (const [row, columns] of Object.entries(computed.indicators)) {
    merged[row] = { ...columns };
    for (const [column, value] of Object.entries(manual[row] ?? {})) {
      if (!(column in columns) || !isEditable(computed.code, row, column, columns[column] ?? null)) continue;
      merged[row]![column] = value;
      sources.set(`${row}.${column}`, 'manual');
    }
  }
  const indicators = withDerived(computed.code, merged);
  const cells: ReportCell[] = Object.entries(indicators).flatMap(([row, columns]) =>
    Object.entries(columns).map(([column, value]) => ({
      row,
      column,
      value,
      source: sources.get(`${row}.${column}`) ?? 'computed',
      editable: isEditable(computed.code, row, column, computed.indicators[row]?.[column] ?? null),
    })),
  );
  return { values: { ...computed, indicators }, cells };
}
