import type { ParsedWorkbook, WorkbookProblem } from './workbookTypes';
import type { ProblemText } from './problemText';

/** Turns the import's findings into (sheet, row, column, message) of the user's own workbook. */
export interface ProblemSink {
  atRecord(index: number, columnKey: string, text: ProblemText): void;
  atIndicator(rowKey: string, columnKey: string, text: ProblemText): void;
  atWorkbook(text: ProblemText): void;
  /** Excel row of a ledger record, for messages that name another row ("与第 12 行…"). */
  rowOf(index: number): number;
  rowOfIndicator(rowKey: string): number;
  readonly problems: WorkbookProblem[];
}

export function problemSink(parsed: ParsedWorkbook, listKey: string): ProblemSink {
  const list = parsed.locations?.lists[listKey];
  const indicators = parsed.locations?.indicators;
  const problems: WorkbookProblem[] = [];
  const push = (sheet: string, row: number, column: string, text: ProblemText) =>
    problems.push({ sheet, row, column, message: text.zh, messageEn: text.en });
  return {
    problems,
    // Without positions from the engine, the record's index + 1 still tells the user which line it is.
    rowOf: (index) => list?.rows[index] ?? index + 1,
    rowOfIndicator: (rowKey) => indicators?.rows[rowKey] ?? 0,
    atRecord(index, columnKey, text) {
      push(list?.sheet ?? '', list?.rows[index] ?? index + 1, list?.columns[columnKey] ?? '', text);
    },
    atIndicator(rowKey, columnKey, text) {
      push(indicators?.sheet ?? '', indicators?.rows[rowKey] ?? 0, indicators?.columns[columnKey] ?? '', text);
    },
    atWorkbook(text) {
      push(list?.sheet ?? indicators?.sheet ?? '', 0, '', text);
    },
  };
}
