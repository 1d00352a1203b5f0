import type Database from 'better-sqlite3';
import { indicatorDefinition, PERIOD_PATTERNS } from '../../../db/reference/indicators';
import { parseDecimal } from '../../api/contract/money';
import type { FieldIssue } from '../../api/contract/result';
import { AppError } from '../appError';

export interface IndicatorEntry {
  code: string;
  period: string;
  value: string | number | null;
}

export interface CheckedEntry {
  code: string;
  period: string;
  /** Scaled by 10^decimals of the definition; null removes the value ("no data"). */
  scaled: number | null;
}

/** Every entry checked against its definition (hand-entered, period pattern, decimals); all problems at once. */
export function checkEntries(entries: readonly IndicatorEntry[]): CheckedEntry[] {
  const issues: FieldIssue[] = [];
  const checked = entries.map((entry, i): CheckedEntry => {
    const definition = indicatorDefinition(entry.code);
    const at = (field: string) => `values.${i}.${field}`;
    if (!definition) {
      issues.push({ path: at('code'), key: 'indicator.unknown' });
      return { ...entry, scaled: null };
    }
    if (definition.source === 'computed') issues.push({ path: at('code'), key: 'indicator.computed' });
    if (!PERIOD_PATTERNS[definition.frequency].test(entry.period)) issues.push({ path: at('period'), key: 'indicator.period' });
    const text = entry.value === null ? '' : String(entry.value).trim();
    if (text === '') return { code: entry.code, period: entry.period, scaled: null };
    const scaled = parseDecimal(text, definition.decimals);
    if (scaled === null || scaled > BigInt(Number.MAX_SAFE_INTEGER)) {
      issues.push({ path: at('value'), key: 'indicator.value', params: { decimals: definition.decimals } });
      return { ...entry, scaled: null };
    }
    return { code: entry.code, period: entry.period, scaled: Number(scaled) };
  });
  if (issues.length > 0) throw new AppError('VALIDATION', undefined, { fields: issues });
  return checked;
}

export interface StoredValue {
  code: string;
  period: string;
  scaled: number;
  source: string;
}

export function storedValue(sqlite: Database.Database, parkId: string, code: string, period: string): StoredValue | null {
  return (
    (sqlite
      .prepare('SELECT indicator_code AS code, period, scaled_value AS scaled, source FROM indicator_values WHERE park_id = ? AND indicator_code = ? AND period = ?')
      .get(parkId, code, period) as StoredValue | undefined) ?? null
  );
}

/** Writes (or removes) one hand-entered value; the caller's transaction and audit row wrap it. */
export function writeValue(sqlite: Database.Database, parkId: string, entry: CheckedEntry, at: string, actor: string): void {
  if (entry.scaled === null) {
    sqlite.prepare('DELETE FROM indicator_values WHERE park_id = ? AND indicator_code = ? AND period = ?').run(parkId, entry.code, entry.period);
    return;
  }
  sqlite
    .prepare(
      `INSERT INTO indicator_values (park_id, indicator_code, period, scaled_value, source, import_batch_id, updated_at, updated_by)
       VALUES (?, ?, ?, ?, 'manual', NULL, ?, ?)
       ON CONFLICT (park_id, indicator_code, period) DO UPDATE SET scaled_value = excluded.scaled_value, source = 'manual',
         import_batch_id = NULL, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    )
    .run(parkId, entry.code, entry.period, entry.scaled, at, actor);
}
