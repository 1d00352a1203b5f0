import { z } from 'zod';

/** Reusable field schemas whose messages are keys of the shared catalog (see messages.ts). */

export const requiredText = (max: number) =>
  z
    .string({ error: 'field.required' })
    .trim()
    .min(1, { error: 'field.required' })
    .max(max, { error: 'field.tooLong' });

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'field.tooLong' })
    .default('');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date as `YYYY-MM-DD` (no time zone drift: compared as text). */
export const isoDate = z.string({ error: 'field.date' }).refine(isRealDate, { error: 'field.date' });

/** Today on the desk's own calendar: UTC would call today "the future" before 08:00 Beijing time. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export const pastOrTodayDate = isoDate.refine((value) => value <= localToday(), {
  error: 'field.futureDate',
});

/** Non-negative quantity with at most two decimals (亩, 万美元 on input). */
export const nonNegativeTwoDecimals = (max: number) =>
  z
    .number({ error: 'field.notNumber' })
    .finite({ error: 'field.notNumber' })
    .min(0, { error: 'field.negative' })
    .max(max, { error: 'field.tooBig' })
    .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, { error: 'field.decimals' });

export const uuid = z.string().uuid({ error: 'field.invalid' });

/** Several parks at once (a list the dashboard links to with the parks it shows). */
export const parkIdList = z.array(uuid).max(50, { error: 'field.tooMany' });

/**
 * 万美元 as typed: text or a number, ≥ 0, at most 4 decimals (one dollar). Kept as text until converted exactly.
 * Left empty it says 必填, not "not an amount".
 */
export const wanAmount = z
  .union([z.string(), z.number()], { error: 'field.required' })
  .transform((value) => String(value).trim())
  .refine((value) => value !== '', { error: 'field.required', abort: true })
  .refine((value) => /^\d{1,11}(\.\d{1,4})?$/.test(value), { error: 'field.amount' });

export const yearMonth = z
  .string({ error: 'field.period' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'field.period' });

/** A range of months, first to last inclusive (the dashboard's period, carried into the lists it links to). */
export const monthRange = z
  .object({ from: yearMonth, to: yearMonth })
  .refine((v) => v.from <= v.to, { error: 'benefit.period.order', path: ['to'] });
