import type { TaxHolidaySchedule, TaxHolidayYear, TaxRegime } from '../../../db/reference/policies';

/** Basis points → exact percent text: 1250 → "12.5", 2500 → "25", 0 → "0". */
export function bpToPercent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const fraction = String(bp % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/**
 * Year-by-year schedule of an N免M减半 holiday (三免两减半 = 3 exempt, 2 halved) counted from the first profitable
 * year, followed by `fullYearsAfter` years at the full rate. Rates are whole basis points, so 25 % halves exactly to
 * 12.5 % and 15 % to 7.5 %; only a rate with an odd number of basis points rounds, half up.
 */
export function taxHolidaySchedule(input: { exemptYears: number; halvedYears: number; firstProfitYear: number; standardRateBp: number; fullYearsAfter?: number }): TaxHolidaySchedule {
  const { exemptYears, halvedYears, firstProfitYear, standardRateBp } = input;
  const total = exemptYears + halvedYears + (input.fullYearsAfter ?? 1);
  const years: TaxHolidayYear[] = [];
  for (let i = 0; i < total; i += 1) {
    const regime: TaxRegime = i < exemptYears ? 'exempt' : i < exemptYears + halvedYears ? 'halved' : 'full';
    const rateBp = regime === 'exempt' ? 0 : regime === 'halved' ? Math.round(standardRateBp / 2) : standardRateBp;
    years.push({ year: firstProfitYear + i, regime, rateBp, ratePercent: bpToPercent(rateBp) });
  }
  return { exemptYears, halvedYears, firstProfitYear, standardRateBp, years };
}
