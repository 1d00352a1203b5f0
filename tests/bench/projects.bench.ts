import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore, type Store } from '../../db/client';
import { withCheckCharacter } from '../../db/reference/creditCode';
import { createDispatch } from '../../electron/api/dispatch';
import { BENCH_COUNTRIES, BENCH_INDUSTRIES, BENCH_STAGES } from './benchData';
import { median, round, withBaseline, type BenchResult } from './benchResult';

const PROJECTS = 100_000;
const ENTERPRISES = 20_000;
const ARRIVALS = 1_000_000;
const PARKS = 25;
const RUNS = 15;

const WORDS = ['智能', '装备', '汽车', '零部件', '新材料', '生物', '医药', '电子', '精密', '机器人', '锂电池', '芯片', '光伏', '食品'];

/** Deterministic pseudo-random names so every run searches the same data. */
function word(i: number, salt: number): string {
  return WORDS[(i * 7 + salt * 13) % WORDS.length]!;
}

export function fill(store: Store): { parkId: string; projectId: string } {
  const at = new Date().toISOString();
  const parkIds = Array.from({ length: PARKS }, () => randomUUID());
  const enterpriseIds = Array.from({ length: ENTERPRISES }, () => randomUUID());
  const projectIds = Array.from({ length: PROJECTS }, () => randomUUID());
  const sqlite = store.sqlite;
  store.transaction(() => {
    const park = sqlite.prepare(`INSERT INTO parks (id, name, kind, level, division_code, created_at, updated_at) VALUES (?, ?, 'international_cooperation', 'provincial', '330482', ?, ?)`);
    parkIds.forEach((id, i) => park.run(id, `基准园区${i}`, at, at));
    const enterprise = sqlite.prepare(
      `INSERT INTO enterprises (id, name, name_original, credit_code, country_code, industry_code, park_id, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    enterpriseIds.forEach((id, i) =>
      enterprise.run(id, `${word(i, 1)}${word(i, 2)}科技（浙江）有限公司${i}`, `Bench Co ${i}`, withCheckCharacter(`91330482MA${String(i).padStart(7, '0')}`), BENCH_COUNTRIES[i % BENCH_COUNTRIES.length], BENCH_INDUSTRIES[i % BENCH_INDUSTRIES.length], parkIds[i % PARKS], i % 50 === 0 ? '["fortune500"]' : '[]', at, at),
    );
    const project = sqlite.prepare(
      `INSERT INTO projects (id, name, enterprise_id, park_id, type, stage, signed_on, total_investment_usd, contracted_fdi_usd, source_country, industry_code, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'new', ?, '2024-01-10', ?, ?, ?, ?, ?, ?)`,
    );
    projectIds.forEach((id, i) =>
      project.run(id, `${i % 100 === 0 ? '平湖' : ''}${word(i, 3)}${word(i, 4)}${word(i, 5)}项目${i}`, enterpriseIds[i % ENTERPRISES], parkIds[i % PARKS], BENCH_STAGES[i % BENCH_STAGES.length], (i % 200) * 1_000_000, (i % 100) * 500_000, BENCH_COUNTRIES[i % BENCH_COUNTRIES.length], BENCH_INDUSTRIES[i % BENCH_INDUSTRIES.length], at, new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()),
    );
    const arrival = sqlite.prepare(
      `INSERT INTO fdi_arrivals (id, project_id, park_id, arrived_on, period, amount_usd, original_amount, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 0; i < ARRIVALS; i += 1) {
      const p = i % PROJECTS;
      const month = String((Math.floor(i / PROJECTS) % 12) + 1).padStart(2, '0');
      const year = 2024 + (Math.floor(i / (PROJECTS * 12)) % 3);
      arrival.run(randomUUID(), projectIds[p], parkIds[p % PARKS], `${year}-${month}-15`, `${year}-${month}`, 10_000 + (i % 977), String(10_000 + (i % 977)), at);
    }
  });
  return { parkId: parkIds[3]!, projectId: projectIds[12_345]! };
}

async function timeIt(run: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function benchProjects(workDir: string): Promise<BenchResult[]> {
  const store = openStore(path.join(workDir, 'projects.sqlite'));
  const fillStart = performance.now();
  const { parkId, projectId } = fill(store);
  const fillMs = performance.now() - fillStart;
  const dispatch = createDispatch({ store, actor: 'bench', now: () => new Date(), appVersion: 'bench' });
  const call = async (method: string, input: unknown) => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  };
  const bareList = store.sqlite.prepare(
    `SELECT p.*, e.name, e.is_fortune500, k.name, (SELECT coalesce(sum(amount_usd), 0) FROM fdi_arrivals a WHERE a.project_id = p.id)
     FROM projects p JOIN enterprises e ON e.id = p.enterprise_id JOIN parks k ON k.id = p.park_id
     WHERE p.deleted_at IS NULL ORDER BY p.updated_at DESC, p.id LIMIT 100`,
  );
  const bareCount = store.sqlite.prepare('SELECT COUNT(*) FROM projects WHERE deleted_at IS NULL');
  const bareSearch = store.sqlite.prepare(
    `SELECT p.* FROM projects p WHERE p.id IN (SELECT entity_id FROM search_index WHERE entity = 'project' AND rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH '"机器人锂电"')) ORDER BY p.updated_at DESC LIMIT 100`,
  );

  const scale = `${PROJECTS / 1000}k projects, ${ARRIVALS / 1_000_000}M arrivals`;
  const results: BenchResult[] = [{ name: `fill store (${scale}, prepared inserts, one transaction)`, value: round(fillMs / 1000), unit: 's' }];
  results.push(withBaseline(`projects.list first page, newest first (${scale})`, await timeIt(() => call('projects.list', {})), 'ms', await timeIt(() => [bareList.all(), bareCount.get()])));
  results.push({ name: 'projects.list park + stage filter', value: round(await timeIt(() => call('projects.list', { parkId, stage: 'signed' }))), unit: 'ms' });
  results.push(withBaseline('projects.list search, 5-character fragment (FTS5 trigram)', await timeIt(() => call('projects.list', { search: '机器人锂电' })), 'ms', await timeIt(() => bareSearch.all())));
  results.push({ name: 'projects.list search, 2-character fragment in 1 % of names (scan)', value: round(await timeIt(() => call('projects.list', { search: '平湖' }))), unit: 'ms' });
  results.push({ name: 'projects.list search, 2-character fragment in ~50 % of names (scan, worst case)', value: round(await timeIt(() => call('projects.list', { search: '芯片' }))), unit: 'ms' });
  results.push({ name: 'projects.list ≥ USD 100 m + Fortune 500', value: round(await timeIt(() => call('projects.list', { largeOnly: true, fortune500Only: true }))), unit: 'ms' });
  results.push({ name: 'projects.list sorted by total investment', value: round(await timeIt(() => call('projects.list', { sortBy: 'totalInvestmentUsd', sortDir: 'desc' }))), unit: 'ms' });
  results.push({ name: 'enterprises.list search, 4-character fragment', value: round(await timeIt(() => call('enterprises.list', { search: '智能装备' }))), unit: 'ms' });
  results.push({ name: 'projects.get (project page, 10 arrivals)', value: round(await timeIt(() => call('projects.get', { id: projectId }))), unit: 'ms' });
  results.push({ name: 'arrivals.byMonth for one park and year', value: round(await timeIt(() => call('arrivals.byMonth', { parkId, year: 2024 }))), unit: 'ms' });
  store.close();
  return results;
}
