import { spawn } from 'node:child_process';
import path from 'node:path';
import { openStore, type Store } from '../../db/client';
import { commitImport } from '../../electron/services/imports/commitImport';
import { dryRunImport } from '../../electron/services/imports/dryRun';
import { fixtureHost } from '../helpers/importHostFixture';
import { ledgerRecord, parsedLedger } from '../helpers/ledgerFixtures';

const PARK_NAME = '中德（嘉兴）产业合作园';
/**
 * The children stamp their before-import backups with the real time; a fixed clock here would make the parent's
 * backup the oldest of its kind, and rotation (keep 5) would remove it the moment it is written.
 */
const realClock = () => new Date();

export interface CrashSetup {
  dataDir: string;
  storeFile: string;
  /** Committed before any kill: every one of these must survive every kill. */
  earlierBatchId: string;
  /** Prepared (dry run) and committed in the child that gets killed. */
  victimBatchId: string;
}

function withStore<T>(storeFile: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(storeFile);
  return work(store).finally(() => store.close());
}

/** A store holding one committed ledger import of `rows` rows, and a second one of `rows` rows dry-run and ready to commit. */
export async function prepareCrashStore(dataDir: string, rows: number, victimRows = rows): Promise<CrashSetup> {
  const storeFile = path.join(dataDir, 'parkdesk.sqlite');
  return withStore(storeFile, async (store) => {
    store.sqlite
      .prepare(
        `INSERT INTO parks (id, name, kind, level, partner_countries, division_code, leading_industries, created_at, updated_at)
         VALUES ('00000000-0000-4000-8000-000000000001', ?, 'international_cooperation', 'provincial', '["DE"]', '330402', '[]', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
      )
      .run(PARK_NAME);
    const { host, upload } = fixtureHost(store, dataDir, realClock);
    const records = (offset: number, length = rows) => Array.from({ length }, (_, i) => ledgerRecord(offset + i + 1));
    const earlier = await dryRunImport(host, { fileName: '九月台账.xlsx', base64: upload(parsedLedger(records(0), PARK_NAME, '2026-09')) });
    await commitImport(host, { batchId: earlier.batchId });
    const victim = await dryRunImport(host, { fileName: '十月台账.xlsx', base64: upload(parsedLedger(records(rows, victimRows), PARK_NAME)) });
    if (victim.problemCount > 0) throw new Error(`fixture has problems: ${JSON.stringify(victim.problems.slice(0, 3))}`);
    return { dataDir, storeFile, earlierBatchId: earlier.batchId, victimBatchId: victim.batchId };
  });
}

export interface KillOutcome {
  killedAtChunk: number;
  signal: NodeJS.Signals | null;
  sawCommitted: boolean;
}

/** Runs the child commit and SIGKILLs it after a random chunk (and a random few milliseconds) inside the transaction. */
export function commitAndKill(setup: CrashSetup, chunks: number): Promise<KillOutcome> {
  const killAt = 1 + Math.floor(Math.random() * Math.max(1, chunks - 1));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'importCrashChild.ts'), setup.dataDir, setup.victimBatchId], {
    cwd: path.join(__dirname, '..', '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stderr = '';
  let killed = false;
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  child.stdout.on('data', (data: Buffer) => {
    output += data.toString();
    if (!killed && output.includes(`chunk ${killAt}\n`)) {
      killed = true;
      setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 20));
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (!killed) reject(new Error(`child ended before chunk ${killAt}: ${output} ${stderr}`));
      else resolve({ killedAtChunk: killAt, signal, sawCommitted: output.includes('committed') });
    });
  });
}

export interface StoreAfterKill {
  integrity: string;
  enterprises: number;
  projects: number;
  victimRecords: number;
  victimStatus: string;
  earlierRecordsMissing: number;
  importAuditRows: number;
}

/** Opens the store as the app would after the crash (WAL recovery included) and looks at what survived. */
export function inspectAfterKill(setup: CrashSetup): StoreAfterKill {
  const store = openStore(setup.storeFile);
  try {
    const one = (sql: string, ...params: unknown[]) => Object.values(store.sqlite.prepare(sql).get(...params) as Record<string, unknown>)[0];
    return {
      integrity: String(store.sqlite.pragma('integrity_check', { simple: true })),
      enterprises: Number(one('SELECT COUNT(*) FROM enterprises')),
      projects: Number(one('SELECT COUNT(*) FROM projects')),
      victimRecords: Number(one('SELECT COUNT(*) FROM import_batch_records WHERE batch_id = ?', setup.victimBatchId)),
      victimStatus: String(one('SELECT status FROM import_batches WHERE id = ?', setup.victimBatchId)),
      earlierRecordsMissing: Number(
        one(
          `SELECT COUNT(*) FROM import_batch_records r
           WHERE r.batch_id = ? AND NOT EXISTS (SELECT 1 FROM enterprises e WHERE e.id = r.entity_id) AND NOT EXISTS (SELECT 1 FROM projects p WHERE p.id = r.entity_id)`,
          setup.earlierBatchId,
        ),
      ),
      importAuditRows: Number(one("SELECT COUNT(*) FROM audit_log WHERE source = 'import'")),
    };
  } finally {
    store.close();
  }
}

/** After the kills, the same batch still commits in full: a killed import costs a retry, nothing more. */
export async function commitAfterKills(setup: CrashSetup): Promise<void> {
  await withStore(setup.storeFile, async (store) => {
    const { host } = fixtureHost(store, setup.dataDir, realClock);
    await commitImport(host, { batchId: setup.victimBatchId });
  });
}
