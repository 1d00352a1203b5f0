import dayjs, { type Dayjs } from 'dayjs';
import type { PeriodKind } from './reportTypes';

/** `2026-10` (month), `2026-Q3` (quarter), `2026` (year): the API's period of a picked date. */
export function periodOf(kind: PeriodKind, date: Dayjs): string {
  if (kind === 'year') return String(date.year());
  if (kind === 'quarter') return `${date.year()}-Q${Math.floor(date.month() / 3) + 1}`;
  return date.format('YYYY-MM');
}

/**
 * The period a form is due for on a day: the month, quarter or year that ended last, since each report goes to the
 * province early in the next one (on 3 December: November, the third quarter, 2025).
 */
export function duePeriod(kind: PeriodKind, today: Dayjs): string {
  if (kind === 'year') return periodOf(kind, today.subtract(1, 'year'));
  return periodOf(kind, today.subtract(kind === 'quarter' ? 3 : 1, 'month'));
}

/** The picker's date for a period string, or null when it does not fit the form's kind. */
export function dateOfPeriod(kind: PeriodKind, period: string | undefined): Dayjs | null {
  if (!period) return null;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (kind === 'quarter') return quarter ? dayjs(`${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`) : null;
  if (kind === 'year') return /^\d{4}$/.test(period) ? dayjs(`${period}-01-01`) : null;
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(period) ? dayjs(`${period}-01`) : null;
}

/** 2026年10月 / 2026年第3季度 / 2026年 as printed on the form's period line. */
export function periodLabel(period: string, lang: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (lang === 'en') return period;
  if (quarter) return `${quarter[1]}年第${quarter[2]}季度`;
  if (month) return `${month[1]}年${Number(month[2])}月`;
  return `${period}年`;
}
