/** Park classification used across the app (DESIGN §3). Codes are stable; labels live in i18n. */
export const PARK_KINDS = [
  'international_cooperation',
  'economic_development',
  'high_tech',
  'high_tech_candidate',
] as const;
export type ParkKind = (typeof PARK_KINDS)[number];

export const PARK_LEVELS = ['national', 'provincial', 'municipal'] as const;
export type ParkLevel = (typeof PARK_LEVELS)[number];

/** Source 004: each high-tech zone (and candidate) concentrates on at most three leading industries. */
export const HIGH_TECH_KINDS: readonly ParkKind[] = ['high_tech', 'high_tech_candidate'];
export const MAX_LEADING_INDUSTRIES_HIGH_TECH = 3;
