import type { CellValue } from './reportTypes';

/** A figure as the form prints it: fixed decimals, thousands separators; booleans as 是/否; blank stays blank. */
export function formatCell(value: CellValue, decimals: number, yes: string, no: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'number') return value.toLocaleString('zh-CN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return value;
}

/** 1234567.5 → 1,234,567.5: separators in the whole part only, so typed decimals are never split. */
function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * The text of a form cell the park fills in. While typing it is left as typed (with separators); otherwise it shows the
 * form's decimals, like the printed form — antd's InputNumber drops its own precision once a formatter is given.
 */
export function formatInputNumber(value: string | number | undefined, decimals: number, typing: boolean): string {
  const text = `${value ?? ''}`;
  if (typing || text === '' || !Number.isFinite(Number(text))) return groupThousands(text);
  return groupThousands(Number(text).toFixed(decimals));
}
