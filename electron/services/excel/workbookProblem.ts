import { formatMessage, type MessageKey } from '../../api/contract/messages';

/** One problem at one cell: 1-based Excel row, column letter, zh-CN message (and English). */
export interface WorkbookProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
  messageEn?: string;
}

export function problem(sheet: string, row: number, column: string, key: MessageKey, params: Record<string, string | number> = {}): WorkbookProblem {
  return { sheet, row, column, message: formatMessage(key, params), messageEn: formatMessage(key, params, 'en') };
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
