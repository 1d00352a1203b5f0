/**
 * Exact money arithmetic. Amounts are stored as whole US dollars (DESIGN §2) and shown as 万美元; inputs arrive
 * as decimal text so that 0.1 + 0.2 problems never reach a report.
 */

const DECIMAL = /^(\d{1,15})(?:\.(\d+))?$/;

/** "12.3456" at scale 4 → 123456n; null when not a non-negative decimal or more digits than the scale. */
export function parseDecimal(text: string, scale: number): bigint | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > scale) return null;
  return BigInt(match[1]! + fraction.padEnd(scale, '0'));
}

/** Half-up division of non-negative integers. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** 万美元 with at most 4 decimals (one dollar) → whole US dollars. */
export function wanToUsd(wan: string): number | null {
  const scaled = parseDecimal(wan, 4);
  return scaled === null ? null : Number(scaled);
}

export const RATE_SCALE = 6;

/** An amount in another currency times the month's rate (≤ 6 decimals) → whole US dollars, half-up. */
export function convertToUsd(amount: string, rateToUsd: string): number | null {
  const value = parseDecimal(amount, 2);
  const rate = parseDecimal(rateToUsd, RATE_SCALE);
  if (value === null || rate === null || rate === 0n) return null;
  return Number(divideHalfUp(value * rate, 10n ** BigInt(2 + RATE_SCALE)));
}

/** Whole US dollars → 万美元 text with `decimals` places, half-up ("12,345.68"). */
export function formatWan(usd: number, decimals = 2, grouping = true): string {
  const negative = usd < 0;
  const scaled = divideHalfUp(BigInt(Math.abs(Math.trunc(usd))) * 10n ** BigInt(decimals), 10_000n);
  const digits = scaled.toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? `.${digits.slice(-decimals)}` : '';
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${negative ? '-' : ''}${grouped}${fraction}`;
}
