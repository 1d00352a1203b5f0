import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { and, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { stageIndex, type EnterpriseTag } from '../../../db/reference/investment';
import { enterprises, projects, type EnterpriseRow, type ProjectRow } from '../../../db/schema';
import type { ListRecord } from '../reports/reportContract';
import { STAGE_NAMES_ZH } from './ledgerCodes';
import { checkLedgerRecord, type LedgerRow } from './ledgerRecord';
import { differs, SAMPLE_SIZE, type ImportPlan, type PlannedWrite, type PreviewRow } from './plannedWrite';
import type { ProblemSink } from './problemLocator';
import { problemText } from './problemText';

type View = Record<string, unknown>;

const DROP_REASON = '推进台账导入时标记为终止';
const LOOKUP_CHUNK = 500;
/** Records checked between two pauses: a 100 000-row ledger must not hold the app's event loop for seconds. */
const PAUSE_EVERY = 2000;

async function pauseAt(i: number, signal?: AbortSignal): Promise<void> {
  if (i % PAUSE_EVERY !== PAUSE_EVERY - 1) return;
  await nextTurn();
  signal?.throwIfAborted();
}

function live<T extends { deletedAt: string | null }>({ deletedAt: _deleted, ...row }: T): Omit<T, 'deletedAt'> {
  return row;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += LOOKUP_CHUNK) out.push(items.slice(i, i + LOOKUP_CHUNK));
  return out;
}

/** The store's enterprises the ledger names (by credit code; by name for rows without one) and their projects. */
function loadExisting(db: Db, rows: LedgerRow[]) {
  const codes = [...new Set(rows.flatMap((r) => (r.creditCode ? [r.creditCode] : [])))];
  const names = [...new Set(rows.filter((r) => !r.creditCode).map((r) => r.enterpriseName))];
  const byCode = new Map<string, EnterpriseRow>();
  const byName = new Map<string, EnterpriseRow>();
  for (const part of chunks(codes)) {
    for (const e of db.select().from(enterprises).where(and(inArray(enterprises.creditCode, part), isNull(enterprises.deletedAt))).all()) byCode.set(e.creditCode!, e);
  }
  for (const part of chunks(names)) {
    for (const e of db.select().from(enterprises).where(and(inArray(enterprises.name, part), isNull(enterprises.deletedAt))).all()) {
      if (!byName.has(e.name)) byName.set(e.name, e);
    }
  }
  const enterpriseIds = [...new Set([...byCode.values(), ...byName.values()].map((e) => e.id))];
  const projectsByKey = new Map<string, ProjectRow>();
  for (const part of chunks(enterpriseIds)) {
    for (const p of db.select().from(projects).where(and(inArray(projects.enterpriseId, part), isNull(projects.deletedAt))).all()) {
      projectsByKey.set(`${p.enterpriseId}\u0000${p.name}`, p);
    }
  }
  return { byCode, byName, projectsByKey };
}

function withFortune500(tags: EnterpriseTag[], flag: boolean | null): EnterpriseTag[] {
  if (flag === null) return tags;
  const others = tags.filter((t) => t !== 'fortune500');
  return flag ? ['fortune500', ...others] : others;
}

interface EnterpriseEntry {
  id: string;
  firstIndex: number;
  name: string;
}

export interface LedgerPlanInput {
  records: ListRecord[];
  parkId: string;
  at: string;
  today: string;
}

/**
 * The T2 ledger against the store: each row creates or updates its enterprise (matched on 统一社会信用代码, by
 * name when the row has none) and its project (matched by enterprise and project name). Amounts only ever
 * come in as whole dollars; stages only move forward, as in the project page.
 */
