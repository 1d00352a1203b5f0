import { formatWan } from '../../api/contract/money';

/**
 * Exact figures for the forms: sums are made in integers (US dollars, or values scaled by 10^decimals), and only
 * the result is turned into the printed number with half-up rounding, so 0.005 万美元 prints as 0.01.
 */

/** Whole US dollars → 万美元 with 2 decimals, half-up (12_345 → 1.23, 50 → 0.01). */
export function usdToWan(usd: number): number {
  return Number(formatWan(usd, 2, false));
}

/** A printed number with at most 2 decimals → hundredths, exactly. */
export function toHundredths(value: number): bigint {
  return BigInt(Math.round(value * 100));
}

/** Half away from zero, as statistics rounds a negative growth rate. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (d * 2n);
  return negative ? -q : q;
}

const fromHundredths = (value: bigint) => Number(value) / 100;

/**
 * 同比增长% = (本期 − 基期) / 基期 × 100, with 2 decimals, from the printed figures (so a reader can check it from
 * the form). Blank (null) when either figure is missing or the base is zero.
 */
export function growthPercent(current: number | null, base: number | null): number | null {
  if (current === null || base === null) return null;
  const b = toHundredths(base);
  if (b === 0n) return null;
  return fromHundredths(divideRounded((toHundredths(current) - b) * 10_000n, b));
}

/**
 * numerator / denominator × factor, 2 decimals, from values scaled by 10^decimals (亩均税收 = 税收 ÷ 用地;
 * R&D 强度 = R&D ÷ GDP × 100). Null when a part is missing or the denominator is zero.
 */
export function ratioOf(
  numerator: { scaled: number; decimals: number } | null,
  denominator: { scaled: number; decimals: number } | null,
  factor = 1,
): number | null {
  if (!numerator || !denominator || denominator.scaled === 0) return null;
  const top = BigInt(numerator.scaled) * 10n ** BigInt(denominator.decimals) * BigInt(factor) * 100n;
  const bottom = BigInt(denominator.scaled) * 10n ** BigInt(numerator.decimals);
  return fromHundredths(divideRounded(top, bottom));
}

/** A scaled integer (value × 10^decimals) → the printed number. */
export function fromScaled(scaled: number, decimals: number): number {
  return decimals === 0 ? scaled : Number(scaled) / 10 ** decimals;
}
