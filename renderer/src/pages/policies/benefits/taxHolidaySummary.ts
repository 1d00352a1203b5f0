import type { TFunction } from 'i18next';
import type { TaxHolidayYear } from '../../../../../db/reference/policies';
import { regimeLabel } from '../policyLabels';

/** "2024–2026 免征 · 2027–2028 减半": the relief years in runs, for a table cell; full-rate years are left out. */
export function taxHolidaySummary(years: readonly TaxHolidayYear[], t: TFunction): string {
  const runs: { from: number; to: number; regime: TaxHolidayYear['regime'] }[] = [];
  for (const y of years) {
    if (y.regime === 'full') continue;
    const last = runs.at(-1);
    if (last && last.regime === y.regime && last.to === y.year - 1) last.to = y.year;
    else runs.push({ from: y.year, to: y.year, regime: y.regime });
  }
  return runs.map((r) => `${r.from === r.to ? r.from : `${r.from}–${r.to}`} ${regimeLabel(r.regime, t)}`).join(' · ');
}
