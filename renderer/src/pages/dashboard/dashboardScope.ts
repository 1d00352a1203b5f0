import type { MethodInput } from '../../../../electron/api/index';
import { goTo } from '../../app/routes';

export type DashboardInput = MethodInput<'dashboard.fdiByMonth'>;

export interface DashboardFilters {
  parkIds: string[];
  from: string;
  to: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The last twelve complete months: this month's figures are still coming in. */
export function defaultRange(today = new Date()): { from: string; to: string } {
  return { from: monthOf(new Date(today.getFullYear(), today.getMonth() - 12, 1)), to: monthOf(new Date(today.getFullYear(), today.getMonth() - 1, 1)) };
}

/** The filters live in the address (`#/dashboard?parks=a,b&from=2025-12&to=2026-11`), so back after a click-through keeps them. */
export function filtersFromParams(params: Record<string, string>): DashboardFilters {
  const range = defaultRange();
  const from = MONTH.test(params.from ?? '') ? params.from! : range.from;
  const to = MONTH.test(params.to ?? '') ? params.to! : range.to;
  return { parkIds: (params.parks ?? '').split(',').filter(Boolean), ...(from <= to ? { from, to } : range) };
}

export function goToFilters(filters: DashboardFilters, tab?: string): void {
  goTo('dashboard', null, { tab, parks: filters.parkIds.join(','), from: filters.from, to: filters.to });
}

/** Where a bar or slice leads, as the API said. */
export function openRecords(link: { route: 'projects' | 'workflows' | 'checklists'; params: Record<string, string> }): void {
  goTo(link.route, null, link.params);
}

/** Whole US dollars → 万美元 as a chart value (display only; exact sums are the API's). */
export function wanValue(usd: number): number {
  return Math.round(usd / 100) / 100;
}
