/** The Excel engine's public interface: templates, writer, reader, guard + isolation, problem copy. */
export { listReportTemplates, loadReportTemplate } from './templates';
export type { ReportTemplate, TemplateSheet, IndicatorSheet, ListSheet } from './templateSchema';
export { writeReportWorkbook, type WriteOptions } from './reportWorkbookWriter';
export { readReportWorkbook, type ReadOptions, type ReadReport } from './reportWorkbookReader';
export { readWorkbookIsolated, setWorkbookParserLauncher, writeProblemCopyIsolated, type IsolatedReadOptions, type IsolatedRunOptions } from './readWorkbookIsolated';
export type { ParserLauncher, ParserChild } from './workbookParserProtocol';
export { inspectWorkbook, DEFAULT_LIMITS, type GuardLimits } from './workbookGuard';
export { writeProblemCopy } from './problemCopy';
export type { WorkbookProblem } from './workbookProblem';
export { neutralise } from '../../api/contract/neutralise';
