import type { MessageKey } from '../../api/contract/messages';
import { unneutralise } from '../../api/contract/neutralise';

/**
 * Turning what people type into Excel cells into the form's values. Input is an exceljs cell value from the
 * streaming reader (styles not loaded, so dates arrive as serial numbers): numbers, strings, booleans,
 * rich text, formulas with their cached result, error values.
 */

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; key: MessageKey; params?: Record<string, string> };

type Raw = unknown;

/** Header and label text as compared: NFKC (full-width → half-width), no whitespace or line breaks, no quotes. */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200b]+/g, '').replace(/["“”'‘’]/g, '').toLowerCase();
}

/** The same without a parenthetical unit: 总投资(万美元) → 总投资. */
export function withoutUnit(normalised: string): string {
  return normalised.replace(/\([^)]*\)$/, '');
}

/** A formula's cached result, rich text joined; errors kept as { error }. Undefined for a formula never calculated. */
export function cellContent(raw: Raw): unknown {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'object' || raw instanceof Date) return raw;
  const o = raw as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) return 'result' in o && o.result !== undefined ? cellContent(o.result) : undefined;
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
  if ('error' in o) return o;
  if ('text' in o && typeof o.text === 'string') return o.text;
  return null;
}

/** Visible text of a cell for matching labels. */
export function cellText(raw: Raw): string {
  const v = cellContent(raw);
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && !(v instanceof Date)) return '';
  return String(v).trim();
}

const BLANKS = new Set(['', '-', '—', '–', '/', '无']);

function shown(value: unknown): string {
  const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

/** Shared start: blanks, uncalculated formulas and error values. */
function pre(raw: Raw): { done: Parsed<never> } | { value: unknown } {
  const v = cellContent(raw);
  if (v === undefined) return { done: { ok: false, key: 'workbook.cell.formulaNoResult' } };
  if (v === null) return { done: { ok: true, value: null } };
  if (typeof v === 'object' && !(v instanceof Date) && 'error' in v) return { done: { ok: false, key: 'workbook.cell.error', params: { value: String((v as { error: unknown }).error) } } };
  if (typeof v === 'string' && BLANKS.has(v.normalize('NFKC').trim())) return { done: { ok: true, value: null } };
  return { value: v };
}

export function parseText(raw: Raw): Parsed<string> {
  const p = pre(raw);
  if ('done' in p) return p.done;
  const v = p.value;
  if (v instanceof Date) return { ok: true, value: v.toISOString().slice(0, 10) };
  if (typeof v === 'boolean') return { ok: true, value: v ? '是' : '否' };
  const text = unneutralise(String(v)).trim();
  return { ok: true, value: text === '' ? null : text };
}

/** 1,234.50 · １２３４.５ · 12.5% (in a % column) · (12.5) as negative, as accountants write it. */
export function parseNumber(raw: Raw, decimals: 0 | 2, percent = false): Parsed<number> {
  const p = pre(raw);
  if ('done' in p) return p.done;
  let v = p.value;
  if (typeof v === 'string') {
    let t = v.normalize('NFKC').replace(/[\s,]/g, '');
    if (percent) t = t.replace(/%$/, '');
    const negative = /^\((.*)\)$/.exec(t);
    if (negative) t = `-${negative[1]}`;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { ok: false, key: 'workbook.cell.notNumber', params: { value: shown(v) } };
    v = Number(t);
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) return { ok: false, key: 'workbook.cell.notNumber', params: { value: shown(v) } };
  if (decimals === 0) {
    if (!Number.isInteger(v)) return { ok: false, key: 'workbook.cell.notInteger', params: { value: shown(v) } };
    return { ok: true, value: v };
  }
  return { ok: true, value: round2(v) };
}

/** Half-up to 2 decimals on the decimal text (1.005 → 1.01), as money.ts rounds for display. */
function round2(v: number): number {
  const shifted = Number(`${Math.abs(v)}e2`);
  const r = Number.isFinite(shifted) ? Math.round(shifted) / 100 : Math.round(Math.abs(v) * 100) / 100;
  return v < 0 ? -r : r;
}

const DAY_MS = 86_400_000;

/** Excel serial → YYYY-MM-DD, in the workbook's date system (1904: Mac Excel's, day 0 = 1904-01-01). */
export function serialToIso(serial: number, date1904: boolean): string | null {
  const whole = Math.floor(serial);
  // 1900 system: day 1 = 1900-01-01, with Lotus's phantom 1900-02-29 at 60, so from 61 on the epoch is 1899-12-30.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : whole < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  if (whole < 1 || whole > 2_958_465) return null;
  return new Date(epoch + whole * DAY_MS).toISOString().slice(0, 10);
}

function validIso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Serial numbers (1900 or 1904), or text 2026-10-08, 2026/10/8, 2026.10.8, 2026年10月8日, 20261008. */
export function parseDate(raw: Raw, date1904: boolean): Parsed<string> {
  const p = pre(raw);
  if ('done' in p) return p.done;
  const v = p.value;
  const bad: Parsed<string> = { ok: false, key: 'workbook.cell.notDate', params: { value: shown(v instanceof Date ? v.toISOString() : v) } };
  if (v instanceof Date) return { ok: true, value: v.toISOString().slice(0, 10) };
  if (typeof v === 'number') {
    const iso = serialToIso(v, date1904);
    return iso ? { ok: true, value: iso } : bad;
  }
  if (typeof v !== 'string') return bad;
  const t = v.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) {
    const iso = validIso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) return { ok: true, value: iso };
  }
  // A serial number typed or pasted as text.
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    const iso = serialToIso(Number(t), date1904);
    if (iso) return { ok: true, value: iso };
  }
  return bad;
}

const YES = new Set(['是', 'y', 'yes', 'true', '√', '✓', '1']);
const NO = new Set(['否', 'n', 'no', 'false', '×', '0']);

export function parseBoolean(raw: Raw): Parsed<boolean> {
  const p = pre(raw);
  if ('done' in p) return p.done;
  const v = p.value;
  if (typeof v === 'boolean') return { ok: true, value: v };
  const t = String(v).normalize('NFKC').trim().toLowerCase();
  if (YES.has(t)) return { ok: true, value: true };
  if (NO.has(t)) return { ok: true, value: false };
  return { ok: false, key: 'workbook.cell.notBoolean', params: { value: shown(v) } };
}
