import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore, type Store } from '../../db/client';
import { INDICATORS } from '../../db/reference/indicators';
import { withCheckCharacter } from '../../db/reference/creditCode';
import { METHOD_NAMES } from '../../electron/api/contract/methodNames';
import { createDispatch } from '../../electron/api/dispatch';
import { parkClause } from '../../electron/services/dashboard/dashboardScope';
import { fdiSumsSql } from '../../electron/services/dashboard/fdiByMonth';
import { quarterOf } from '../../electron/services/indicators/periods';
import { BENCH_COUNTRIES, BENCH_INDUSTRIES, BENCH_STAGES } from './benchData';
import { median, round, withBaseline, type BenchResult } from './benchResult';

const PARKS = 25;
const MONTHS = 60;
const PROJECTS = 100_000;
const ENTERPRISES = 20_000;
/** Arrivals per project, spread over the 60 months. */
const ARRIVALS_PER_PROJECT = 5;
const RUNS = 15;

/** The 19 defined indicators and one more monthly series: 20 indicators. */
const CODES = [...INDICATORS.map((d) => ({ code: d.code as string, frequency: d.frequency as string })), { code: 'bench_monthly', frequency: 'monthly' }];

function monthAt(i: number): string {
  const year = 2022 + Math.floor(i / 12);
  return `${year}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** 25 parks × 60 months (2022-01 … 2026-12) × 20 indicators, 100 000 projects of 20 000 investors, 500 000 arrivals. */
export function fill(store: Store): string[] {
  const at = new Date().toISOString();
  const parkIds = Array.from({ length: PARKS }, () => randomUUID());
  const enterpriseIds = Array.from({ length: ENTERPRISES }, () => randomUUID());
  const sqlite = store.sqlite;
  store.transaction(() => {
    const park = sqlite.prepare(`INSERT INTO parks (id, name, kind, level, division_code, created_at, updated_at) VALUES (?, ?, 'high_tech', 'provincial', '330482', ?, ?)`);
    parkIds.forEach((id, i) => park.run(id, `基准园区${i}`, at, at));
    const enterprise = sqlite.prepare(`INSERT INTO enterprises (id, name, credit_code, country_code, industry_code, park_id, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    enterpriseIds.forEach((id, i) =>
      enterprise.run(id, `基准企业${i}`, withCheckCharacter(`91330482MA${String(i).padStart(7, '0')}`), BENCH_COUNTRIES[i % BENCH_COUNTRIES.length], BENCH_INDUSTRIES[i % BENCH_INDUSTRIES.length], parkIds[i % PARKS], i % 50 === 0 ? '["fortune500"]' : '[]', at, at),
    );
    const project = sqlite.prepare(
      `INSERT INTO projects (id, name, enterprise_id, park_id, type, stage, lead_on, signed_on, total_investment_usd, contracted_fdi_usd, source_country, industry_code, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const arrival = sqlite.prepare(`INSERT INTO fdi_arrivals (id, project_id, park_id, arrived_on, period, amount_usd, original_amount, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    for (let i = 0; i < PROJECTS; i += 1) {
      const id = randomUUID();
      const parkId = parkIds[i % PARKS]!;
      const start = i % MONTHS;
      project.run(id, `基准项目${i}`, enterpriseIds[i % ENTERPRISES], parkId, BENCH_STAGES[i % BENCH_STAGES.length], `${monthAt(start)}-05`, `${monthAt(start)}-20`, (i % 200) * 1_000_000, (i % 100) * 500_000, BENCH_COUNTRIES[i % BENCH_COUNTRIES.length], BENCH_INDUSTRIES[i % BENCH_INDUSTRIES.length], at, at);
      for (let a = 0; a < ARRIVALS_PER_PROJECT; a += 1) {
        const period = monthAt((start + a * 7) % MONTHS);
        arrival.run(randomUUID(), id, parkId, `${period}-15`, period, 10_000 + ((i + a) % 977), '1', at);
      }
    }
    const value = sqlite.prepare(
      `INSERT OR IGNORE INTO indicator_values (park_id, indicator_code, period, scaled_value, source, updated_at, updated_by) VALUES (?, ?, ?, ?, 'manual', ?, 'bench')`,
    );
    for (const parkId of parkIds) {
      for (let m = 0; m < MONTHS; m += 1) {
        const month = monthAt(m);
        for (const { code, frequency } of CODES) {
          const period = frequency === 'monthly' ? month : frequency === 'quarterly' ? quarterOf(month) : month.slice(0, 4);
          value.run(parkId, code, period, 1_000_00 + m * 37, at);
        }
      }
    }
  });
  return parkIds;
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

/** Every chart query of the dashboard, as the API lists them. */
const METHODS = METHOD_NAMES.filter((name) => name.startsWith('dashboard.'));

/** Every chart query's median time over a year of months, all parks and three parks; baseline: the bare FDI SQL. */
export async function benchDashboard(workDir: string): Promise<BenchResult[]> {
  const store = openStore(path.join(workDir, 'dashboard.sqlite'));
  try {
    const fillStart = performance.now();
    const parkIds = fill(store);
    const fillMs = performance.now() - fillStart;
    store.sqlite.pragma('optimize');
    const dispatch = createDispatch({ store, actor: 'bench', now: () => new Date('2026-12-03T02:00:00Z'), appVersion: 'bench' });
    const range = { from: '2025-12', to: '2026-11' };
    const bare = store.sqlite.prepare(fdiSumsSql(parkClause('park_id', { parkIds: [], ...range }).sql));
    const baseline = await timeIt(() => bare.all(range.from, range.to));
    const results: BenchResult[] = [{ name: 'dashboard: fill 25 parks × 60 months × 20 indicators, 100k projects, 500k arrivals', value: round(fillMs), unit: 'ms' }];
    for (const [label, parks] of [['all parks', [] as string[]], ['3 parks', parkIds.slice(0, 3)]] as const) {
      for (const method of METHODS) {
        const ms = await timeIt(async () => {
          const result = await dispatch(method, { ...range, parkIds: parks });
          if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
        });
        results.push(withBaseline(`${method} (${label}, 12 months)`, ms, 'ms', baseline));
      }
    }
    return results;
  } finally {
    store.close();
  }
}
