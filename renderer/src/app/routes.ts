import type { UiKey } from '../i18n/zhCN';

/**
 * Every area of the app, in menu order: the 驾驶舱 first (the overview leaders look at), then the parks. The
 * investment areas (projects … matrix) sit together after the parks; the areas not built yet show a placeholder.
 */
export const ROUTES = [
  'dashboard',
  'parks',
  'projects',
  'enterprises',
  'targets',
  'matrix',
  'policies',
  'workflows',
  'checklists',
  'reports',
  'dataSafety',
] as const;
export type RouteKey = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: RouteKey = 'parks';

/** Where the user is: an area, optionally one record in it (`#/projects/<id>`), and list filters (`?country=DE`). */
export interface AppLocation {
  route: RouteKey;
  id: string | null;
  params: Record<string, string>;
}

export function routeLabelKey(route: RouteKey): UiKey {
  return `nav.${route}`;
}

function isRoute(name: string): name is RouteKey {
  return (ROUTES as readonly string[]).includes(name);
}

/** "#/projects/abc?stage=signed" → { route: 'projects', id: 'abc', params: { stage: 'signed' } }; unknown → the default page. */
export function locationFromHash(hash: string): AppLocation {
  const [pathPart = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [name = '', id] = pathPart.split('/');
  if (!isRoute(name)) return { route: DEFAULT_ROUTE, id: null, params: {} };
  return { route: name, id: id ? decodeURIComponent(id) : null, params: Object.fromEntries(new URLSearchParams(query)) };
}

/** "#/parks" → 'parks'; anything unknown (including the emptied token hash) → the default page. */
export function routeFromHash(hash: string): RouteKey {
  return locationFromHash(hash).route;
}

export function hashOf(route: RouteKey, id?: string | null, params?: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) if (value) query.set(key, value);
  const tail = query.size ? `?${query.toString()}` : '';
  return `#/${route}${id ? `/${encodeURIComponent(id)}` : ''}${tail}`;
}

/** Pages move the user with this; the shell follows `hashchange`, so back and forward work too. */
export function goTo(route: RouteKey, id?: string | null, params?: Record<string, string | undefined>): void {
  window.location.hash = hashOf(route, id, params);
}
