import { convertToUsd, wanToUsd } from '../../../../../electron/api/contract/money';

/** Currencies offered first; any three-letter code the API accepts can be typed in the search box. */
export const COMMON_CURRENCIES = ['USD', 'EUR', 'JPY', 'HKD', 'GBP', 'CHF', 'SGD', 'KRW', 'AUD', 'CAD', 'SEK', 'DKK', 'NOK', 'TWD'] as const;

/**
 * What the arrival will count as, in whole US dollars, computed exactly as the server will: USD is typed in
 * 万美元; any other currency in its own units times the month's rate. Null while the input is incomplete.
 */
export function arrivalUsd(currency: string, amount: string, rateToUsd: string): number | null {
  if (!amount.trim()) return null;
  if (currency === 'USD') return wanToUsd(amount);
  if (!rateToUsd.trim()) return null;
  return convertToUsd(amount, rateToUsd);
}

/** 'YYYY-MM-DD' → 'YYYY-MM', the month a lock applies to. */
export function periodOf(date: string | null | undefined): string | null {
  return date && date.length >= 7 ? date.slice(0, 7) : null;
}

/** A currency's name in the user's language ("欧元", "Euro"), or the code when the browser does not know it. */
export function currencyName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
