import { parseDecimal } from '../../api/contract/money';

/** "12345.6" 元 → 1234560 分; null when not a non-negative amount with at most two decimals. */
export function yuanToFen(text: string): number | null {
  const fen = parseDecimal(text, 2);
  return fen === null || fen > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(fen);
}

function exact(value: bigint, scale: number, grouping: boolean): string {
  const digits = value.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(-scale).replace(/0+$/, '');
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** 分 → 元 text, exact ("12,345.6"). */
export function fenToYuan(fen: number, grouping = true): string {
  return exact(BigInt(fen), 2, grouping);
}

/** 分 → 万元 text, exact with no rounding (123456789 分 → "123.456789"). */
export function fenToWan(fen: number): string {
  return exact(BigInt(fen), 6, false);
}
