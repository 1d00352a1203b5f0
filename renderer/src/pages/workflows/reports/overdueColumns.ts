import type { TFunction } from 'i18next';
import { statusLabel } from '../workflowLabels';
import type { OverdueRow } from '../workflowTypes';

export interface ReportColumn {
  key: string;
  title(t: TFunction): string;
  /** Width in characters, for the sheet (a CJK character counts about two). */
  width: number;
  value(row: OverdueRow, t: TFunction): string | number | null;
  numeric?: boolean;
}

/** One description of the overdue sheet's columns for both the table on screen and the .xlsx. */
export const OVERDUE_COLUMNS: readonly ReportColumn[] = [
  { key: 'serial', title: (t) => t('report.col.serial'), width: 12, value: (r) => r.serial },
  { key: 'enterprise', title: (t) => t('report.col.enterprise'), width: 30, value: (r) => r.enterpriseName },
  { key: 'subject', title: (t) => t('report.col.subject'), width: 36, value: (r) => r.subject },
  { key: 'template', title: (t) => t('report.col.template'), width: 28, value: (r, t) => `${r.templateName}（${t('wf.version', { version: r.templateVersion })}）` },
  { key: 'status', title: (t) => t('report.col.status'), width: 12, value: (r, t) => statusLabel(r.status, t) },
  { key: 'step', title: (t) => t('report.col.step'), width: 24, value: (r, t) => t('wf.stepName', { no: r.stepNo, name: r.stepName }) },
  { key: 'department', title: (t) => t('report.col.department'), width: 22, value: (r) => r.department },
  { key: 'acceptedOn', title: (t) => t('report.col.acceptedOn'), width: 12, value: (r) => r.acceptedOn },
  { key: 'stepStartedOn', title: (t) => t('report.col.stepStartedOn'), width: 12, value: (r) => r.stepStartedOn },
  { key: 'stepStatutoryDue', title: (t) => t('report.col.stepStatutoryDue'), width: 14, value: (r) => r.stepStatutoryDueOn },
  { key: 'stepStatutoryOver', title: (t) => t('report.col.stepStatutoryOver'), width: 14, value: (r) => r.stepStatutoryOverdueDays, numeric: true },
  { key: 'stepPromisedDue', title: (t) => t('report.col.stepPromisedDue'), width: 14, value: (r) => r.stepPromisedDueOn },
  { key: 'stepPromisedOver', title: (t) => t('report.col.stepPromisedOver'), width: 14, value: (r) => r.stepPromisedOverdueDays, numeric: true },
  { key: 'overallStatutoryDue', title: (t) => t('report.col.overallStatutoryDue'), width: 14, value: (r) => r.overallStatutoryDueOn },
  { key: 'overallStatutoryOver', title: (t) => t('report.col.overallStatutoryOver'), width: 14, value: (r) => r.overallStatutoryOverdueDays, numeric: true },
  { key: 'overallPromisedDue', title: (t) => t('report.col.overallPromisedDue'), width: 14, value: (r) => r.overallPromisedDueOn },
  { key: 'overallPromisedOver', title: (t) => t('report.col.overallPromisedOver'), width: 14, value: (r) => r.overallPromisedOverdueDays, numeric: true },
];
