/**
 * Invented main economic indicators of the demo parks (T3 quarterly, T4 annual), 2024-Q1 to 2026-Q3, shaped so the
 * ratios land near source 004's 2025 targets (亩均税收 ≈ 42 万元, R&D ≈ 8 % of GDP, high-tech share ≈ 80 %,
 * labour productivity ≈ 50 万元 per person) and vary between parks. Values in the indicator's unit.
 */
export interface DemoIndicatorValue {
  code: string;
  period: string;
  value: number;
}

const QUARTER_SHARE = [0.22, 0.25, 0.25, 0.28];
const YEARS = [2024, 2025, 2026];
/** The last quarter with figures: the demo's "today" is the end of 2026, Q4 is not reported yet. */
const LAST_QUARTER = '2026-Q3';

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Figures of the park at `index` among the demo parks; deterministic, so the seed stays idempotent. */
export function demoIndicatorValues(index: number): DemoIndicatorValue[] {
  const land = 6000 + 1500 * (index % 7);
  const values: DemoIndicatorValue[] = [];
  YEARS.forEach((year, y) => {
    const growth = (1 + (0.05 + (index % 4) * 0.01)) ** y;
    const valueAdded = land * (95 + (index % 5) * 8) * growth;
    const annual: Record<string, number> = {
      industrial_value_added: valueAdded,
      gdp: valueAdded * 1.55,
      high_tech_value_added: valueAdded * (0.72 + (index % 3) * 0.04 + y * 0.01),
      import_export_total: valueAdded * (1.8 + (index % 3) * 0.3),
      fixed_asset_investment: valueAdded * 0.75,
      tax_revenue: land * (36 + (index % 6) * 2) * growth,
      rd_spending: valueAdded * 1.55 * (0.065 + (index % 4) * 0.005),
    };
    values.push({ code: 'land_area_mu', period: String(year), value: land });
    QUARTER_SHARE.forEach((share, q) => {
      const period = `${year}-Q${q + 1}`;
      if (period > LAST_QUARTER) return;
      for (const [code, amount] of Object.entries(annual)) values.push({ code, period, value: round2(amount * share) });
      values.push({ code: 'employees', period, value: Math.round((valueAdded * 1.55) / (46 + (index % 5))) + q * 120 });
      values.push({ code: 'high_tech_enterprises', period, value: 60 + index * 7 + y * 9 + q * 2 });
    });
  });
  return values;
}
