import { z } from 'zod';
import { isCountryCode } from '../../../db/reference/countries';
import { analyseCreditCode } from '../../../db/reference/creditCode';
import { isClassifiableIndustry } from '../../../db/reference/industries';
import { ENTERPRISE_TAGS } from '../../../db/reference/investment';
import { optionalText, requiredText, uuid, wanAmount } from './fields';

/** A code picked from a list: nothing picked says 必填, a code the list does not know says so. */
const pickedCode = (known: (code: string) => boolean, unknown: 'field.unknownCountry' | 'field.unknownIndustry') =>
  z.string({ error: 'field.required' }).min(1, { error: 'field.required', abort: true }).refine(known, { error: unknown });

export const countryCode = pickedCode(isCountryCode, 'field.unknownCountry');
export const industryCode = pickedCode(isClassifiableIndustry, 'field.unknownIndustry');

const contact = z.object({
  name: requiredText(40),
  role: optionalText(40),
  phone: optionalText(40),
  email: optionalText(120),
});

const enterpriseObject = z.object({
  name: requiredText(100),
  nameOriginal: optionalText(200),
  creditCode: z
    .string()
    .transform((value) => analyseCreditCode(value).normalized)
    .nullable()
    .default(null)
    .transform((value) => (value === '' ? null : value))
    // On the field itself, so it shows in the same pass as the other fields' problems (an object refinement would
    // only run once every field is valid).
    .refine((value) => value === null || analyseCreditCode(value).wellFormed, { error: 'enterprise.creditCode.format' }),
  /** Required only when the code fails the GB 32100 check: why it is kept anyway. */
  creditCodeOverride: optionalText(200),
  countryCode,
  industryCode,
  parkId: uuid.nullable().default(null),
  tags: z.array(z.enum(ENTERPRISE_TAGS)).max(ENTERPRISE_TAGS.length).default([]),
  registeredCapitalWan: wanAmount.nullable().default(null),
  contacts: z.array(contact).max(20, { error: 'field.tooMany' }).default([]),
  notes: optionalText(2000),
  /** The user saw the same-name warning and says this is a different enterprise. */
  confirmDuplicateName: z.boolean().default(false),
});

/**
 * A malformed code is an error (checked on the field); a well-formed code with a wrong check character is a warning
 * the user may override with a reason, because some codes in circulation fail the check.
 */
function checkCreditCode(values: z.infer<typeof enterpriseObject>, ctx: z.RefinementCtx): void {
  if (values.creditCode === null) return;
  const analysis = analyseCreditCode(values.creditCode);
  if (analysis.wellFormed && !analysis.checkDigitOk && values.creditCodeOverride === '') {
    ctx.addIssue({ code: 'custom', path: ['creditCode'], message: 'enterprise.creditCode.checkDigit', params: { expected: analysis.expectedCheck } });
  }
}

export const enterpriseInput = enterpriseObject.superRefine(checkCreditCode);
export const enterpriseUpdateInput = enterpriseObject
  .extend({ id: uuid, expectedUpdatedAt: z.string().optional() })
  .superRefine(checkCreditCode);
export type EnterpriseInput = z.input<typeof enterpriseInput>;

export const enterpriseListInput = z
  .object({
    search: z.string().trim().max(100).optional(),
    parkId: uuid.optional(),
    countryCode: z.string().length(2).optional(),
    tag: z.enum(ENTERPRISE_TAGS).optional(),
    sortBy: z.enum(['name', 'countryCode', 'industryCode', 'updatedAt']).optional(),
    sortDir: z.enum(['asc', 'desc']).optional(),
    limit: z.number().int().min(1).max(500).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .default({});
