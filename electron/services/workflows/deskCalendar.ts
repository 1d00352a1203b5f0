import type { Db } from '../../../db/client';
import { CHINESE_HOLIDAYS } from '../../../db/reference/holidays';
import { DEFAULT_WARN_DAYS, WARN_DAYS_SETTING } from '../../../db/reference/workflows';
import { readSetting } from '../../../db/repos/settingsRepo';
import { listOverrides } from '../../../db/repos/workflowsCalendarRepo';
import { createWorkingCalendar, type WorkingCalendar } from './workingCalendar';

/** The package's notices with this desk's manual overrides on top; rebuilt per call because overrides are few. */
export function loadWorkingCalendar(db: Db): WorkingCalendar {
  return createWorkingCalendar(CHINESE_HOLIDAYS, listOverrides(db));
}

export function readWarnDays(db: Db): number {
  return readSetting<number>(db, WARN_DAYS_SETTING) ?? DEFAULT_WARN_DAYS;
}
