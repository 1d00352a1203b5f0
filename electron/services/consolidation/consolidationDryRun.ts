import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Store } from '../../../db/client';
import { REPORTING_KINDS } from '../../../db/reference/parkKinds';
import { entriesOfBatch, insertConsolidationBatch, latestCommittedBatch, liveParksOfKinds } from '../../../db/repos/consolidationRepo';
import { AppError } from '../appError';
import { isHeading } from '../excel/templateSchema';
import { loadReportTemplate } from '../excel/templates';
import type { IndicatorValues, ReportCode, ReportValues } from '../reports/reportContract';
import { previousPeriod } from '../reports/reportPeriods';
import { check, normaliseUnit, sumChecks, ytdChecks, type ConsolidationCheck } from './consolidationChecks';

/** What consolidation needs of a read workbook (X1's ReadReport). */
export interface ReadForm {
  code: ReportCode;
  templateVersion: string;
  values: ReportValues;
  problems: { sheet: string; row: number; column: string; message: string }[];
  sha256: string;
  bytes: number;
}
export type FormReader = (file: string, opts: { expect: ReportCode }) => Promise<ReadForm>;

export interface ConsolidatedPark {
  reportingUnit: string;
  parkId: string | null;
  fileName: string;
  sha256: string;
  values: IndicatorValues;
}

type Code = 'T1' | 'T3';

/** Printed row names of the form, for messages ("实际使用外资本年累计 …"). */
export function rowNamesOf(code: ReportCode): Record<string, string> {
  const main = loadReportTemplate(code).sheets.find((s) => s.kind === 'indicators');
  if (!main || main.kind !== 'indicators') return {};
  return Object.fromEntries(main.rows.flatMap((row) => (isHeading(row) ? [] : [[row.key, row.name]])));
}

/** The park's 本年累计 as the province consolidated it for the previous period of the same year. */
function previousYtd(store: Store, code: Code, period: string): Map<string, IndicatorValues> {
  const before = previousPeriod(period);
  if (before.slice(0, 4) !== period.slice(0, 4)) return new Map();
  const batch = latestCommittedBatch(store.db, code, before);
  if (!batch) return new Map();
  return new Map(entriesOfBatch(store.db, batch.id).map((e) => [e.parkId ?? normaliseUnit(e.reportingUnit), e.values as IndicatorValues]));
}

async function readOne(reader: FormReader, dir: string, index: number, file: { fileName: string; base64: string }, code: Code): Promise<ReadForm | ConsolidationCheck> {
  const target = path.join(dir, `${index}.xlsx`);
  fs.writeFileSync(target, Buffer.from(file.base64, 'base64'));
  try {
    const read = await reader(target, { expect: code });
    if (read.code !== code) return check('unreadable', 'consolidation.wrongForm', { file: file.fileName, code, found: read.code }, { fileName: file.fileName });
    if (read.problems.length > 0) {
      const reason = read.problems.slice(0, 3).map((p) => `${p.sheet}!${p.column}${p.row} ${p.message}`).join('；');
      return check('unreadable', 'consolidation.unreadable', { file: file.fileName, reason }, { fileName: file.fileName });
    }
    return read;
  } catch (error) {
    const reason = error instanceof AppError ? error.message : (error as Error).message;
    return check('unreadable', 'consolidation.unreadable', { file: file.fileName, reason }, { fileName: file.fileName });
  }
}

/**
 * Reads every park's workbook of one form and period and cross-checks them: files that cannot be read or belong to
 * another period or form are left out, a park sending twice counts once (its first file), breakdowns must add up,
 * 本年累计 must not fall below last period's, and every expected park must be there. The readable files are kept
 * as a dry-run batch, committed by `commitConsolidation`.
 */
export async function dryRunConsolidation(
  store: Store,
  input: { code: Code; period: string; files: { fileName: string; base64: string }[] },
  reader: FormReader,
  actor: string,
  now: Date,
): Promise<{ batchId: string | null; parks: (ConsolidatedPark & { parkName: string | null })[]; checks: ConsolidationCheck[] }> {
  const { code, period } = input;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parkdesk-consolidation-'));
  const reads: (ReadForm | ConsolidationCheck)[] = [];
  try {
    for (const [i, file] of input.files.entries()) reads.push(await readOne(reader, dir, i, file, code));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const checks: ConsolidationCheck[] = [];
  const known = new Map(liveParksOfKinds(store.db).map((p) => [normaliseUnit(p.name), p]));
  const previous = previousYtd(store, code, period);
  const rowNames = rowNamesOf(code);
  const accepted = new Map<string, ConsolidatedPark & { parkName: string | null }>();
  reads.forEach((read, i) => {
    const fileName = input.files[i]!.fileName;
    if (!('values' in read)) return void checks.push(read);
    if (read.values.period !== period) return void checks.push(check('wrong_period', 'consolidation.wrongPeriod', { file: fileName, found: read.values.period, period }, { fileName }));
    const unit = read.values.header.reportingUnit.trim();
    const park = known.get(normaliseUnit(unit));
    const key = park?.id ?? normaliseUnit(unit);
    const first = accepted.get(key);
    if (first) return void checks.push(check('duplicate_park', 'consolidation.duplicatePark', { park: unit, file: fileName, other: first.fileName }, { park: unit, fileName }));
    checks.push(...sumChecks(code, unit, fileName, read.values.indicators), ...ytdChecks(code, unit, fileName, read.values.indicators, previous.get(key), rowNames));
    accepted.set(key, { reportingUnit: unit, parkId: park?.id ?? null, parkName: park?.name ?? null, fileName, sha256: read.sha256, values: read.values.indicators });
  });
  const present = new Set([...accepted.values()].map((p) => p.parkId));
  for (const park of liveParksOfKinds(store.db, REPORTING_KINDS[code])) {
    if (!present.has(park.id)) checks.push(check('missing_park', 'consolidation.missingPark', { park: park.name }, { park: park.name }));
  }
  const parks = [...accepted.values()].sort((a, b) => (a.parkName ?? a.reportingUnit).localeCompare(b.parkName ?? b.reportingUnit, 'zh-CN'));
  if (parks.length === 0) return { batchId: null, parks, checks };
  // An import holds its transaction open across awaits; rows written now would be undone with it if it is cancelled.
  if (store.sqlite.inTransaction) throw new AppError('IMPORT_RUNNING');
  const batchId = randomUUID();
  const at = now.toISOString();
  const files = input.files.map((f) => f.fileName);
  store.transaction(() => insertConsolidationBatch(
    store.db,
    {
      id: batchId, kind: 'consolidation', reportCode: code, templateVersion: loadReportTemplate(code).version,
      fileName: files.length === 1 ? files[0]! : `${files[0]} 等 ${files.length} 个文件`,
      fileSha256: createHash('sha256').update(parks.map((p) => p.sha256).sort().join('\n')).digest('hex'),
      fileBytes: input.files.reduce((n, f) => n + Math.floor((f.base64.length * 3) / 4), 0),
      status: 'dry_run', period, rowCount: parks.length, problemCount: checks.length, problems: checks, actor, createdAt: at,
    },
    parks.map((p) => ({ id: randomUUID(), batchId, reportCode: code, period, reportingUnit: p.reportingUnit, parkId: p.parkId, fileName: p.fileName, fileSha256: p.sha256, values: p.values })),
  ));
  return { batchId, parks, checks };
}
