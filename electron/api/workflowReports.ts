import { getTemplate } from '../../db/repos/workflowsTemplatesRepo';
import { onTimeRates, overdueRows } from '../services/workflows/applicationQueries';
import { loadWorkingCalendar } from '../services/workflows/deskCalendar';
import { onTimeRateInput, overdueReportInput } from './contract/workflowSchemas';
import { query } from './defineMethod';
import { clockSetting } from './workflowApplications';

export const workflowReportsApi = {
  /** Plain rows for the overdue sheet: one per department still to approve an overdue application's current step. */
  'workflowReports.overdue': query(overdueReportInput, (ctx, { asOf, templateId, ...filter }) => {
    const familyId = templateId ? getTemplate(ctx.store.db, templateId)?.familyId ?? templateId : undefined;
    const setting = clockSetting(ctx, asOf);
    return { asOf: setting.asOf, rows: overdueRows(ctx.store.db, setting, { ...filter, ...(familyId ? { templateFamilyId: familyId } : {}) }) };
  }),

  /** Per department: approvals in the period, on time and late by the statutory and by the promised limit. */
  'workflowReports.onTimeRate': query(onTimeRateInput, ({ store }, period) => ({
    from: period.from,
    to: period.to,
    rows: onTimeRates(store.db, loadWorkingCalendar(store.db), period),
  })),
};
