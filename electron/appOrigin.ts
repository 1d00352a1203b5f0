/**
 * The renderer is served from one privileged custom origin, never file:// — so the CSP, the IPC sender check
 * and the navigation guard can all compare against a single, exact origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'parkdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs on app://parkdesk; anything unparsable counts as foreign. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
