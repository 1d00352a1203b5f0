import { z } from 'zod';
import { ENTERPRISE_TAGS, PROJECT_TYPES } from '../../../db/reference/investment';
import { PARK_KINDS, PARK_LEVELS } from '../../../db/reference/parkKinds';
import { BENEFIT_KINDS, POLICY_CATEGORIES, POLICY_LEVELS, POLICY_LINK_KINDS, POLICY_STATUSES } from '../../../db/reference/policies';
import { normaliseDocNumber } from '../../services/policies/policyText';
import { countryCode } from './enterpriseSchemas';
import { isoDate, optionalText, pastOrTodayDate, requiredText, uuid, yearMonth } from './fields';

const optionalDate = isoDate.nullable().default(null);

/** 文号 as typed (全角, [] () ［］) → 浙政办发〔2018〕9号; empty means "none". */
const docNumber = z
  .string()
  .trim()
  .nullable()
  .default(null)
  .transform((value, ctx) => {
    if (!value) return null;
    const normalised = normaliseDocNumber(value);
    if (normalised === null) ctx.addIssue({ code: 'custom', message: 'policy.docNumber.format' });
    return normalised;
  });

const policyObject = z.object({
  title: requiredText(300),
  docNumber,
  issuer: optionalText(100),
  level: z.enum(POLICY_LEVELS, { error: 'field.required' }),
  categories: z.array(z.enum(POLICY_CATEGORIES)).max(POLICY_CATEGORIES.length, { error: 'field.tooMany' }).default([]),
  issuedOn: optionalDate,
  effectiveOn: optionalDate,
  expiresOn: optionalDate,
  fullText: optionalText(300_000),
  sourceNote: optionalText(2000),
});

function checkDates(value: { issuedOn: string | null; effectiveOn: string | null; expiresOn: string | null }, ctx: z.RefinementCtx): void {
  if (value.issuedOn && value.effectiveOn && value.effectiveOn < value.issuedOn) {
    ctx.addIssue({ code: 'custom', path: ['effectiveOn'], message: 'policy.dates.effectiveBeforeIssued' });
  }
  const start = value.effectiveOn ?? value.issuedOn;
  if (start && value.expiresOn && value.expiresOn < start) ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'policy.dates.expiryBeforeEffective' });
}

export const applicabilityInput = z
  .object({
    parkKinds: z.array(z.enum(PARK_KINDS)).max(PARK_KINDS.length).default([]),
    parkLevels: z.array(z.enum(PARK_LEVELS)).max(PARK_LEVELS.length).default([]),
    tagsAny: z.array(z.enum(ENTERPRISE_TAGS)).max(ENTERPRISE_TAGS.length).default([]),
    industryPrefixes: z.array(z.string().trim().regex(/^[A-T]?\d{1,4}$/, { error: 'field.unknownIndustry' })).max(50, { error: 'field.tooMany' }).default([]),
    countries: z.array(countryCode).max(300, { error: 'field.tooMany' }).default([]),
    projectTypes: z.array(z.enum(PROJECT_TYPES)).max(PROJECT_TYPES.length).default([]),
    /** US dollars, whole. */
    minProjectUsd: z.number({ error: 'field.notNumber' }).int({ error: 'field.invalid' }).min(0, { error: 'field.negative' }).nullable().default(null),
    validFrom: optionalDate,
    validTo: optionalDate,
  })
  .superRefine((value, ctx) => {
    if (value.validFrom && value.validTo && value.validTo < value.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'policy.applicability.window' });
  });

const unitName = requiredText(100);
const indicatorCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{0,60}$/, { error: 'policy.indicator.format' })
  .nullable()
  .default(null)
  .transform((value) => value || null);

const clauseInput = z.object({
  level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'field.invalid' }),
  number: requiredText(20),
  /** Index, in the same list, of the clause this one belongs to. */
  parentIndex: z.number().int().min(0).nullable().default(null),
  heading: optionalText(200),
  text: optionalText(20_000),
  leadUnit: z.string().trim().max(100, { error: 'field.tooLong' }).nullable().default(null).transform((value) => value || null),
  responsibleUnits: z.array(unitName).max(40, { error: 'field.tooMany' }).default([]),
  indicatorCode,
  applicability: applicabilityInput.nullable().default(null),
});

export type ClauseInput = z.output<typeof clauseInput>;

function checkClauseTree(value: { clauses: ClauseInput[] }, ctx: z.RefinementCtx): void {
  value.clauses.forEach((clause, i) => {
    const parent = clause.parentIndex === null ? undefined : value.clauses[clause.parentIndex];
    if (clause.parentIndex !== null && (clause.parentIndex >= i || !parent || parent.level >= clause.level)) {
      ctx.addIssue({ code: 'custom', path: ['clauses', i, 'parentIndex'], message: 'policy.clause.parent' });
    }
  });
}

