import { z } from 'zod';
import { uuid } from './fields';

export const indicatorYearInput = z.object({
  parkId: uuid,
  year: z.number().int().min(2000).max(2100),
});

/** Hand entry: each value as decimal text (or a number); empty text or null clears it back to "no data". */
export const indicatorSaveInput = z.object({
  parkId: uuid,
  values: z
    .array(
      z.object({
        code: z.string().min(1).max(40),
        period: z.string().min(4).max(7),
        value: z.union([z.string().max(30), z.number(), z.null()]),
      }),
    )
    .min(1)
    .max(200),
});
