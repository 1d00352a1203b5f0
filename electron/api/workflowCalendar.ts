import { z } from 'zod';
import { CHINESE_HOLIDAYS } from '../../db/reference/holidays';
import { deleteOverride, getOverride, listOverrides, upsertOverride } from '../../db/repos/workflowsCalendarRepo';
import { loadWorkingCalendar } from '../services/workflows/deskCalendar';
import { addDays } from '../services/workflows/isoDays';
import { localToday } from './contract/fields';
import { calendarDateInput, calendarMonthInput, calendarOverrideInput, calendarOverrideListInput } from './contract/workflowSchemas';
import { mutation, query } from './defineMethod';
import { requireFound } from './requireFound';

const ENTITY = 'calendar_override';

/** The last year of an unbroken run of covered years: beyond it, deadlines assume the weekly rule only. */
function coveredThrough(years: readonly number[]): number | null {
  let last: number | null = null;
  for (const year of years) {
    if (last !== null && year !== last + 1) break;
    last = year;
  }
  return last;
}

export const workflowCalendarApi = {
  /** What the calendar knows: the package's years, years entered by hand, and whether today is covered. */
  'calendar.info': query(z.object({}).default({}), ({ store, now }) => {
    const calendar = loadWorkingCalendar(store.db);
    const today = localToday(now());
    const years = calendar.coveredYears();
    return {
      packageYears: { from: CHINESE_HOLIDAYS.years[0] ?? null, to: CHINESE_HOLIDAYS.years.at(-1) ?? null },
      overrideYears: [...new Set(listOverrides(store.db).map((o) => Number(o.date.slice(0, 4))))],
      coveredYears: years,
      coveredThrough: coveredThrough(years),
      today,
      todayCovered: calendar.isCovered(today),
    };
  }),

  /** Every day of a month with whether it is worked and why (weekly rule, notice, or override). */
  'calendar.month': query(calendarMonthInput, ({ store }, { month }) => {
    const calendar = loadWorkingCalendar(store.db);
    const days = [];
    for (let date = `${month}-01`; date.startsWith(month); date = addDays(date, 1)) days.push(calendar.day(date));
    return { month, covered: calendar.isCovered(`${month}-01`), days };
  }),

  'calendar.overrides': query(calendarOverrideListInput, ({ store }, { year }) => listOverrides(store.db, year)),

  /** Enters (or corrects) one day of a holiday notice by hand. */
  'calendar.setOverride': mutation(calendarOverrideInput, (ctx, values) => {
    const before = getOverride(ctx.store.db, values.date) ?? null;
    upsertOverride(ctx.store.db, { ...values, updatedAt: ctx.at, updatedBy: ctx.actor });
    const after = getOverride(ctx.store.db, values.date)!;
    ctx.audit({ action: before ? 'update' : 'create', entity: ENTITY, entityId: values.date, before, after });
    return after;
  }),

  'calendar.removeOverride': mutation(calendarDateInput, (ctx, { date }) => {
    const before = requireFound(getOverride(ctx.store.db, date), ENTITY, date);
    deleteOverride(ctx.store.db, date);
    ctx.audit({ action: 'delete', entity: ENTITY, entityId: date, before, after: null });
    return { date };
  }),
};
