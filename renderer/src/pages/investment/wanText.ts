import { formatWan } from '../../../../electron/api/contract/money';

/** Whole US dollars → 万美元 with two decimals, exact and half-up ("15,000.00"). */
export function wan(usd: number): string {
  return formatWan(usd, 2);
}

/** Whole US dollars → the shortest exact 万美元 text for an input box ("15000.5", never "15,000.5000"). */
export function wanInput(usd: number | null): string {
  if (usd === null) return '';
  return formatWan(usd, 4, false).replace(/\.?0+$/, '') || '0';
}
