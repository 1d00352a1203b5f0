import type { HolidayCalendar, HolidayName } from '../../../db/reference/holidays';
import type { CalendarOverrideKind } from '../../../db/reference/workflows';
import { dateOfDayNumber, dayNumber, weekday, yearOf } from './isoDays';

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

/**
 * Working days of 2000–2099 as one flag per day and a running count, so counting a span or finding the Nth working
 * day is two lookups or a binary search instead of a walk. Days outside fall back to walking day by day.
 */
const TABLE_FROM = dayNumber('2000-01-01');
const TABLE_DAYS = dayNumber('2100-01-01') - TABLE_FROM;

/** The package's flags are the same for every calendar; each calendar copies them and lays its overrides on top. */
const noticeFlags = new WeakMap<HolidayCalendar, Uint8Array>();

function flagsOf(notices: HolidayCalendar): Uint8Array {
  let flags = noticeFlags.get(notices);
  if (!flags) {
    flags = new Uint8Array(TABLE_DAYS);
    for (let i = 0; i < TABLE_DAYS; i += 1) {
      const dow = (i + TABLE_FROM + 4) % 7; // day 0 (1970-01-01) was a Thursday
      flags[i] = dow === 0 || dow === 6 ? 0 : 1;
    }
    for (const date of notices.holidays.keys()) setFlag(flags, date, 0);
    for (const date of notices.workdays.keys()) setFlag(flags, date, 1);
    noticeFlags.set(notices, flags);
  }
  return flags;
}

function setFlag(flags: Uint8Array, date: string, value: 0 | 1): void {
  const i = dayNumber(date) - TABLE_FROM;
  if (i >= 0 && i < TABLE_DAYS) flags[i] = value;
}

export function createWorkingCalendar(notices: HolidayCalendar, overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  const byDate = new Map(overrides.map((o) => [o.date, o]));
  const years = new Set([...notices.years, ...overrides.map((o) => yearOf(o.date))]);
  const flags = flagsOf(notices).slice();
  for (const o of overrides) setFlag(flags, o.date, o.kind === 'workday' ? 1 : 0);
  // counts[i] = working days among table days [0, i).
  const counts = new Int32Array(TABLE_DAYS + 1);
  for (let i = 0; i < TABLE_DAYS; i += 1) counts[i + 1] = counts[i]! + flags[i]!;
  const inTable = (day: number) => day >= TABLE_FROM && day < TABLE_FROM + TABLE_DAYS;

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

  const isWorking = (n: number) => (inTable(n) ? flags[n - TABLE_FROM] === 1 : day(dateOfDayNumber(n)).working);

  function between(after: number, upTo: number): number {
    if (upTo <= after) return 0;
    if (inTable(after) && inTable(upTo)) return counts[upTo - TABLE_FROM + 1]! - counts[after - TABLE_FROM + 1]!;
    let n = 0;
    for (let d = after + 1; d <= upTo; d += 1) if (isWorking(d)) n += 1;
    return n;
  }

  function nthAfter(start: number, count: number): number {
    if (count <= 0) return start;
    if (inTable(start)) {
      const target = counts[start - TABLE_FROM + 1]! + count;
      if (target <= counts[TABLE_DAYS]!) {
        // The first table position whose running count reaches the target is one past the Nth working day.
        let lo = start - TABLE_FROM + 1;
        let hi = TABLE_DAYS;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (counts[mid]! >= target) hi = mid;
          else lo = mid + 1;
        }
        return lo - 1 + TABLE_FROM;
      }
    }
    let d = start;
    for (let left = count, scanned = 0; left > 0; scanned += 1) {
      if (scanned > MAX_SCAN_DAYS) throw new RangeError(`no ${count} working days within twenty years of ${dateOfDayNumber(start)}`);
      d += 1;
      if (isWorking(d)) left -= 1;
    }
    return d;
  }

  return {
    day,
    isWorkingDay: (date) => isWorking(dayNumber(date)),
    isCovered: (date) => years.has(yearOf(date)),
    coveredYears: () => [...years].sort((a, b) => a - b),
    addWorkingDays: (start, count) => dateOfDayNumber(nthAfter(dayNumber(start), count)),
    workingDaysBetween: (after, upTo) => between(dayNumber(after), dayNumber(upTo)),
  };
}
