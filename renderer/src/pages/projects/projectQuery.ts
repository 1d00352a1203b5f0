import type { MethodInput, MethodOutput } from '../../../../electron/api/index';
import type { PROJECT_SORT_FIELDS } from '../../../../electron/api/contract/projectSchemas';
import { parkIdsFromParam, periodFromParams, type MonthRange } from '../../app/listScopeParams';
import { ALL_PROJECT_STAGES, type ProjectStage, type ProjectType } from '../../../../db/reference/investment';

export type ProjectListRow = MethodOutput<'projects.list'>['rows'][number];
export type ProjectListInput = NonNullable<MethodInput<'projects.list'>>;
export type ProjectSortField = (typeof PROJECT_SORT_FIELDS)[number];

/** What the toolbar controls; empty values mean "no filter". */
export interface ProjectFilters {
  search: string;
  /** One or several parks; never an empty list (so an unfiltered list has no value here). */
  parkIds?: string[];
  /** In the pipeline during these months (the dashboard's period); set only by a link, removed from its tag. */
  period?: MonthRange;
  stage?: ProjectStage;
  type?: ProjectType;
  sourceCountry?: string;
  /** A GB/T 4754 code as picked; a section letter alone cannot be filtered on and is ignored. */
  industryCode?: string;
  largeOnly: boolean;
  fortune500Only: boolean;
  /** Without dropped projects; set only by a link (the Fortune 500 chart counts projects still in play). */
  openOnly?: boolean;
}

export interface ProjectSort {
  sortBy: ProjectSortField;
  sortDir: 'asc' | 'desc';
}

export const EMPTY_FILTERS: ProjectFilters = { search: '', largeOnly: false, fortune500Only: false };
export const DEFAULT_SORT: ProjectSort = { sortBy: 'updatedAt', sortDir: 'desc' };

/** Filters named in the address (links from the dashboard); unknown values are ignored. */
export function filtersFromParams(params: Record<string, string>): ProjectFilters {
  const stage = (ALL_PROJECT_STAGES as readonly string[]).includes(params.stage ?? '') ? (params.stage as ProjectStage) : undefined;
  return {
    ...EMPTY_FILTERS,
    ...(parkIdsFromParam(params.park) ? { parkIds: parkIdsFromParam(params.park) } : {}),
    ...(periodFromParams(params) ? { period: periodFromParams(params) } : {}),
    ...(stage ? { stage } : {}),
    ...(/^[A-Z]{2}$/.test(params.country ?? '') ? { sourceCountry: params.country } : {}),
    ...(/^\d{2,4}$/.test(params.industry ?? '') ? { industryCode: params.industry } : {}),
    fortune500Only: params.fortune500 === '1',
    ...(params.open === '1' ? { openOnly: true } : {}),
  };
}

/** Rows per request: big enough that scrolling rarely waits, far below the API's limit of 500. */
export const PAGE_SIZE = 200;

export function hasFilters(filters: ProjectFilters): boolean {
  const { search, largeOnly, fortune500Only, ...rest } = filters;
  return Boolean(search.trim() || largeOnly || fortune500Only || Object.values(rest).some(Boolean));
}

/** Toolbar and sorter → the API's list query without the window (limit/offset are added per page). */
export function toProjectQuery(filters: ProjectFilters, sort: ProjectSort): ProjectListInput {
  const search = filters.search.trim();
  const industry = filters.industryCode && /^\d{2,4}$/.test(filters.industryCode) ? filters.industryCode : undefined;
  return {
    ...(search ? { search } : {}),
    ...(filters.parkIds?.length ? { parkIds: filters.parkIds } : {}),
    ...(filters.period ? { period: filters.period } : {}),
    ...(filters.stage ? { stage: filters.stage } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.sourceCountry ? { sourceCountry: filters.sourceCountry } : {}),
    ...(industry ? { industryCode: industry } : {}),
    ...(filters.largeOnly ? { largeOnly: true } : {}),
    ...(filters.fortune500Only ? { fortune500Only: true } : {}),
    ...(filters.openOnly ? { openOnly: true } : {}),
    sortBy: sort.sortBy,
    sortDir: sort.sortDir,
  };
}

/** The next window after `loaded` rows, or null when everything is loaded. */
export function nextWindow(loaded: number, total: number): { limit: number; offset: number } | null {
  return loaded < total ? { limit: PAGE_SIZE, offset: loaded } : null;
}
