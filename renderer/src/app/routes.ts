import type { UiKey } from '../i18n/zhCN';

/** Every area of the app, in menu order; only `parks` is built so far, the rest show a placeholder. */
export const ROUTES = ['parks', 'projects', 'policies', 'workflows', 'checklists', 'reports', 'dashboard'] as const;
export type RouteKey = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: RouteKey = 'parks';

export function routeLabelKey(route: RouteKey): UiKey {
  return `nav.${route}`;
}

/** "#/parks" → 'parks'; anything unknown (including the emptied token hash) → the default page. */
export function routeFromHash(hash: string): RouteKey {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as RouteKey) : DEFAULT_ROUTE;
}

export function hashOf(route: RouteKey): string {
  return `#/${route}`;
}
