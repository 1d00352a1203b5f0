import { z } from 'zod';
import { isCountryCode } from '../../../db/reference/countries';
import {
  HIGH_TECH_KINDS,
  MAX_LEADING_INDUSTRIES_HIGH_TECH,
  PARK_KINDS,
  PARK_LEVELS,
} from '../../../db/reference/parkKinds';
import { PARK_SORT_FIELDS } from '../../../db/repos/parkSortFields';
import { isZhejiangDivision } from '../../../db/reference/zhejiangDivisions';
import { nonNegativeTwoDecimals, optionalText, pastOrTodayDate, requiredText, uuid } from './fields';

/** The park form's fields, shared by the API (authoritative) and the renderer's form (early feedback). */
export const parkFields = z.object({
  name: requiredText(60),
  nameEn: optionalText(120),
  kind: z.enum(PARK_KINDS, { error: 'park.kind.required' }),
  level: z.enum(PARK_LEVELS, { error: 'park.level.required' }),
  partnerCountries: z
    .array(z.string().refine(isCountryCode, { error: 'park.partnerCountries.unknown' }))
    .max(10, { error: 'field.tooMany' })
    .default([]),
  divisionCode: z
    .string({ error: 'park.division.unknown' })
    .refine(isZhejiangDivision, { error: 'park.division.unknown' }),
  hostParkId: uuid.nullable().default(null),
  establishedOn: pastOrTodayDate.nullable().default(null),
  areaMu: nonNegativeTwoDecimals(10_000_000).nullable().default(null),
  leadingIndustries: z
    .array(requiredText(30))
    .max(10, { error: 'field.tooMany' })
    .default([]),
  notes: optionalText(2000),
});

function checkHighTechIndustries(park: z.infer<typeof parkFields>, ctx: z.RefinementCtx): void {
  if (HIGH_TECH_KINDS.includes(park.kind) && park.leadingIndustries.length > MAX_LEADING_INDUSTRIES_HIGH_TECH) {
    ctx.addIssue({ code: 'custom', path: ['leadingIndustries'], message: 'park.leadingIndustries.highTechMax' });
  }
}

export const parkInput = parkFields.superRefine(checkHighTechIndustries);
export type ParkInput = z.input<typeof parkInput>;
export type ParkValues = z.output<typeof parkInput>;

export const parkUpdateInput = parkFields
  .extend({
    id: uuid,
    /** The version the user edited; a newer one in the store means someone else saved in between. */
    expectedUpdatedAt: z.string().optional(),
  })
  .superRefine(checkHighTechIndustries);

export const parkListInput = z
  .object({
    search: z.string().trim().max(100).optional(),
    kind: z.enum(PARK_KINDS).optional(),
    level: z.enum(PARK_LEVELS).optional(),
    cityCode: z.string().regex(/^33\d{2}00$/, { error: 'park.division.unknown' }).optional(),
    sortBy: z.enum(PARK_SORT_FIELDS).optional(),
    sortDir: z.enum(['asc', 'desc']).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .default({});

export const idInput = z.object({ id: uuid });

