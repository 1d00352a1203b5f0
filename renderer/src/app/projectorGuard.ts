import type { AppLocation } from './routes';

/**
 * What may be shown on a projector over real data: the dashboard, the lists its charts open (their names are masked
 * by the API) and the public policy library. Any other page — a project's, an enterprise's checklists, a queue —
 * would show real names one click away from a masked list.
 */
export function shownWhileMasked({ route, id, params }: AppLocation): boolean {
  switch (route) {
    case 'dashboard':
    case 'policies':
      return true;
    case 'projects':
      return id === null;
    case 'workflows':
      return id === null && params.tab === 'applications';
    case 'checklists':
      return id === null && params.tab === 'domain' && !params.enterprise;
    default:
      return false;
  }
}
