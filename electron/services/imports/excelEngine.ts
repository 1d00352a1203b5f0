/**
 * The Excel engine's entry points the import uses (services/excel): the guarded, isolated reader — a hostile
 * file can only kill the parser process — and the problem copy of the user's own workbook, made in that process too.
 */
export { readWorkbookIsolated as readWorkbook, writeProblemCopyIsolated as writeProblemCopy } from '../excel';
