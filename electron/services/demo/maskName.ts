/**
 * Hides a person's or an enterprise's name on a projector over real data: the first and last character stay so
 * the presenter can still tell rows apart (蒂森克虏伯 → 蒂**伯, 王芳 → 王*). Always two stars, so the length is hidden too.
 * Works on characters, not UTF-16 units.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}**${chars[chars.length - 1]}`;
}

/**
 * A list row with the named text fields masked: what a dashboard link opens on a projector must not show the names
 * the dashboard itself hid. Empty and missing values stay as they are.
 */
export function maskFields<T extends object>(row: T, keys: readonly (keyof T)[]): T {
  const masked = { ...row };
  for (const key of keys) {
    const value = masked[key];
    if (typeof value === 'string' && value !== '') masked[key] = maskName(value) as T[keyof T];
  }
  return masked;
}
