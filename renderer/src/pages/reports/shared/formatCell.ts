import type { CellValue } from './reportTypes';

/** A figure as the form prints it: fixed decimals, thousands separators; booleans as 是/否; blank stays blank. */
export function formatCell(value: CellValue, decimals: number, yes: string, no: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'number') return value.toLocaleString('zh-CN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return value;
}