export const policyCreateInput = policyObject
  .extend({
    clauses: z.array(clauseInput).max(1000, { error: 'field.tooMany' }).default([]),
    /** Older policies this one repeals or amends. */
    supersedes: z.array(z.object({ policyId: uuid, kind: z.enum(POLICY_LINK_KINDS) })).max(50, { error: 'field.tooMany' }).default([]),
  })
  .superRefine(checkDates)
  .superRefine(checkClauseTree);

export const policyUpdateInput = policyObject.extend({ id: uuid, expectedUpdatedAt: z.string().optional() }).superRefine(checkDates);

export const policyParseInput = z.object({ text: requiredText(300_000) });

const filterFields = {
  level: z.enum(POLICY_LEVELS).optional(),
  category: z.enum(POLICY_CATEGORIES).optional(),
  status: z.enum(POLICY_STATUSES).optional(),
  issuer: z.string().trim().max(100).optional(),
  unit: z.string().trim().max(100).optional(),
};

export const policyListInput = z
  .object({
    search: z.string().max(200).optional(),
    ...filterFields,
    sortBy: z.enum(['title', 'issuedOn', 'effectiveOn', 'updatedAt']).optional(),
    sortDir: z.enum(['asc', 'desc']).optional(),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .default({});

export const policySearchInput = z.object({
  query: requiredText(200),
  ...filterFields,
  limit: z.number().int().min(1).max(200).default(50),
});

export const policyLinkInput = z.object({ fromPolicyId: uuid, toPolicyId: uuid, kind: z.enum(POLICY_LINK_KINDS) });

export const clauseUpdateInput = z.object({
  id: uuid,
  leadUnit: z.string().trim().max(100, { error: 'field.tooLong' }).nullable().default(null).transform((value) => value || null),
  responsibleUnits: z.array(unitName).max(40, { error: 'field.tooMany' }).default([]),
  indicatorCode,
  applicability: applicabilityInput.nullable().default(null),
});

const percent = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .refine((value) => /^\d{1,3}(\.\d{1,2})?$/.test(value) && Number(value) <= 100, { error: 'benefit.taxHoliday.rate' });

export const taxHolidayInput = z
  .object({
    exemptYears: z.number({ error: 'field.notNumber' }).int({ error: 'field.invalid' }).min(0, { error: 'field.negative' }).max(20, { error: 'benefit.taxHoliday.years' }),
    halvedYears: z.number({ error: 'field.notNumber' }).int({ error: 'field.invalid' }).min(0, { error: 'field.negative' }).max(20, { error: 'benefit.taxHoliday.years' }),
    firstProfitYear: z.number({ error: 'field.notNumber' }).int({ error: 'field.invalid' }).min(1980, { error: 'field.invalid' }).max(2100, { error: 'field.invalid' }),
    /** Standard rate in percent as text ("25", "15"). */
    standardRatePercent: percent.default('25'),
    fullYearsAfter: z.number().int().min(0).max(10).default(1),
  })
  .superRefine((value, ctx) => {
    const years = value.exemptYears + value.halvedYears;
    if (years < 1 || years > 20) ctx.addIssue({ code: 'custom', path: ['halvedYears'], message: 'benefit.taxHoliday.years' });
  });

export const benefitCreateInput = z
  .object({
    enterpriseId: uuid,
    projectId: uuid.nullable().default(null),
    policyId: uuid,
    clauseId: uuid.nullable().default(null),
    kind: z.enum(BENEFIT_KINDS, { error: 'field.required' }),
    /** 元 as typed, ≥ 0, at most 2 decimals; kept as text until converted exactly to 分. */
    amountYuan: z
      .union([z.string(), z.number()], { error: 'benefit.amount' })
      .transform((value) => String(value).trim().replace(/,/g, ''))
      .refine((value) => /^\d{1,13}(\.\d{1,2})?$/.test(value), { error: 'benefit.amount' }),
    periodFrom: yearMonth.nullable().default(null),
    periodTo: yearMonth.nullable().default(null),
    grantedOn: pastOrTodayDate,
    /** Optional evidence file (批复, 拨付凭证), stored content-addressed beside the checklist attachments. */
    evidence: z.object({ name: requiredText(255), base64: z.string({ error: 'field.required' }) }).nullable().default(null),
    taxHoliday: taxHolidayInput.nullable().default(null),
    note: optionalText(2000),
  })
  .superRefine((value, ctx) => {
    if (value.periodFrom && value.periodTo && value.periodTo < value.periodFrom) ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'benefit.period.order' });
  });

export const applicableInput = z.object({ enterpriseId: uuid, projectId: uuid.optional() });

export const noInput = z.object({}).default({});
