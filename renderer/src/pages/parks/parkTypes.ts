import type { MethodInput, MethodOutput } from '../../../../electron/api/index';
import type { ParkSortField } from '../../../../db/repos/parkSortFields';
import type { ParkKind, ParkLevel } from '../../../../db/reference/parkKinds';

export type ParkView = MethodOutput<'parks.get'>;
export type ParkListInput = NonNullable<MethodInput<'parks.list'>>;

/** What the toolbar controls; empty values mean "no filter". */
export interface ParkFilters {
  search: string;
  kind?: ParkKind;
  level?: ParkLevel;
  cityCode?: string;
}

export interface ParkSort {
  sortBy: ParkSortField;
  sortDir: 'asc' | 'desc';
}

export interface ParkPaging {
  page: number;
  pageSize: number;
}

export const DEFAULT_SORT: ParkSort = { sortBy: 'name', sortDir: 'asc' };
export const DEFAULT_PAGING: ParkPaging = { page: 1, pageSize: 20 };

export function hasFilters(filters: ParkFilters): boolean {
  return Boolean(filters.search.trim() || filters.kind || filters.level || filters.cityCode);
}

/** Toolbar, sorter and pager state → the API's list query (filtering and sorting happen in SQL). */
export function toListInput(filters: ParkFilters, sort: ParkSort, paging: ParkPaging): ParkListInput {
  const search = filters.search.trim();
  return {
    ...(search ? { search } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.level ? { level: filters.level } : {}),
    ...(filters.cityCode ? { cityCode: filters.cityCode } : {}),
    sortBy: sort.sortBy,
    sortDir: sort.sortDir,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  };
}
