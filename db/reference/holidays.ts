import calendarData from 'chinese-days/dist/chinese-days.json';

/** A public holiday's (or its 调休 make-up day's) name, from the package's "English,中文,n" entries. */
export interface HolidayName {
  zh: string;
  en: string;
}

/** The State Council's holiday notices as published in chinese-days: days off and make-up workdays (调休). */
export interface HolidayCalendar {
  holidays: ReadonlyMap<string, HolidayName>;
  workdays: ReadonlyMap<string, HolidayName>;
  /** Years the notices cover; a later year's notice arrives by hand as calendar overrides. */
  years: readonly number[];
}

function parseName(entry: string): HolidayName {
  const [en = '', zh = ''] = entry.split(',');
  return { zh, en };
}

function toMap(entries: Record<string, string>): Map<string, HolidayName> {
  return new Map(Object.entries(entries).map(([date, name]) => [date, parseName(name)]));
}

function yearsOf(dates: Iterable<string>): number[] {
  const years = new Set<number>();
  for (const date of dates) years.add(Number(date.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}

export function holidayCalendarFrom(data: { holidays: Record<string, string>; workdays: Record<string, string> }): HolidayCalendar {
  const holidays = toMap(data.holidays);
  return { holidays, workdays: toMap(data.workdays), years: yearsOf(holidays.keys()) };
}

/** chinese-days 1.5.7: 2004–2026. */
export const CHINESE_HOLIDAYS: HolidayCalendar = holidayCalendarFrom(calendarData);
