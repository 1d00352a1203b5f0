import type { CellValue } from '../reports/reportContract';

/**
 * Exact conversion of what a workbook cell holds. The engine gives numbers as JS numbers in the form's unit
 * (万美元, 万元); they are turned into their shortest decimal text and scaled with bigints, so 1234.56 万美元 is
 * 12 345 600 dollars exactly and a cached formula value such as 12.345000000001 rounds half-up, never drifts.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: 'notNumber' | 'negative' | 'tooBig' | 'badDate' | 'yesNo' };

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Full-width digits and signs (１２．５) are common in hand-typed Chinese workbooks. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

function foldWidth(text: string): string {
  // Most cells have nothing to fold; testing first keeps a 100 000-row ledger's check fast.
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * A cell's text folded to half-width, for what is parsed or looked up (numbers, dates, 是/否, codes, country and
 * stage names) — never for a value that is stored: 蒂森克虏伯（平湖） must come back with its full-width brackets.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return foldWidth(String(value)).trim();
}

/** A text value to store (names, 投资方, 责任人, 需协调事项): exactly as typed, only surrounding whitespace trimmed. */
export function storedText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** A number's plain decimal text ("1e-7" → "0.0000001"); numbers typed as text keep their digits, grouping removed. */
export function decimalText(value: CellValue | undefined): string | null {
  if (typeof value === 'number') {
    // Beyond 1e21 toFixed answers in exponent form too; no amount on any form is that large.
    if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return null;
    const text = String(value);
    return /e/i.test(text) ? value.toFixed(20).replace(/\.?0+$/, '') : text;
  }
  if (typeof value !== 'string') return null;
  const text = cellText(value).replace(/[,\s]/g, '');
  return /^[-+]?\d+(\.\d+)?$/.test(text) ? text.replace(/^\+/, '') : null;
}

/** Decimal text → integer at `scale` decimals, half-up (away from zero for negatives). */
export function scaleHalfUp(text: string, scale: number): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace(/^-/, '').split('.');
  const kept = BigInt(whole + fraction.slice(0, scale).padEnd(scale, '0'));
  const roundUp = (fraction[scale] ?? '0') >= '5';
  const magnitude = roundUp ? kept + 1n : kept;
  return negative ? -magnitude : magnitude;
}

/** Upper bound that keeps every stored integer exact in a JS number (and far above any real amount). */
const MAX_SCALED = BigInt(Number.MAX_SAFE_INTEGER);

/** A non-negative quantity at `scale` decimals (万美元 → dollars is scale 4); null for a blank cell. */
export function nonNegativeScaled(value: CellValue | undefined, scale: number): Parsed<number | null> {
  if (isBlank(value)) return { ok: true, value: null };
  if (typeof value === 'number' && Math.abs(value) >= 1e21) return { ok: false, reason: value < 0 ? 'negative' : 'tooBig' };
  const text = decimalText(value);
  if (text === null) return { ok: false, reason: 'notNumber' };
  const scaled = scaleHalfUp(text, scale);
  if (scaled < 0n) return { ok: false, reason: 'negative' };
  if (scaled > MAX_SCALED) return { ok: false, reason: 'tooBig' };
  return { ok: true, value: Number(scaled) };
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** A calendar date: the engine gives `YYYY-MM-DD`; text typed as 2026/3/5 or 2026年3月5日 is accepted too. */
export function isoDate(value: CellValue | undefined): Parsed<string | null> {
  if (isBlank(value)) return { ok: true, value: null };
  const match = DATE_TEXT.exec(cellText(value));
  if (!match) return { ok: false, reason: 'badDate' };
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return { ok: false, reason: 'badDate' };
  return { ok: true, value: iso };
}

const YES = new Set(['是', 'Y', 'YES', 'TRUE', '√', '1']);
const NO = new Set(['否', 'N', 'NO', 'FALSE', '×', '0']);

export function yesNo(value: CellValue | undefined): Parsed<boolean | null> {
  if (typeof value === 'boolean') return { ok: true, value };
  if (isBlank(value)) return { ok: true, value: null };
  const text = cellText(value).toUpperCase();
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return { ok: false, reason: 'yesNo' };
}
