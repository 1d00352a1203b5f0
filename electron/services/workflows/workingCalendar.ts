import type { HolidayCalendar, HolidayName } from '../../../db/reference/holidays';
import type { CalendarOverrideKind } from '../../../db/reference/workflows';
import { addDays, dateOfDayNumber, dayNumber, weekday, yearOf } from './isoDays';

/** A day entered by hand from a year's State Council notice, for when the package lags; it wins over the package. */
export interface CalendarOverride {
  date: string;
  kind: CalendarOverrideKind;
  note: string;
}

/** workday and weekend by the weekly rule; holiday and makeup_workday (调休) by a notice. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

export interface CalendarDay {
  date: string;
  working: boolean;
  kind: DayKind;
  source: 'weekly' | 'package' | 'override';
  /** The holiday a notice names (春节, 国庆节), for package days. */
  holiday: HolidayName | null;
  /** What the user wrote on an override. */
  note: string;
}

export interface WorkingCalendar {
  day(date: string): CalendarDay;
  isWorkingDay(date: string): boolean;
  /** Whether a notice for the date's year is known (package or overrides): outside it, only the weekly rule applies. */
  isCovered(date: string): boolean;
  coveredYears(): number[];
  /**
   * The Nth working day after `start`, the way Chinese administrative law counts 工作日: the start day itself is
   * not counted. Zero working days is the start day.
   */
  addWorkingDays(start: string, count: number): string;
  /** Working days in (after, upTo]: after excluded, upTo included; 0 when upTo ≤ after. */
  workingDaysBetween(after: string, upTo: string): number;
}

const isWeekend = (date: string) => {
  const day = weekday(date);
  return day === 0 || day === 6;
};

/** Twenty years of days: a limit that would need more is a mistake, not a deadline. */
const MAX_SCAN_DAYS = 7305;

export function createWorkingCalendar(notices: HolidayCalendar, overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  const byDate = new Map(overrides.map((o) => [o.date, o]));
  const years = new Set([...notices.years, ...overrides.map((o) => yearOf(o.date))]);
  const workingCache = new Map<string, boolean>();

  function day(date: string): CalendarDay {
    const weekend = isWeekend(date);
    const override = byDate.get(date);
    if (override) {
      const working = override.kind === 'workday';
      const kind: DayKind = working ? (weekend ? 'makeup_workday' : 'workday') : 'holiday';
      return { date, working, kind, source: 'override', holiday: null, note: override.note };
    }
    const holiday = notices.holidays.get(date);
    if (holiday) return { date, working: false, kind: 'holiday', source: 'package', holiday, note: '' };
    const makeup = notices.workdays.get(date);
    if (makeup) return { date, working: true, kind: 'makeup_workday', source: 'package', holiday: makeup, note: '' };
    return { date, working: !weekend, kind: weekend ? 'weekend' : 'workday', source: 'weekly', holiday: null, note: '' };
  }

  function isWorkingDay(date: string): boolean {
    let working = workingCache.get(date);
    if (working === undefined) {
      working = day(date).working;
      workingCache.set(date, working);
    }
    return working;
  }

  return {
    day,
    isWorkingDay,
    isCovered: (date) => years.has(yearOf(date)),
    coveredYears: () => [...years].sort((a, b) => a - b),
    addWorkingDays(start, count) {
      let date = start;
      for (let left = count, scanned = 0; left > 0; scanned += 1) {
        if (scanned > MAX_SCAN_DAYS) throw new RangeError(`no ${count} working days within twenty years of ${start}`);
        date = addDays(date, 1);
        if (isWorkingDay(date)) left -= 1;
      }
      return date;
    },
    workingDaysBetween(after, upTo) {
      let n = 0;
      for (let d = dayNumber(after) + 1, end = dayNumber(upTo); d <= end; d += 1) if (isWorkingDay(dateOfDayNumber(d))) n += 1;
      return n;
    },
  };
}
