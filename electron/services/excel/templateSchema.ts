import { z } from 'zod';
import { REPORT_CODES } from '../reports/reportContract';

/**
 * The declarative description of one provincial form (resources/report-templates/T*.json). The writer lays
 * the form out from it and the reader finds the same rows and columns in a workbook by their printed text,
 * so a province change to a label or a column is an edit of the JSON file, not of code.
 */

/** A column whose text comes from the template row itself (指标名称, 计量单位, 代码, 计算公式, …). */
const labelColumn = z.object({
  label: z.enum(['name', 'unit', 'code', 'group', 'formula', 'source']),
  header: z.string().min(1),
  /** The column mark printed under the header: 甲, 乙, 丙 … */
  mark: z.string().min(1),
  width: z.number().positive(),
});

/** A data column of an indicator sheet: the value under IndicatorValues[row][key]. */
const valueColumn = z.object({
  key: z.string().min(1),
  header: z.string().min(1),
  /** Upper header spanning consecutive columns with the same group (a merged two-level header). */
  group: z.string().min(1).optional(),
  mark: z.string().min(1),
  width: z.number().positive(),
  /** Decimals for every row in this column (e.g. a growth rate in %); otherwise the row's decimals. */
  decimals: z.union([z.literal(0), z.literal(2)]).optional(),
});

const indicatorRow = z.object({
  key: z.string().min(1),
  /** Printed name; for T3/T4 rows taken from db/reference/indicators.ts when absent. */
  name: z.string().min(1).optional(),
  unit: z.string().min(1).optional(),
  code: z.string().optional(),
  decimals: z.union([z.literal(0), z.literal(2)]).optional(),
  /** 0 none, 1 "其中" under the row above, 2 under that. */
  indent: z.number().int().min(0).max(2).default(0),
  group: z.string().optional(),
  formula: z.string().optional(),
  source: z.string().optional(),
});

/** A heading line without data inside the indicator rows (e.g. 实际使用外资按来源地分). */
const headingRow = z.object({ heading: z.string().min(1) });

const indicatorSheet = z.object({
  kind: z.literal('indicators'),
  key: z.literal('main'),
  name: z.string().min(1).max(31),
  title: z.string().min(1),
  columns: z.array(z.union([labelColumn, valueColumn])).min(2),
  rows: z.array(z.union([indicatorRow, headingRow])).min(1),
  notes: z.array(z.string()).default([]),
});

export const LIST_COLUMN_TYPES = ['text', 'number', 'integer', 'date', 'boolean'] as const;

const listColumn = z.object({
  key: z.string().min(1),
  header: z.string().min(1),
  group: z.string().min(1).optional(),
  type: z.enum(LIST_COLUMN_TYPES),
  decimals: z.union([z.literal(0), z.literal(2)]).optional(),
  width: z.number().positive(),
  required: z.boolean().default(false),
  /** Other headers people write for this column (matched like the header). */
  aliases: z.array(z.string().min(1)).default([]),
});

const listSheet = z.object({
  kind: z.literal('list'),
  key: z.string().min(1),
  name: z.string().min(1).max(31),
  title: z.string().min(1),
  columns: z.array(listColumn).min(1),
  notes: z.array(z.string()).default([]),
});

export const reportTemplateSchema = z.object({
  code: z.enum(REPORT_CODES),
  version: z.string().regex(/^\d{4}\.\d+$/),
  periodKind: z.enum(['month', 'quarter', 'year']),
  title: z.string().min(1),
  表号: z.string().min(1),
  制表机关: z.string().min(1),
  批准文号: z.string().min(1),
  有效期至: z.string().min(1),
  计量单位: z.string().min(1),
  sheets: z.array(z.discriminatedUnion('kind', [indicatorSheet, listSheet])).min(1),
});

export type ReportTemplateInput = z.input<typeof reportTemplateSchema>;
export type LabelColumn = z.infer<typeof labelColumn>;
export type ValueColumn = z.infer<typeof valueColumn>;
export type IndicatorColumn = LabelColumn | ValueColumn;
export type HeadingRow = z.infer<typeof headingRow>;
export type ListColumn = z.infer<typeof listColumn>;
export type ListColumnType = ListColumn['type'];

/** A row after loading: name, unit and decimals always known (filled from the indicator definitions). */
export interface IndicatorRow extends Omit<z.infer<typeof indicatorRow>, 'name' | 'unit' | 'decimals'> {
  name: string;
  unit: string;
  decimals: 0 | 2;
  /** T4: the 2025 target from source 004, written when the values carry none. */
  target?: { value: number; comparison: 'about' | 'at_least' };
}

export interface IndicatorSheet extends Omit<z.infer<typeof indicatorSheet>, 'rows'> {
  rows: (IndicatorRow | HeadingRow)[];
}
export type ListSheet = z.infer<typeof listSheet>;
export type TemplateSheet = IndicatorSheet | ListSheet;

export interface ReportTemplate extends Omit<z.infer<typeof reportTemplateSchema>, 'sheets'> {
  sheets: TemplateSheet[];
}

export function isValueColumn(column: IndicatorColumn): column is ValueColumn {
  return 'key' in column;
}

export function isHeading(row: IndicatorRow | HeadingRow): row is HeadingRow {
  return 'heading' in row;
}
