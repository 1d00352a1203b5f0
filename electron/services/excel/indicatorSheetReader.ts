import type { IndicatorValues } from '../reports/reportContract';
import { cellText, normalise, parseNumber } from './cellValues';
import type { WantedColumn } from './headerMatcher';
import { isHeading, isValueColumn, type IndicatorRow, type IndicatorSheet, type LabelColumn } from './templateSchema';
import { columnLetter, problem, type WorkbookProblem } from './workbookProblem';

/** Headers people put over the label columns besides the template's own. */
const LABEL_ALIASES: Record<LabelColumn['label'], string[]> = {
  name: ['指标名称', '指标', '项目', '二级指标'],
  unit: ['计量单位', '单位'],
  code: ['代码', '行次'],
  group: ['一级指标'],
  formula: ['计算公式', '公式'],
  source: ['数据来源', '来源'],
};

export function wantedIndicatorColumns(form: IndicatorSheet): WantedColumn[] {
  return form.columns.map((c) => (isValueColumn(c) ? { id: c.key, header: c.header, group: c.group } : { id: `label:${c.label}`, header: c.header, aliases: LABEL_ALIASES[c.label] }));
}

/** 其中：增资 → 增资; （一）港澳 → 港澳; 1.投资总额 → 投资总额 (not 1亿美元以上项目). */
function rowName(text: string): string {
  return normalise(text).replace(/^其中[:：]?/, '').replace(/^[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]/, '').replace(/[:：]$/, '');
}

function codeKey(text: string): string {
  const n = normalise(text);
  return /^\d+$/.test(n) ? String(Number(n)) : n;
}

/** The rows of an indicator sheet, found by name (or 代码), values by column header. */
export class IndicatorBodyReader {
  readonly indicators: IndicatorValues = {};
  /** Excel row of each indicator row read, for checks made after reading. */
  readonly rowNumbers: Record<string, number> = {};
  private readonly byName = new Map<string, IndicatorRow>();
  private readonly byCode = new Map<string, IndicatorRow>();
  private readonly headings = new Set<string>();
  private readonly seen = new Set<string>();
  private readonly nameCol: number | undefined;
  private readonly codeCol: number | undefined;
  private readonly values: { key: string; col: number; letter: string; decimals?: 0 | 2 | undefined }[];

  constructor(
    private readonly sheetName: string,
    private readonly form: IndicatorSheet,
    mapping: ReadonlyMap<string, number>,
    private readonly problems: WorkbookProblem[],
    private readonly headerRow: number,
  ) {
    for (const row of form.rows) {
      if (isHeading(row)) this.headings.add(rowName(row.heading));
      else {
        this.byName.set(rowName(row.name), row);
        if (row.code) this.byCode.set(codeKey(row.code), row);
      }
    }
    this.nameCol = mapping.get('label:name');
    this.codeCol = mapping.get('label:code');
    this.values = form.columns.flatMap((c) => {
      if (!isValueColumn(c)) return [];
      const col = mapping.get(c.key);
      if (col === undefined) {
        problems.push(problem(sheetName, headerRow, 'A', 'workbook.missingColumn', { header: c.header }));
        return [];
      }
      return [{ key: c.key, col, letter: columnLetter(col), decimals: c.decimals }];
    });
  }

  private identify(cells: readonly unknown[]): { row?: IndicatorRow; name: string; heading: boolean } {
    const name = this.nameCol === undefined ? '' : cellText(cells[this.nameCol]);
    const byName = name ? this.byName.get(rowName(name)) : undefined;
    if (byName) return { row: byName, name, heading: false };
    const code = this.codeCol === undefined ? '' : cellText(cells[this.codeCol]);
    const byCode = code ? this.byCode.get(codeKey(code)) : undefined;
    if (byCode) return { row: byCode, name, heading: false };
    return { name, heading: this.headings.has(rowName(name)) };
  }

  row(rowNumber: number, cells: readonly unknown[]): boolean {
    const { row, name, heading } = this.identify(cells);
    const filled = this.values.filter((v) => cellText(cells[v.col]) !== '');
    if (!row) {
      if (!heading && filled.length && name) this.problems.push(problem(this.sheetName, rowNumber, columnLetter(this.nameCol ?? 1), 'workbook.unknownRow', { name }));
      return false;
    }
    if (this.seen.has(row.key)) {
      this.problems.push(problem(this.sheetName, rowNumber, columnLetter(this.nameCol ?? 1), 'workbook.duplicateRow', { name: row.name }));
      return false;
    }
    this.seen.add(row.key);
    const out: Record<string, number | null> = Object.fromEntries(this.form.columns.filter(isValueColumn).map((c) => [c.key, null]));
    for (const v of this.values) {
      let raw = cells[v.col];
      // A T4 target may be typed as ≥80 or 约42.
      if (v.key === 'target' && typeof raw === 'string') raw = raw.replace(/^\s*(≥|>=|约|≈)\s*/, '');
      const parsed = parseNumber(raw, v.decimals ?? row.decimals, v.decimals !== undefined);
      if (parsed.ok) out[v.key] = parsed.value;
      else {
        out[v.key] = null;
        this.problems.push(problem(this.sheetName, rowNumber, v.letter, parsed.key, parsed.params));
      }
    }
    this.indicators[row.key] = out;
    this.rowNumbers[row.key] = rowNumber;
    return true;
  }

  columnLetters(): Record<string, string> {
    return Object.fromEntries(this.values.map((v) => [v.key, v.letter]));
  }

  /** Rows the form has but the sheet lacks: reported, and present as blanks. */
  finish(): void {
    for (const row of this.form.rows) {
      if (isHeading(row) || this.seen.has(row.key)) continue;
      this.problems.push(problem(this.sheetName, this.headerRow, columnLetter(this.nameCol ?? 1), 'workbook.missingRow', { name: row.name }));
      this.indicators[row.key] = Object.fromEntries(this.form.columns.filter(isValueColumn).map((c) => [c.key, null]));
    }
  }
}
