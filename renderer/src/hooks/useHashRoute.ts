import { useCallback, useEffect, useState } from 'react';
import { hashOf, routeFromHash, type RouteKey } from '../app/routes';

/** The current page from `location.hash`, following the back/forward buttons; no router library needed. */
export function useHashRoute(): [RouteKey, (route: RouteKey) => void] {
  const [route, setRoute] = useState<RouteKey>(() => routeFromHash(window.location.hash));

  useEffect(() => {
    const follow = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const navigate = useCallback((next: RouteKey) => {
    window.location.hash = hashOf(next);
  }, []);

  return [route, navigate];
}
