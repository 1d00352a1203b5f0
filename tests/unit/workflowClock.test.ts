import { describe, expect, it } from 'vitest';
import { CHINESE_HOLIDAYS } from '../../db/reference/holidays';
import { pausesFromEvents, readClock, worstLight, type ClockInput, type Pause } from '../../electron/services/workflows/clock';
import { addDays } from '../../electron/services/workflows/isoDays';
import { createWorkingCalendar } from '../../electron/services/workflows/workingCalendar';

const calendar = createWorkingCalendar(CHINESE_HOLIDAYS);
const clock = (input: Partial<ClockInput> & Pick<ClockInput, 'startOn' | 'limit' | 'asOf'>) => readClock(calendar, { pauses: [], warnDays: 1, ...input });

describe('the working-day clock', () => {
  it('is not running before acceptance', () => {
    expect(clock({ startOn: null, limit: 5, asOf: '2026-11-23' })).toMatchObject({ dueOn: null, elapsed: 0, remaining: 5, light: null });
  });

  it('counts working days after the start and turns yellow with one left, red when overdue', () => {
    // Accepted Monday 2026-11-16, 5 working days: due Monday 11-23.
    expect(clock({ startOn: '2026-11-16', limit: 5, asOf: '2026-11-16' })).toMatchObject({ dueOn: '2026-11-23', elapsed: 0, remaining: 5, light: 'green' });
    expect(clock({ startOn: '2026-11-16', limit: 5, asOf: '2026-11-20' })).toMatchObject({ elapsed: 4, remaining: 1, light: 'yellow' });
    expect(clock({ startOn: '2026-11-16', limit: 5, asOf: '2026-11-23' })).toMatchObject({ elapsed: 5, remaining: 0, overdue: 0, light: 'yellow' });
    expect(clock({ startOn: '2026-11-16', limit: 5, asOf: '2026-11-25' })).toMatchObject({ elapsed: 7, remaining: -2, overdue: 2, light: 'red' });
    expect(clock({ startOn: '2026-11-16', limit: 5, asOf: '2026-11-20', warnDays: 0 }).light).toBe('green');
  });

  it('does not count the 2025 国庆 holiday, but counts its make-up Sunday and Saturday', () => {
    const reading = clock({ startOn: '2025-09-26', limit: 10, asOf: '2025-10-16' });
    expect(reading).toMatchObject({ dueOn: '2025-10-16', elapsed: 10, remaining: 0, light: 'yellow' });
    expect(clock({ startOn: '2025-09-26', limit: 10, asOf: '2025-10-08' }).elapsed).toBe(3);
  });

  it('keeps the 2026 春节 week out of the count', () => {
    expect(clock({ startOn: '2026-02-12', limit: 8, asOf: '2026-02-23' })).toMatchObject({ dueOn: '2026-03-02', elapsed: 2, remaining: 6 });
  });

  it('stops during 补正 over the 2026 国庆 holiday and moves the due date by the working days lost', () => {
    // Accepted Mon 09-21, limit 10; returned for correction Thu 09-24 (that day still counts), resubmitted Mon 10-12.
    const pauses = [{ kind: 'correction' as const, from: '2026-09-24', until: '2026-10-12' }];
    expect(clock({ startOn: '2026-09-21', limit: 10, asOf: '2026-09-24' }).dueOn).toBe('2026-10-12');
    const resumed = clock({ startOn: '2026-09-21', limit: 10, asOf: '2026-10-12', pauses });
    // Lost: 09-28, 09-29, 09-30, 10-08, 10-09, 10-10 (make-up Saturday), 10-12 = 7 working days.
    expect(resumed).toMatchObject({ elapsed: 3, pausedDays: 7, dueOn: '2026-10-21', paused: false, light: 'green' });
    expect(calendar.workingDaysBetween('2026-10-12', '2026-10-21')).toBe(7);
    expect(clock({ startOn: '2026-09-21', limit: 10, asOf: '2026-10-21', pauses })).toMatchObject({ elapsed: 10, remaining: 0, light: 'yellow' });
  });

  it('freezes while paused and shows where the due date would be if work resumed today', () => {
    const pauses = [{ kind: 'suspension' as const, from: '2026-11-10', until: null }];
    const monday = clock({ startOn: '2026-11-02', limit: 10, asOf: '2026-11-16', pauses });
    const friday = clock({ startOn: '2026-11-02', limit: 10, asOf: '2026-11-20', pauses });
    expect(monday).toMatchObject({ elapsed: 6, remaining: 4, pausedDays: 4, paused: true, dueOn: '2026-11-20' });
    expect(friday).toMatchObject({ elapsed: 6, remaining: 4, pausedDays: 8, paused: true, dueOn: '2026-11-26' });
  });

  it('reads the past as it was: a pause that began after the reading day does not count yet', () => {
    const pauses = [{ kind: 'correction' as const, from: '2026-11-10', until: '2026-11-17' }];
    expect(clock({ startOn: '2026-11-02', limit: 10, asOf: '2026-11-06', pauses })).toMatchObject({ elapsed: 4, pausedDays: 0, dueOn: '2026-11-16' });
  });

  it('records on time or late once decided, and no verdict when withdrawn', () => {
    expect(clock({ startOn: '2026-11-02', limit: 5, endOn: '2026-11-09', endKind: 'decided', asOf: '2026-11-23' })).toMatchObject({ elapsed: 5, light: 'on_time', endOn: '2026-11-09' });
    expect(clock({ startOn: '2026-11-02', limit: 5, endOn: '2026-11-10', endKind: 'decided', asOf: '2026-11-23' })).toMatchObject({ elapsed: 6, overdue: 1, light: 'late' });
    expect(clock({ startOn: '2026-11-02', limit: 5, endOn: '2026-11-10', endKind: 'stopped', asOf: '2026-11-23' }).light).toBeNull();
  });

  it('crosses into 2027 and warns that the year is beyond the calendar until its notice is entered', () => {
    const plain = clock({ startOn: '2026-12-28', limit: 5, asOf: '2026-12-28' });
    expect(plain).toMatchObject({ dueOn: '2027-01-04', beyondCoverage: true });
    const with2027 = createWorkingCalendar(CHINESE_HOLIDAYS, [{ date: '2027-01-01', kind: 'holiday', note: '元旦' }]);
    expect(readClock(with2027, { startOn: '2026-12-28', limit: 5, asOf: '2026-12-28', pauses: [], warnDays: 1 })).toMatchObject({ dueOn: '2027-01-05', beyondCoverage: false });
    expect(clock({ startOn: '2026-12-01', limit: 5, asOf: '2026-12-01' }).beyondCoverage).toBe(false);
  });

  it('reads the pauses off the timeline: 补正 until resubmitted, 中止 until resumed, any pause ends with the application', () => {
    const events = [
      { kind: 'submit', on: '2026-09-01' },
      { kind: 'accept', on: '2026-09-02' },
      { kind: 'return_for_correction', on: '2026-09-10' },
      { kind: 'resubmit', on: '2026-09-15' },
      { kind: 'suspend', on: '2026-09-20' },
      { kind: 'resume', on: '2026-09-22' },
      { kind: 'return_for_correction', on: '2026-09-25' },
      { kind: 'reject', on: '2026-10-09' },
    ];
    expect(pausesFromEvents(events)).toEqual([
      { kind: 'correction', from: '2026-09-10', until: '2026-09-15' },
      { kind: 'suspension', from: '2026-09-20', until: '2026-09-22' },
      { kind: 'correction', from: '2026-09-25', until: '2026-10-09' },
    ]);
    expect(pausesFromEvents(events.slice(0, 7)).at(-1)).toEqual({ kind: 'correction', from: '2026-09-25', until: null });
  });

  it('takes the worst light of several clocks', () => {
    expect(worstLight(['green', 'yellow', null])).toBe('yellow');
    expect(worstLight(['red', 'yellow'])).toBe('red');
    expect(worstLight(['on_time', 'late'])).toBe('late');
    expect(worstLight([null, null])).toBeNull();
  });

  it('agrees with walking the calendar day by day, with any pauses', () => {
    /** The definition itself: count the working days after the start that no pause covers. */
    function walk(startOn: string, limit: number, pauses: Pause[], asOf: string) {
      const paused = (d: string) => pauses.some((p) => d > p.from && d <= (p.until ?? asOf));
      let elapsed = 0;
      let counted = 0;
      let dueOn: string | null = limit === 0 ? startOn : null;
      for (let d = addDays(startOn, 1); d <= asOf || dueOn === null; d = addDays(d, 1)) {
        if (!calendar.isWorkingDay(d)) continue;
        const stopped = d <= asOf ? paused(d) : pauses.some((p) => d > p.from && p.until !== null && d <= p.until);
        if (d <= asOf && !stopped) elapsed += 1;
        if (!stopped && dueOn === null && ++counted === limit) dueOn = d;
      }
      return { elapsed, dueOn };
    }
    let seed = 11;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 300; i += 1) {
      const startOn = addDays('2025-08-01', random(500));
      const asOf = addDays(startOn, random(90));
      const pauses: Pause[] = [];
      let cursor = startOn;
      for (let k = random(3); k > 0; k -= 1) {
        const from = addDays(cursor, random(15));
        const until = addDays(from, random(20));
        if (from > asOf) break;
        const open = until > asOf;
        pauses.push({ kind: 'correction', from, until: open ? null : until });
        if (open) break;
        cursor = until;
      }
      const limit = random(25);
      const reading = clock({ startOn, limit, asOf, pauses });
      expect({ elapsed: reading.elapsed, dueOn: reading.dueOn }, JSON.stringify({ startOn, limit, asOf, pauses })).toEqual(walk(startOn, limit, pauses, asOf));
    }
  });
});

