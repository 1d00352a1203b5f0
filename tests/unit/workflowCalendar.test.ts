import { describe, expect, it } from 'vitest';
import { CHINESE_HOLIDAYS } from '../../db/reference/holidays';
import { addDays } from '../../electron/services/workflows/isoDays';
import { createWorkingCalendar } from '../../electron/services/workflows/workingCalendar';

const calendar = createWorkingCalendar(CHINESE_HOLIDAYS);

describe('Chinese working days from the chinese-days notices', () => {
  it('reads 2025 国庆: 10-01..10-08 off, make-up workdays Sunday 09-28 and Saturday 10-11', () => {
    for (let d = 1; d <= 8; d += 1) expect(calendar.isWorkingDay(`2025-10-0${d}`), `10-0${d}`).toBe(false);
    expect(calendar.day('2025-09-28')).toMatchObject({ working: true, kind: 'makeup_workday', source: 'package', holiday: { zh: '国庆节' } });
    expect(calendar.day('2025-10-11')).toMatchObject({ working: true, kind: 'makeup_workday' });
    expect(calendar.day('2025-10-12')).toMatchObject({ working: false, kind: 'weekend', source: 'weekly' });
  });

  it('reads 2026 春节: 02-15..02-23 off, make-up workdays Saturday 02-14 and Saturday 02-28', () => {
    expect(calendar.day('2026-02-14')).toMatchObject({ working: true, kind: 'makeup_workday', holiday: { zh: '春节' } });
    expect(calendar.day('2026-02-28')).toMatchObject({ working: true, kind: 'makeup_workday' });
    for (const date of ['2026-02-15', '2026-02-16', '2026-02-20', '2026-02-23']) expect(calendar.isWorkingDay(date), date).toBe(false);
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
  });

  it('does not count the start day: the deadline is the Nth working day after it', () => {
    expect(calendar.addWorkingDays('2026-11-23', 0)).toBe('2026-11-23');
    expect(calendar.addWorkingDays('2026-11-23', 1)).toBe('2026-11-24');
    expect(calendar.addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
    expect(calendar.workingDaysBetween('2026-11-23', '2026-11-23')).toBe(0);
    expect(calendar.workingDaysBetween('2026-11-23', '2026-11-30')).toBe(5);
  });

  it('counts across 2025 国庆 through both make-up days', () => {
    // Friday 09-26: Sun 28, Mon 29, Tue 30, (10-01..08 off), Thu 09, Fri 10, Sat 11 (make-up), Mon 13 …
    expect(calendar.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(calendar.addWorkingDays('2025-09-26', 5)).toBe('2025-10-10');
    expect(calendar.addWorkingDays('2025-09-26', 6)).toBe('2025-10-11');
    expect(calendar.addWorkingDays('2025-09-26', 10)).toBe('2025-10-16');
    expect(calendar.workingDaysBetween('2025-09-26', '2025-10-16')).toBe(10);
  });

  it('counts across 2026 春节 through both make-up Saturdays', () => {
    // Thursday 02-12: Fri 13, Sat 14 (make-up), (15..23 off), Tue 24 … Fri 27, Sat 28 (make-up), Mon 03-02.
    expect(calendar.addWorkingDays('2026-02-12', 2)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-12', 7)).toBe('2026-02-28');
    expect(calendar.addWorkingDays('2026-02-12', 8)).toBe('2026-03-02');
  });

  it('knows the years the package covers and flags 2027 until its notice is entered by hand', () => {
    expect(calendar.isCovered('2004-05-01')).toBe(true);
    expect(calendar.isCovered('2026-12-31')).toBe(true);
    expect(calendar.isCovered('2027-01-04')).toBe(false);
    expect(calendar.isCovered('2003-12-31')).toBe(false);
    const with2027 = createWorkingCalendar(CHINESE_HOLIDAYS, [{ date: '2027-01-01', kind: 'holiday', note: '2027 元旦（手工录入）' }]);
    expect(with2027.isCovered('2027-06-01')).toBe(true);
    expect(with2027.coveredYears().at(-1)).toBe(2027);
  });

  it('lets manual overrides win over the package and over the weekly rule', () => {
    const overridden = createWorkingCalendar(CHINESE_HOLIDAYS, [
      { date: '2026-10-08', kind: 'workday', note: '假设：国庆假期调整' },
      { date: '2026-10-10', kind: 'holiday', note: '假设：取消调休' },
      { date: '2027-02-06', kind: 'workday', note: '2027 春节调休（手工录入）' },
    ]);
    expect(overridden.day('2026-10-08')).toMatchObject({ working: true, kind: 'workday', source: 'override', note: '假设：国庆假期调整' });
    expect(overridden.day('2026-10-10')).toMatchObject({ working: false, kind: 'holiday', source: 'override' });
    expect(overridden.day('2027-02-06')).toMatchObject({ working: true, kind: 'makeup_workday', source: 'override' });
  });

  it('crosses the year boundary, with a 2027 元旦 entered by hand', () => {
    // Monday 2026-12-28: Tue 29, Wed 30, Thu 31, then Friday 2027-01-01.
    expect(calendar.addWorkingDays('2026-12-28', 4)).toBe('2027-01-01');
    const with2027 = createWorkingCalendar(CHINESE_HOLIDAYS, [{ date: '2027-01-01', kind: 'holiday', note: '元旦' }]);
    expect(with2027.addWorkingDays('2026-12-28', 4)).toBe('2027-01-04');
    expect(with2027.workingDaysBetween('2026-12-28', '2027-01-05')).toBe(5);
  });

  it('counts and steps exactly as walking day by day would, inside the table and across its edges', () => {
    const overridden = createWorkingCalendar(CHINESE_HOLIDAYS, [
      { date: '2027-01-01', kind: 'holiday', note: '' },
      { date: '2027-02-06', kind: 'workday', note: '' },
    ]);
    const walkBetween = (after: string, upTo: string) => {
      let n = 0;
      for (let d = addDays(after, 1); d <= upTo; d = addDays(d, 1)) if (overridden.day(d).working) n += 1;
      return n;
    };
    const walkAdd = (start: string, count: number) => {
      let d = start;
      for (let left = count; left > 0; ) {
        d = addDays(d, 1);
        if (overridden.day(d).working) left -= 1;
      }
      return d;
    };
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const starts = ['1999-12-20', '2025-09-20', '2026-02-10', '2026-12-20', '2099-12-15'];
    for (let i = 0; i < 200; i += 1) {
      const start = addDays(starts[i % starts.length]!, random(40));
      const span = random(60);
      expect(overridden.workingDaysBetween(start, addDays(start, span)), `${start} +${span}`).toBe(walkBetween(start, addDays(start, span)));
      expect(overridden.addWorkingDays(start, span), `${start} ${span} working days`).toBe(walkAdd(start, span));
    }
  });
});