export async function planLedger(db: Db, input: LedgerPlanInput, sink: ProblemSink, signal?: AbortSignal): Promise<ImportPlan> {
  const rows: LedgerRow[] = [];
  for (let i = 0; i < input.records.length; i += 1) {
    const row = checkLedgerRecord(input.records[i]!, i, input.today, sink);
    if (row) rows.push(row);
    await pauseAt(i, signal);
  }
  const existing = loadExisting(db, rows);
  const enterpriseWrites: PlannedWrite[] = [];
  const projectWrites: PlannedWrite[] = [];
  const sample: PreviewRow[] = [];
  const seenEnterprises = new Map<string, EnterpriseEntry>();
  const seenProjects = new Map<string, number>();
  const unchangedRows: number[] = [];

  const note = (row: PreviewRow) => {
    if (sample.length < SAMPLE_SIZE) sample.push(row);
  };

  for (const [i, row] of rows.entries()) {
    await pauseAt(i, signal);
    const sourceRow = sink.rowOf(row.index);
    const key = row.creditCode ?? `name\u0000${row.enterpriseName}`;
    let entry = seenEnterprises.get(key);
    if (entry) {
      if (entry.name !== row.enterpriseName) sink.atRecord(row.index, 'enterprise_name', problemText.enterpriseNameMismatch(sink.rowOf(entry.firstIndex), entry.name));
    } else {
      const found = row.creditCode ? existing.byCode.get(row.creditCode) : existing.byName.get(row.enterpriseName);
      entry = { id: found?.id ?? randomUUID(), firstIndex: row.index, name: row.enterpriseName };
      seenEnterprises.set(key, entry);
      const patch = {
        name: row.enterpriseName,
        ...(row.investor ? { nameOriginal: row.investor } : {}),
        countryCode: row.countryCode,
        industryCode: row.industryCode,
        tags: withFortune500(found?.tags ?? [], row.fortune500),
        parkId: found?.parkId ?? input.parkId,
      };
      if (found) {
        const before = live(found);
        if (differs(before, patch)) {
          const tags = patch.tags;
          enterpriseWrites.push({ entity: 'enterprise', action: 'update', entityId: found.id, sourceRow, before, after: { ...before, ...patch, isFortune500: tags.includes('fortune500'), updatedAt: input.at } });
        }
      } else {
        enterpriseWrites.push({
          entity: 'enterprise',
          action: 'create',
          entityId: entry.id,
          sourceRow,
          before: null,
          after: {
            id: entry.id, nameOriginal: '', creditCode: row.creditCode, creditCodeOverride: null, ...patch, isFortune500: patch.tags.includes('fortune500'),
            registeredCapitalUsd: null, contacts: [], notes: '', createdAt: input.at, updatedAt: input.at,
          },
        });
      }
    }

    const projectKey = `${entry.id}\u0000${row.projectName}`;
    const firstIndex = seenProjects.get(projectKey);
    if (firstIndex !== undefined) {
      sink.atRecord(row.index, 'project_name', problemText.duplicateProject(sink.rowOf(firstIndex)));
      continue;
    }
    seenProjects.set(projectKey, row.index);
    const write = planProject(row, entry.id, existing.projectsByKey.get(projectKey), input, sourceRow, sink);
    if (write === 'problem') continue;
    if (write === null) {
      unchangedRows.push(sourceRow);
      note({ row: sourceRow, entity: 'project', action: 'unchanged', label: row.projectName, detail: row.enterpriseName });
      continue;
    }
    projectWrites.push(write);
    note({ row: sourceRow, entity: 'project', action: write.action, label: row.projectName, detail: row.enterpriseName });
  }
  return { writes: [...enterpriseWrites, ...projectWrites], unchanged: unchangedRows.length, unchangedRows, sample };
}

function planProject(row: LedgerRow, enterpriseId: string, found: ProjectRow | undefined, input: LedgerPlanInput, sourceRow: number, sink: ProblemSink): PlannedWrite | 'problem' | null {
  // A blank cell is "not reported", never "erase": dates and texts already in the store are kept.
  const patch: View = {
    name: row.projectName,
    type: row.type,
    stage: row.stage,
    sourceCountry: row.countryCode,
    industryCode: row.industryCode,
    totalInvestmentUsd: row.totalInvestmentUsd,
    contractedFdiUsd: row.contractedFdiUsd ?? found?.contractedFdiUsd ?? 0,
    signedOn: row.signedOn ?? found?.signedOn ?? null,
    underConstructionOn: row.underConstructionOn ?? found?.underConstructionOn ?? null,
    inProductionOn: row.inProductionOn ?? found?.inProductionOn ?? null,
    landMu: row.landMu ?? found?.landMu ?? null,
    owner: row.owner || found?.owner || '',
    ownerPhone: row.ownerPhone || found?.ownerPhone || '',
    issues: row.issues || found?.issues || '',
  };
  if (row.stage === 'dropped' && found?.stage !== 'dropped') patch.dropReason = DROP_REASON;
  if (!found) {
    const id = randomUUID();
    return {
      entity: 'project', action: 'create', entityId: id, sourceRow, before: null,
      after: {
        id, enterpriseId, parkId: input.parkId, dropReason: null, leadOn: null, negotiatingOn: null, registeredOn: null, droppedOn: null,
        targetId: null, ...patch, createdAt: input.at, updatedAt: input.at,
      },
    };
  }
  if (found.stage === 'dropped' && row.stage !== 'dropped') {
    sink.atRecord(row.index, 'stage', problemText.projectDropped());
    return 'problem';
  }
  if (found.stage !== 'dropped' && row.stage !== 'dropped' && stageIndex(row.stage) < stageIndex(found.stage)) {
    sink.atRecord(row.index, 'stage', problemText.stageBackwards(STAGE_NAMES_ZH[found.stage]));
    return 'problem';
  }
  const before = live(found);
  if (!differs(before, patch)) return null;
  return { entity: 'project', action: 'update', entityId: found.id, sourceRow, before, after: { ...before, ...patch, updatedAt: input.at } };
}
