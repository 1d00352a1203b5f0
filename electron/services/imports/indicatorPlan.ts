import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { indicatorDefinition } from '../../../db/reference/indicators';
import { indicatorValues } from '../../../db/schema';
import type { IndicatorValues, ReportCode } from '../reports/reportContract';
import { T3_ROWS, T4_ROWS } from '../reports/reportContract';
import { isBlank, nonNegativeScaled } from './cellValues';
import { SAMPLE_SIZE, type ImportPlan, type PlannedWrite } from './plannedWrite';
import type { ProblemSink } from './problemLocator';
import { problemText } from './problemText';

/**
 * T3 gives the quarter in column 本季 and T4 the year in column 本年; those are the values of the form's own period.
 * 本年累计 / 上年同期 / 增长% / 目标值 are derived or belong to other periods, so they are read but not stored, and
 * indicators the app computes from its own records (实际使用外资 from arrivals) are never overwritten by a workbook.
 */
export const VALUE_COLUMN: Partial<Record<ReportCode, string>> = { T3: 'quarter', T4: 'this_year' };
const ROWS: Partial<Record<ReportCode, readonly string[]>> = { T3: T3_ROWS, T4: T4_ROWS };

export function indicatorValueId(parkId: string, code: string, period: string): string {
  return `${parkId}/${code}/${period}`;
}

export interface IndicatorPlanInput {
  code: ReportCode;
  indicators: IndicatorValues;
  parkId: string;
  period: string;
  at: string;
  actor: string;
}

export function planIndicators(db: Db, input: IndicatorPlanInput, sink: ProblemSink): ImportPlan {
  const column = VALUE_COLUMN[input.code]!;
  const stored = new Map(
    db.select().from(indicatorValues).where(and(eq(indicatorValues.parkId, input.parkId), eq(indicatorValues.period, input.period))).all().map((v) => [v.indicatorCode, v]),
  );
  const writes: PlannedWrite[] = [];
  const plan: ImportPlan = { writes, unchanged: 0, sample: [] };
  for (const code of ROWS[input.code] ?? []) {
    const definition = indicatorDefinition(code);
    const cell = input.indicators[code]?.[column];
    if (!definition || definition.source === 'computed' || isBlank(cell)) continue;
    const parsed = nonNegativeScaled(cell, definition.decimals);
    if (!parsed.ok) {
      sink.atIndicator(code, column, parsed.reason === 'badDate' || parsed.reason === 'yesNo' ? problemText.notNumber(definition.nameZh) : problemText[parsed.reason](definition.nameZh));
      continue;
    }
    const before = stored.get(code);
    const after = {
      parkId: input.parkId, indicatorCode: code, period: input.period, scaledValue: parsed.value!, source: 'imported', importBatchId: null as string | null,
      updatedAt: input.at, updatedBy: input.actor,
    };
    const row = sink.rowOfIndicator(code);
    if (before && before.scaledValue === after.scaledValue) {
      plan.unchanged += 1;
      continue;
    }
    writes.push({ entity: 'indicator_value', action: before ? 'update' : 'create', entityId: indicatorValueId(input.parkId, code, input.period), sourceRow: row, before: before ?? null, after });
    if (plan.sample.length < SAMPLE_SIZE) plan.sample.push({ row, entity: 'indicator_value', action: before ? 'update' : 'create', label: definition.nameZh, detail: String(cell) });
  }
  return plan;
}
