import { z } from 'zod';
import { uuid, yearMonth } from './fields';

/** Ten years of months at most: enough for any comparison, small enough that no chart query runs away. */
const MAX_MONTHS = 120;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));

/** Every chart's filter: parks (none = all live parks), a month range, and whether names are masked (projector over real data). */
export const dashboardInput = z
  .object({
    parkIds: z.array(uuid).max(50, { error: 'field.tooMany' }).default([]),
    from: yearMonth,
    to: yearMonth,
    masked: z.boolean().default(false),
  })
  .refine((v) => v.from <= v.to, { error: 'benefit.period.order', path: ['to'] })
  .refine((v) => monthIndex(v.to) - monthIndex(v.from) < MAX_MONTHS, { error: 'field.tooBig', path: ['from'] });
