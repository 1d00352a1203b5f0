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

/**
 * Which parks owe each provincial form (all kinds when undefined): T1 利用外资月报 and the T2 project ledger are the
 * cooperation parks' monthly reports; T3 主要经济指标 comes from every park; T4 is the high-tech zones' annual
 * self-evaluation. The province's consolidation and the app's 本期应报 read the same rule.
 */
export const REPORTING_KINDS: Record<'T1' | 'T2' | 'T3' | 'T4', readonly ParkKind[] | undefined> = {
  T1: ['international_cooperation'],
  T2: ['international_cooperation'],
  T3: undefined,
  T4: HIGH_TECH_KINDS,
};
