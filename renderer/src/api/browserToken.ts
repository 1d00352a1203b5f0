/**
 * Browser mode: `npm run serve` prints `http://127.0.0.1:PORT/#token=…`. The token is moved from the URL
 * into sessionStorage so it is not left in the address bar or history, yet a reload of the tab still works.
 */
export const TOKEN_STORAGE_KEY = 'parkdesk.token';
const HASH_PREFIX = '#token=';

export interface TokenEnvironment {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/** Takes a fresh token from the URL (and removes it there), else the one kept for this tab. */
export function captureToken(env: TokenEnvironment): string | null {
  const { hash } = env.location;
  if (hash.startsWith(HASH_PREFIX)) {
    const token = decodeURIComponent(hash.slice(HASH_PREFIX.length).split('&')[0] ?? '');
    if (token) env.sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
    env.history.replaceState(env.history.state, '', env.location.pathname + env.location.search);
  }
  return env.sessionStorage.getItem(TOKEN_STORAGE_KEY);
}
