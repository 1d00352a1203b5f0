import type { Db } from '../../../db/client';
import { findLiveParkByName, getLivePark } from '../../../db/repos/parksRepo';
import { PERIOD_PATTERNS } from '../../../db/reference/indicators';
import type { ImportKind } from '../../../db/schema';
import { AppError } from '../appError';
import type { ReportCode } from '../reports/reportContract';
import { planIndicators } from './indicatorPlan';
import { planLedger } from './ledgerPlan';
import type { ImportPlan } from './plannedWrite';
import { problemSink } from './problemLocator';
import { problemText } from './problemText';
import type { ParsedWorkbook, WorkbookProblem } from './workbookTypes';

/** What a park imports: its T2 ledger into projects, its T3/T4 forms into indicator values (T1 is the province's). */
const KINDS: Partial<Record<ReportCode, { kind: ImportKind; period: RegExp; example: string }>> = {
  T2: { kind: 'ledger', period: PERIOD_PATTERNS.monthly, example: '2026-10' },
  T3: { kind: 'indicators', period: PERIOD_PATTERNS.quarterly, example: '2026-Q3' },
  T4: { kind: 'indicators', period: PERIOD_PATTERNS.annual, example: '2026' },
};

export function importKindOf(code: ReportCode): ImportKind {
  const kind = KINDS[code]?.kind;
  if (!kind) throw new AppError('IMPORT_UNSUPPORTED_FORM', undefined, { reportCode: code });
  return kind;
}

export interface PlanOptions {
  parkId?: string;
  period?: string;
  at: string;
  actor: string;
  /** The desk's local date: ledger dates after it are refused. */
  today: string;
}

export interface PlanResult {
  kind: ImportKind;
  parkId: string | null;
  period: string | null;
  /** The engine's problems (unreadable cells) first, then the import's own. */
  problems: WorkbookProblem[];
  plan: ImportPlan;
}

/** Dry run and commit both come through here, so a commit checks against the store as it is at that moment. */
export async function planImport(db: Db, parsed: ParsedWorkbook, options: PlanOptions, signal?: AbortSignal): Promise<PlanResult> {
  const kind = importKindOf(parsed.code);
  const spec = KINDS[parsed.code]!;
  const sink = problemSink(parsed, 'ledger');

  let parkId: string | null = null;
  if (options.parkId) {
    if (!getLivePark(db, options.parkId)) throw new AppError('NOT_FOUND', undefined, { entity: 'park', id: options.parkId });
    parkId = options.parkId;
  } else {
    const unit = parsed.values.header.reportingUnit.trim();
    parkId = (unit && findLiveParkByName(db, unit)?.id) || null;
    if (!parkId) sink.atWorkbook(problemText.noPark(unit));
  }

  const formPeriod = parsed.values.period.trim();
  if (options.period && formPeriod && options.period !== formPeriod) sink.atWorkbook(problemText.periodMismatch(formPeriod, options.period));
  const period = options.period || formPeriod || null;
  if (!period || !spec.period.test(period)) sink.atWorkbook(problemText.badPeriod(spec.example));

  const plan =
    kind === 'ledger'
      ? await planLedger(db, { records: parsed.values.lists.ledger ?? [], parkId: parkId ?? '', at: options.at, today: options.today }, sink, signal)
      : planIndicators(db, { code: parsed.code, indicators: parsed.values.indicators, parkId: parkId ?? '', period: period ?? '', at: options.at, actor: options.actor }, sink);
  if (plan.writes.length === 0 && plan.unchanged === 0 && sink.problems.length === 0 && parsed.problems.length === 0) sink.atWorkbook(problemText.emptyForm());
  // A cell the engine could not read (a bad date) is not reported a second time as "required".
  const flagged = new Set(parsed.problems.map(cellKey));
  const problems = [...parsed.problems, ...sink.problems.filter((p) => p.row === 0 || !flagged.has(cellKey(p)))];
  // A row whose amount could not be read plans no change (a blank keeps what is stored) but is no "无变化" row.
  const problemRows = new Set(problems.filter((p) => p.row > 0).map((p) => p.row));
  const unchanged = plan.unchangedRows ? plan.unchangedRows.filter((row) => !problemRows.has(row)).length : plan.unchanged;
  return { kind, parkId, period, problems, plan: { ...plan, unchanged } };
}

function cellKey(problem: WorkbookProblem): string {
  return `${problem.sheet}\u0000${problem.row}\u0000${problem.column}`;
}
