import { useEffect, useState } from 'react';
import { locationFromHash, type AppLocation } from '../app/routes';

/** The current page from `location.hash`, following the back/forward buttons; no router library needed. */
export function useHashRoute(): AppLocation {
  const [location, setLocation] = useState<AppLocation>(() => locationFromHash(window.location.hash));

  useEffect(() => {
    const follow = () => setLocation(locationFromHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  return location;
}
