import type { WorkbookProblem, WorkbookReader } from './workbookTypes';

/**
 * The Excel engine's two entry points the import uses (services/excel, built on branch `excel`). Until that branch
 * is merged here they refuse; tests of the import logic pass their own reader through ImportHost.read.
 */
export const readWorkbook: WorkbookReader = async () => {
  throw new Error('Excel engine not merged yet (services/excel readWorkbookIsolated)');
};

export async function writeProblemCopy(_originalFile: string, _problems: WorkbookProblem[], _out: string): Promise<void> {
  throw new Error('Excel engine not merged yet (services/excel writeProblemCopy)');
}
