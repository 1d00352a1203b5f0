import { z } from 'zod';
import { REPORT_CODES } from '../../services/reports/reportContract';
import { isPeriodOf } from '../../services/reports/reportPeriods';
import { isoDate, uuid } from './fields';

/** Inputs of reports.* and consolidation.* (shared with the renderer's forms). */

export const reportCode = z.enum(REPORT_CODES, { error: 'field.required' });

/** `2026-10` (T1, T2), `2026-Q3` (T3), `2026` (T4). */
export const reportPeriod = z.string({ error: 'report.period' }).regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, { error: 'report.period' });

const periodMatchesCode = (value: { code: (typeof REPORT_CODES)[number]; period: string }, ctx: z.RefinementCtx) => {
  if (!isPeriodOf(value.code, value.period)) ctx.addIssue({ code: 'custom', path: ['period'], message: 'report.period' });
};

export const reportTemplateInput = z.object({ code: reportCode });

export const reportsListInput = z.object({ parkId: uuid.optional(), code: reportCode.optional(), period: reportPeriod.optional() }).default({});

export const reportsOpenInput = z.object({ parkId: uuid, code: reportCode, period: reportPeriod }).superRefine(periodMatchesCode);

export const submissionIdInput = z.object({ submissionId: uuid });

const headerText = (max: number) => z.string().trim().max(max, { error: 'field.tooLong' }).optional();

/** Title block and footer as typed; a field left out keeps its saved value (no defaults, on purpose). */
export const reportHeaderInput = z.object({
  reportingUnit: headerText(100),
  unitHead: headerText(40),
  statisticsHead: headerText(40),
  preparer: headerText(40),
  phone: headerText(40),
  reportDate: z.union([isoDate, z.literal('')]).optional(),
});

/** A typed figure: finite, at most 2 decimals; null clears the cell. Negative figures are caught by validation. */
const manualNumber = z
  .number({ error: 'field.notNumber' })
  .finite({ error: 'field.notNumber' })
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, { error: 'field.decimals' })
  .refine((value) => Math.abs(value) < 1e12, { error: 'field.tooBig' });

export const reportsSaveManualInput = z.object({
  submissionId: uuid,
  header: reportHeaderInput.optional(),
  manualValues: z.record(z.string().max(60), z.record(z.string().max(30), manualNumber.nullable())).optional(),
});

export const reportsSubmitInput = z.object({
  submissionId: uuid,
  fileSha256: z.string().regex(/^[0-9a-fA-F]{64}$/, { error: 'field.invalid' }),
});

export const reportsCompareInput = reportsOpenInput;

/** A workbook sent by the renderer (browser mode has no paths). */
export const workbookFileInput = z.object({
  fileName: z.string().trim().min(1).max(255),
  base64: z.string().min(1).max(60_000_000),
});

export const consolidationDryRunInput = z.object({
  period: reportPeriod,
  code: z.enum(['T1', 'T3']),
  files: z.array(workbookFileInput).min(1).max(200),
}).superRefine(periodMatchesCode);

export const batchIdInput = z.object({ batchId: uuid });

export const consolidationListInput = z.object({ period: reportPeriod.optional(), code: z.enum(['T1', 'T3']).optional() }).default({});
