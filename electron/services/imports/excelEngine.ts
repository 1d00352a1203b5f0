import { readWorkbookIsolated } from '../excel/readWorkbookIsolated';
import type { WorkbookProblem, WorkbookReader } from './workbookTypes';

/**
 * The Excel engine's entry points the import uses (services/excel): the guarded, isolated reader — a hostile
 * file can only kill the parser process — and the problem copy of the user's own workbook.
 */
export const readWorkbook: WorkbookReader = (file, options) => readWorkbookIsolated(file, options);

export async function writeProblemCopy(_originalFile: string, _problems: WorkbookProblem[], _out: string): Promise<void> {
  throw new Error('Excel engine not merged yet (services/excel writeProblemCopy)');
}
