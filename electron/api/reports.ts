import { z } from 'zod';
import { getSubmission, listLatestSubmissions } from '../../db/repos/reportSubmissionsRepo';
import { AppError } from '../services/appError';
import { listReportTemplates, loadReportTemplate } from '../services/excel/templates';
import { jobs } from '../services/jobs/jobRegistry';
import { exportSubmission } from '../services/reports/exportReport';
import { compareReport } from '../services/reports/reportCompare';
import { diffValues } from '../services/reports/reportDiff';
import {
  lockSubmission, openSubmission, reviseSubmission, saveManual, submitSubmission, SUBMISSION_ENTITY, validateSubmission,
} from '../services/reports/submissionLifecycle';
import { submissionSummary, submissionView, valuesOf } from '../services/reports/submissionView';
import {
  reportsCompareInput, reportsListInput, reportsOpenInput, reportsSaveManualInput, reportsSubmitInput, reportTemplateInput, submissionIdInput,
} from './contract/reportSchemas';
import { mutation, query } from './defineMethod';
import { requireFound } from './requireFound';

export const reportsApi = {
  'reports.templates': query(z.object({}).default({}), () => listReportTemplates()),

  /** The form's layout (title block, rows, columns, notes) for the preview. */
  'reports.template': query(reportTemplateInput, (_ctx, { code }) => loadReportTemplate(code)),

  'reports.list': query(reportsListInput, ({ store }, filter) => listLatestSubmissions(store.db, filter)),

  /** The working revision (a new 草稿 when there is none) with computed + manual values and today's problems. */
  'reports.open': mutation(reportsOpenInput, (ctx, { parkId, code, period }) => submissionView(ctx.store, openSubmission(ctx, parkId, code, period))),

  'reports.saveManual': mutation(reportsSaveManualInput, (ctx, { submissionId, ...input }) => submissionView(ctx.store, saveManual(ctx, submissionId, input))),

  'reports.validate': mutation(submissionIdInput, (ctx, { submissionId }) => {
    const { row, problems } = validateSubmission(ctx, submissionId);
    return { ok: problems.length === 0, problems, submission: submissionSummary(row) };
  }),

  /** The exact form as a download; refused before 已校验. A sent revision exports its snapshot. */
  'reports.export': query(submissionIdInput, ({ store }, { submissionId }) => exportSubmission(store, submissionId)),

  /** The same as a job (jobs.get for progress and the download as its result, jobs.cancel to stop): a long T2 ledger. */
  'reports.startExport': query(submissionIdInput, ({ store }, { submissionId }) => ({
    jobId: jobs.start('reports.export', (progress, signal) =>
      exportSubmission(store, submissionId, { signal, onProgress: (done, total) => progress({ done, total, phase: 'export' }) })),
  })),

  'reports.submit': mutation(reportsSubmitInput, (ctx, { submissionId, fileSha256 }) => submissionView(ctx.store, submitSubmission(ctx, submissionId, fileSha256))),

  'reports.lock': mutation(submissionIdInput, (ctx, { submissionId }) => submissionView(ctx.store, lockSubmission(ctx, submissionId))),

  'reports.revise': mutation(submissionIdInput, (ctx, { submissionId }) => submissionView(ctx.store, reviseSubmission(ctx, submissionId))),

  /** Cells a revision changes against the revision it supersedes (the one the province has; see its supersedesId). */
  'reports.diff': query(submissionIdInput, ({ store }, { submissionId }) => {
    const row = requireFound(getSubmission(store.db, submissionId), SUBMISSION_ENTITY, submissionId);
    if (!row.supersedesId) throw new AppError('REPORT_STATE', undefined, { fields: [{ path: 'submissionId', key: 'report.state.noRevision' }] });
    const sent = requireFound(getSubmission(store.db, row.supersedesId), SUBMISSION_ENTITY, row.supersedesId);
    return diffValues(valuesOf(store, sent), valuesOf(store, row));
  }),

  'reports.compare': query(reportsCompareInput, ({ store }, { parkId, code, period }) => compareReport(store, code, parkId, period)),

};
