import { z } from 'zod';
import { ALL_PROJECT_STAGES, PROJECT_STAGES, PROJECT_TYPES } from '../../../db/reference/investment';
import { countryCode, industryCode } from './enterpriseSchemas';
import { wanToUsd } from './money';
import { monthRange, nonNegativeTwoDecimals, optionalText, parkIdList, pastOrTodayDate, requiredText, uuid, wanAmount, yearMonth } from './fields';

const projectObject = z.object({
  name: requiredText(100),
  enterpriseId: uuid,
  parkId: uuid,
  type: z.enum(PROJECT_TYPES, { error: 'field.required' }),
  sourceCountry: countryCode,
  industryCode,
  totalInvestmentWan: wanAmount,
  contractedFdiWan: wanAmount.default('0'),
  landMu: nonNegativeTwoDecimals(1_000_000).nullable().default(null),
  owner: optionalText(40),
  ownerPhone: optionalText(40),
  issues: optionalText(2000),
});

/** Compared only when both amounts are valid: a bad total already has its own message. */
function checkFdiWithinTotal(values: { totalInvestmentWan: string; contractedFdiWan: string }, ctx: z.RefinementCtx): void {
  const total = wanToUsd(values.totalInvestmentWan);
  const contracted = wanToUsd(values.contractedFdiWan);
  if (total !== null && contracted !== null && contracted > total) {
    ctx.addIssue({ code: 'custom', path: ['contractedFdiWan'], message: 'project.contractedFdi.exceedsTotal' });
  }
}

export const projectCreateInput = projectObject
  .extend({
    /** A project may enter the register at a later stage (e.g. already signed when first recorded). */
    stage: z.enum(PROJECT_STAGES).default('lead'),
    stageOn: pastOrTodayDate,
  })
  .superRefine(checkFdiWithinTotal);

export const projectUpdateInput = projectObject
  .extend({ id: uuid, expectedUpdatedAt: z.string().optional() })
  .superRefine(checkFdiWithinTotal);

export const projectAdvanceInput = z.object({ id: uuid, stage: z.enum(PROJECT_STAGES), on: pastOrTodayDate });
export const projectDropInput = z.object({ id: uuid, reason: requiredText(500), on: pastOrTodayDate });

export const PROJECT_SORT_FIELDS = ['name', 'stage', 'totalInvestmentUsd', 'contractedFdiUsd', 'signedOn', 'updatedAt'] as const;

export const projectListInput = z
  .object({
    search: z.string().trim().max(100).optional(),
    parkId: uuid.optional(),
    parkIds: parkIdList.optional(),
    /** In the pipeline during these months, by the dashboard's rule. */
    period: monthRange.optional(),
    enterpriseId: uuid.optional(),
    stage: z.enum(ALL_PROJECT_STAGES).optional(),
    type: z.enum(PROJECT_TYPES).optional(),
    sourceCountry: z.string().length(2).optional(),
    /** A division ('36') or group ('367') matches itself and everything under it. */
    industryCode: z.string().regex(/^\d{2,4}$/).optional(),
    largeOnly: z.boolean().optional(),
    fortune500Only: z.boolean().optional(),
    openOnly: z.boolean().optional(),
    /** Names of enterprises, projects and people masked (a projector over real data). */
    masked: z.boolean().optional(),
    sortBy: z.enum(PROJECT_SORT_FIELDS).optional(),
    sortDir: z.enum(['asc', 'desc']).optional(),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .default({});

export const arrivalAddInput = z
  .object({
    projectId: uuid,
    arrivedOn: pastOrTodayDate,
    /** 'USD' means the amount is typed in 万美元; any other code is that currency's units with the month's rate. */
    currency: z.string().regex(/^[A-Z]{3}$/, { error: 'field.currency' }).default('USD'),
    amount: z.union([z.string(), z.number()]).transform((value) => String(value).trim()),
    rateToUsd: z.union([z.string(), z.number()]).transform((value) => String(value).trim()).default('1'),
    note: optionalText(500),
  });

export const monthLockInput = z.object({ parkId: uuid, period: yearMonth });
export const monthUnlockInput = monthLockInput.extend({ reason: requiredText(500) });
export const arrivalsByMonthInput = z.object({ parkId: uuid.optional(), year: z.number().int().min(2000).max(2100) });

