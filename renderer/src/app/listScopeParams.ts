/** Filters the dashboard's links put in the address of a list: `park=<id>,<id>` and a month range `from=…&to=…`. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface MonthRange {
  from: string;
  to: string;
}

/** The park ids in `park` (one or several, comma-separated); anything that is not an id is ignored. */
export function parkIdsFromParam(value: string | undefined): string[] | undefined {
  const ids = (value ?? '').split(',').filter((id) => UUID.test(id));
  return ids.length ? ids : undefined;
}

/** `from` and `to` when both are months in order; otherwise no period. */
export function periodFromParams(params: Record<string, string>): MonthRange | undefined {
  const { from = '', to = '' } = params;
  return MONTH.test(from) && MONTH.test(to) && from <= to ? { from, to } : undefined;
}
