import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore, type Store } from '../../db/client';
import { contextOverSession } from '../../electron/api/context';
import { createDispatch } from '../../electron/api/dispatch';
import { backupStore } from '../../electron/services/backup/backupStore';
import { createStoreSession } from '../../electron/services/storeSession';
import { median, round, withBaseline, type BenchResult } from './benchResult';

const AUDIT_ROWS = 200_000;
const ACTORS = ['王芳', '李明', '张伟', '陈静', '刘洋'];
const RUNS = 9;

/** A trail as a busy desk accumulates it over years: park edits with full before/after snapshots. */
function fillAudit(store: Store): void {
  const insert = store.sqlite.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after, source) VALUES (?, ?, ?, 'park', ?, ?, ?, 'ui')`,
  );
  const start = Date.UTC(2022, 0, 1);
  store.transaction(() => {
    for (let i = 0; i < AUDIT_ROWS; i += 1) {
      const snapshot = (n: number) => JSON.stringify({ id: `p${i % 500}`, name: `园区${i % 500}-${n}`, kind: 'international_cooperation', level: 'provincial', divisionCode: '330482', partnerCountries: ['DE', 'JP'], areaMu: n, notes: '' });
      insert.run(new Date(start + i * 7 * 60_000).toISOString(), ACTORS[i % ACTORS.length], i % 10 === 0 ? 'create' : 'update', `p${i % 500}`, snapshot(i), snapshot(i + 1));
    }
  });
}

async function timeIt(run: () => unknown, runs = RUNS): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function benchDataSafety(workDir: string): Promise<BenchResult[]> {
  const store = openStore(path.join(workDir, 'safety.sqlite'));
  fillAudit(store);
  const session = createStoreSession(store, (file) => openStore(file));
  const dispatch = createDispatch(contextOverSession(session, { dataDir: workDir, actor: 'bench', now: () => new Date(), appVersion: 'bench' }));
  const call = async (method: string, input: unknown) => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  const barePage = store.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 50');
  const bareCount = store.sqlite.prepare('SELECT COUNT(*) FROM audit_log');
  const scale = `${AUDIT_ROWS / 1000}k audit rows`;
  const results: BenchResult[] = [];
  results.push(withBaseline(`audit.list first page of 50 with field diffs (${scale})`, await timeIt(() => call('audit.list', {})), 'ms', await timeIt(() => [barePage.all(), bareCount.get()])));
  results.push({ name: 'audit.list one operator, page 100', value: round(await timeIt(() => call('audit.list', { actor: '李明', page: 100 }))), unit: 'ms' });
  results.push({ name: 'audit.list one record (entity + id)', value: round(await timeIt(() => call('audit.list', { entity: 'park', entityId: 'p42' }))), unit: 'ms' });
  results.push({ name: 'audit.list one week', value: round(await timeIt(() => call('audit.list', { fromAt: '2023-03-01T00:00:00.000Z', toAt: '2023-03-08T00:00:00.000Z' }))), unit: 'ms' });
  results.push({ name: 'audit.facets (operators, record types)', value: round(await timeIt(() => call('audit.facets', {}))), unit: 'ms' });
  results.push({ name: `audit.export .xlsx of one operator (${AUDIT_ROWS / ACTORS.length / 1000}k rows, streaming)`, value: round((await timeIt(() => call('audit.export', { actor: '王芳' }), 1)) / 1000), unit: 's' });
  results.push({ name: `backupStore, online backup + integrity_check + rename (${scale})`, value: round(await timeIt(() => backupStore(store, workDir, 'manual'), 3)), unit: 'ms' });
  results.push({ name: 'backups.list (5 backups, counts; verdicts from the notes)', value: round(await timeIt(() => call('backups.list', {}), 3)), unit: 'ms' });
  store.close();
  return results;
}
