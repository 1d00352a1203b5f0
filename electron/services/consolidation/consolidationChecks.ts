import { indicatorDefinition } from '../../../db/reference/indicators';
import { formatMessage, type MessageKey } from '../../api/contract/messages';
import { T1_SOURCE_ROWS } from '../reports/buildT1';
import type { IndicatorValues } from '../reports/reportContract';
import { toHundredths } from '../reports/reportNumbers';

export const CHECK_KINDS = ['missing_park', 'sum_mismatch', 'ytd_decreased', 'wrong_period', 'duplicate_park', 'unreadable'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export interface ConsolidationCheck {
  kind: CheckKind;
  park?: string;
  fileName?: string;
  message: string;
  messageEn: string;
}

export function check(kind: CheckKind, key: MessageKey, params: Record<string, string | number>, where: { park?: string; fileName?: string } = {}): ConsolidationCheck {
  return { kind, ...where, message: formatMessage(key, params), messageEn: formatMessage(key, params, 'en') };
}

/** Park names as people type them: full-width letters, brackets and spaces folded (NFKC), spaces dropped. */
export function normaliseUnit(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

const num = (value: unknown) => (typeof value === 'number' ? value : null);

/** Within rounding (尾差): each rounded part may be off by half a hundredth, and the rounded total too. */
function addsUp(parts: number[], total: number): boolean {
  const diff = parts.reduce((sum, p) => sum + toHundredths(p), 0n) - toHundredths(total);
  return (diff < 0n ? -diff : diff) * 2n <= BigInt(parts.length + 1);
}

const COLUMN_ZH: Record<string, string> = { month: '本月', ytd: '本年累计' };

/** T1: the source groups must add up to 实际使用外资, for 本月 and 本年累计. */
export function sumChecks(code: 'T1' | 'T3', park: string, fileName: string, values: IndicatorValues): ConsolidationCheck[] {
  if (code !== 'T1') return [];
  return ['month', 'ytd'].flatMap((column) => {
    const total = num(values.utilised_fdi?.[column]);
    const parts = T1_SOURCE_ROWS.map((row) => num(values[row]?.[column]));
    if (total === null || parts.some((p) => p === null) || addsUp(parts as number[], total)) return [];
    const sum = (parts as number[]).reduce((s, p) => s + Number(toHundredths(p)), 0) / 100;
    return [check('sum_mismatch', 'consolidation.sumMismatch', { park, column: COLUMN_ZH[column]!, sum: sum.toFixed(2), total: total.toFixed(2) }, { park, fileName })];
  });
}

/**
 * 本年累计 can only grow within a year for flows (T1 counts and amounts; T3 `sum` indicators); stocks and ratios
 * (从业人员, 亩均税收) may fall and are not compared.
 */
export function ytdChecks(code: 'T1' | 'T3', park: string, fileName: string, values: IndicatorValues, previous: IndicatorValues | undefined, rowNames: Record<string, string>): ConsolidationCheck[] {
  if (!previous) return [];
  return Object.keys(values).flatMap((row) => {
    if (code === 'T3' && row !== 'utilised_fdi' && indicatorDefinition(row)?.aggregation !== 'sum') return [];
    const now = num(values[row]?.ytd);
    const before = num(previous[row]?.ytd);
    if (now === null || before === null || now >= before) return [];
    return [check('ytd_decreased', 'consolidation.ytdDecreased', { park, row: rowNames[row] ?? row, ytd: now, previous: before }, { park, fileName })];
  });
}
