import dayjs, { type Dayjs } from 'dayjs';
import { industryCascaderPath } from './industryOptions';

export const DATE_FORMAT = 'YYYY-MM-DD';
export const MONTH_FORMAT = 'YYYY-MM';

/** The API keeps dates as 'YYYY-MM-DD' text; the DatePicker works with dayjs objects. */
export const dateField = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value, DATE_FORMAT) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format(DATE_FORMAT) : null),
};

/** Months ('YYYY-MM') for the month locks. */
export const monthField = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value, MONTH_FORMAT) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format(MONTH_FORMAT) : null),
};

/** The form keeps one GB/T 4754 code; the Cascader shows and picks section → division → group. */
export const industryField = {
  getValueProps: (code: string | undefined) => ({ value: industryCascaderPath(code) }),
  normalize: (path: string[] | undefined) => path?.at(-1),
};

/** A cleared optional select gives `undefined`; the API's "none" is `null`. */
export const nullWhenCleared = { normalize: (value: string | undefined) => value ?? null };

/** Today as the DatePicker's default for events that just happened. */
export function today(): string {
  return dayjs().format(DATE_FORMAT);
}

/** Dates after today are refused by the API (`field.futureDate`); the picker does not offer them. */
export const notInFuture = (day: Dayjs) => day.isAfter(dayjs(), 'day');
