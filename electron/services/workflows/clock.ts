import type { ClockLight } from '../../../db/reference/workflows';
import { earlierOf, laterOf, yearOf } from './isoDays';
import type { WorkingCalendar } from './workingCalendar';

export type PauseKind = 'correction' | 'suspension';

/**
 * A stretch when the clock stood still: 补正 (returned for correction) or 中止 (suspended). The working days in
 * (from, until] are not counted — the day it paused still ran, and the day it resumed counts no more than the day
 * of acceptance does. An open pause has no `until`.
 */
export interface Pause {
  kind: PauseKind;
  from: string;
  until: string | null;
}

export interface ClockInput {
  /** The day the clock started (acceptance, or the previous step's completion); null if it has not. */
  startOn: string | null;
  /** Working days allowed (法定时限 or 承诺时限). */
  limit: number;
  pauses: readonly Pause[];
  /** The day the clock stopped, if it did. */
  endOn?: string | null;
  /** `decided`: a decision ended it, so it was on time or late; `stopped`: withdrawn, no verdict. */
  endKind?: 'decided' | 'stopped';
  /** The day the reading is for (today). */
  asOf: string;
  /** Yellow when this many working days or fewer remain. */
  warnDays: number;
}

export interface ClockReading {
  limit: number;
  startOn: string | null;
  /**
   * The last day allowed: the limit-th counted working day after the start. Pauses push it back by the working
   * days they took; during an open pause it is where it would be if work resumed on `asOf`.
   */
  dueOn: string | null;
  endOn: string | null;
  /** Working days counted so far (pauses excluded), up to the end or `asOf`. */
  elapsed: number;
  /** limit − elapsed; negative once overdue. */
  remaining: number;
  /** Working days past the limit (0 if none). */
  overdue: number;
  /** Working days the pauses took. */
  pausedDays: number;
  /** Paused right now (an open pause and the clock has not ended). */
  paused: boolean;
  light: ClockLight | null;
  /** Some day from the start to the due date (or today) lies in a year no holiday notice covers. */
  beyondCoverage: boolean;
}

/** Severity order: a row's light is its worst clock's. */
const SEVERITY: Record<ClockLight, number> = { on_time: 0, green: 1, late: 2, yellow: 3, red: 4 };

export function worstLight(lights: readonly (ClockLight | null)[]): ClockLight | null {
  return lights.reduce<ClockLight | null>((worst, light) => (light && (!worst || SEVERITY[light] > SEVERITY[worst]) ? light : worst), null);
}

export function lightSeverity(light: ClockLight | null): number {
  return light ? SEVERITY[light] : -1;
}

/** Running clocks: red when overdue, yellow with `warnDays` or fewer working days left, green otherwise. */
export function runningLight(remaining: number, warnDays: number): ClockLight {
  if (remaining < 0) return 'red';
  return remaining <= warnDays ? 'yellow' : 'green';
}

/** The pauses an application's timeline records: 补正 until resubmitted, 中止 until resumed; an ending closes any. */
export function pausesFromEvents(events: readonly { kind: string; on: string }[]): Pause[] {
  const pauses: Pause[] = [];
  let open: Pause | null = null;
  const close = (on: string) => {
    if (open) open.until = on;
    open = null;
  };
  for (const event of events) {
    switch (event.kind) {
      case 'return_for_correction':
      case 'suspend':
        close(event.on);
        open = { kind: event.kind === 'suspend' ? 'suspension' : 'correction', from: event.on, until: null };
        pauses.push(open);
        break;
      case 'resubmit':
      case 'resume':
      case 'reject':
      case 'withdraw':
        close(event.on);
        break;
    }
  }
  return pauses;
}

function notStarted(input: ClockInput, calendar: WorkingCalendar): ClockReading {
  return {
    limit: input.limit, startOn: null, dueOn: null, endOn: null, elapsed: 0, remaining: input.limit, overdue: 0, pausedDays: 0,
    paused: false, light: null, beyondCoverage: !calendar.isCovered(input.asOf),
  };
}

function coversAll(calendar: WorkingCalendar, from: string, to: string): boolean {
  for (let year = yearOf(from); year <= yearOf(to); year += 1) if (!calendar.isCovered(`${year}-01-01`)) return false;
  return true;
}

/**
 * The limit-th working day after `startOn` that no pause covers: the non-paused stretches between pauses are
 * counted in turn until the limit is used up.
 */
function dueDate(calendar: WorkingCalendar, startOn: string, limit: number, spans: readonly (readonly [string, string])[]): string {
  if (limit === 0) return startOn;
  let cursor = startOn;
  let left = limit;
  for (const [from, until] of spans) {
    if (until <= cursor) continue;
    if (from > cursor) {
      const available = calendar.workingDaysBetween(cursor, from);
      if (available >= left) return calendar.addWorkingDays(cursor, left);
      left -= available;
    }
    cursor = until;
  }
  return calendar.addWorkingDays(cursor, left);
}

/** The reading of one clock on one day; pure, so every rule here is tested on real calendars directly. */
export function readClock(calendar: WorkingCalendar, input: ClockInput): ClockReading {
  const { startOn, limit, asOf } = input;
  if (!startOn) return notStarted(input, calendar);
  const ended = Boolean(input.endOn && input.endOn <= asOf);
  const stop = ended ? input.endOn! : asOf;
  // Paused days are (from, until]; an open pause runs to the reading day (or the end), and work resumes after it.
  // A pause that begins after the reading day (a reading of the past) has not happened yet.
  const spans = input.pauses
    .filter((p) => p.from < stop)
    .map((p) => [p.from, p.until && p.until < stop ? p.until : stop] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const pausedDays = spans.reduce((sum, [from, until]) => sum + calendar.workingDaysBetween(laterOf(from, startOn), earlierOf(until, stop)), 0);
  const elapsed = calendar.workingDaysBetween(startOn, stop) - pausedDays;
  let dueOn: string | null;
  try {
    dueOn = dueDate(calendar, startOn, limit, spans);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    dueOn = null;
  }

  const remaining = limit - elapsed;
  const openPause = input.pauses.some((p) => p.until === null && p.from <= asOf);
  let light: ClockLight | null;
  if (!ended) light = runningLight(remaining, input.warnDays);
  else light = input.endKind === 'stopped' ? null : elapsed <= limit ? 'on_time' : 'late';
  return {
    limit, startOn, dueOn, endOn: ended ? stop : null, elapsed, remaining, overdue: Math.max(0, elapsed - limit), pausedDays,
    paused: !ended && openPause, light, beyondCoverage: !coversAll(calendar, startOn, laterOf(dueOn ?? stop, stop)),
  };
}
