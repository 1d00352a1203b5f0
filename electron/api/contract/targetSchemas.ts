import { z } from 'zod';
import { FOLLOW_UP_KINDS, PROJECT_TYPES, TARGET_PRIORITIES } from '../../../db/reference/investment';
import { countryCode, industryCode } from './enterpriseSchemas';
import { optionalText, pastOrTodayDate, isoDate, requiredText, uuid, wanAmount } from './fields';

const targetObject = z.object({
  company: requiredText(100),
  companyOriginal: optionalText(200),
  countryCode,
  industryCode,
  parkId: uuid.nullable().default(null),
  priority: z.enum(TARGET_PRIORITIES).default('B'),
  owner: optionalText(40),
  status: z.enum(['tracking', 'negotiating', 'shelved']).default('tracking'),
  /** 一企一策: the plan for this one company. */
  plan: optionalText(5000),
});

export const targetCreateInput = targetObject;
export const targetUpdateInput = targetObject.extend({ id: uuid, expectedUpdatedAt: z.string().optional() });

export const targetListInput = z
  .object({
    search: z.string().trim().max(100).optional(),
    countryCode: z.string().length(2).optional(),
    industryCode: z.string().regex(/^\d{2,4}$/).optional(),
    status: z.enum(['tracking', 'negotiating', 'converted', 'shelved']).optional(),
    priority: z.enum(TARGET_PRIORITIES).optional(),
    parkId: uuid.optional(),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .default({});

export const followUpAddInput = z
  .object({
    targetId: uuid.nullable().default(null),
    projectId: uuid.nullable().default(null),
    kind: z.enum(FOLLOW_UP_KINDS),
    happenedOn: pastOrTodayDate,
    summary: requiredText(2000),
    nextStep: optionalText(500),
    dueOn: isoDate.nullable().default(null),
  })
  .superRefine((values, ctx) => {
    if (!values.targetId && !values.projectId) ctx.addIssue({ code: 'custom', path: ['targetId'], message: 'followUp.subject' });
    if (values.dueOn && values.dueOn < values.happenedOn) ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'field.dueBeforeStart' });
  });

/** Turning a target into a project: the project's own fields; the enterprise is created from the target unless given. */
export const targetConvertInput = z.object({
  id: uuid,
  enterpriseId: uuid.nullable().default(null),
  parkId: uuid,
  name: requiredText(100),
  type: z.enum(PROJECT_TYPES).default('new'),
  totalInvestmentWan: wanAmount,
  on: pastOrTodayDate,
});

export const matrixInput = z.object({ parkId: uuid.optional() }).default({});
