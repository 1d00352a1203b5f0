/**
 * The ratios of the T4 form and their parts: a ratio is recomputed from its numerator and denominator whenever
 * both are there (the parts are what parks report and what sums across parks), and taken as entered otherwise.
 */
export const RATIO_PARTS: Record<string, { numerator: string; denominator: string; factor: number }> = {
  tax_per_mu: { numerator: 'tax_revenue', denominator: 'land_area_mu', factor: 1 },
  value_added_per_mu: { numerator: 'industrial_value_added', denominator: 'land_area_mu', factor: 1 },
  rd_intensity: { numerator: 'rd_spending', denominator: 'gdp', factor: 100 },
  high_tech_share: { numerator: 'high_tech_value_added', denominator: 'industrial_value_added', factor: 100 },
  labour_productivity: { numerator: 'gdp', denominator: 'employees', factor: 1 },
};

/** A ratio, or null when a part is missing or the base is zero: never NaN or Infinity on screen. */
export function safeRatio(numerator: number | null, denominator: number | null, factor = 1): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  const value = (numerator / denominator) * factor;
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
}

/** How far a value has come towards its target, in percent; null when either is missing or the target is 0. */
export function progressTowards(value: number | null, target: number | null | undefined): number | null {
  return safeRatio(value, target ?? null, 100);
}
