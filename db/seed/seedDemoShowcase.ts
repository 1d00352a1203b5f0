import { randomUUID } from 'node:crypto';
import type { Store } from '../client';
import { withCheckCharacter } from '../reference/creditCode';
import { findDivision } from '../reference/zhejiangDivisions';
import { insertAudit } from '../repos/auditRepo';
import { findLiveEnterpriseByName, insertEnterprise } from '../repos/enterprisesRepo';
import { findLiveParkByName } from '../repos/parksRepo';
import { insertProject } from '../repos/projectsRepo';
import { SHOWCASE_INDICATORS, SHOWCASE_INVESTORS, type ShowcaseIndicatorPark, type ShowcaseInvestor } from './demoShowcase';

const DEMO_NOTE = '演示数据：企业、金额、日期与信用代码为虚构';
const FIRST_MONTH = '2025-01';
const LAST_MONTH = '2026-11';

function months(): string[] {
  const list: string[] = [];
  for (let year = 2025; year <= 2026; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      const period = `${year}-${String(month).padStart(2, '0')}`;
      if (period >= FIRST_MONTH && period <= LAST_MONTH) list.push(period);
    }
  }
  return list;
}

function seedInvestor(store: Store, demo: ShowcaseInvestor, actor: string, at: string): void {
  const park = findLiveParkByName(store.db, demo.park);
  if (!park || findLiveEnterpriseByName(store.db, demo.enterprise)) return;
  const division = findDivision(park.divisionCode)?.code ?? '330000';
  const enterprise = {
    id: randomUUID(), name: demo.enterprise, nameOriginal: demo.original, creditCode: withCheckCharacter(`91${division}${demo.orgCode}`),
    countryCode: demo.country, industryCode: demo.industry, parkId: park.id, tags: demo.tags, notes: DEMO_NOTE, createdAt: at, updatedAt: at,
  };
  insertEnterprise(store.db, enterprise);
  insertAudit(store.db, { at, actor, action: 'seed', entity: 'enterprise', entityId: enterprise.id, before: null, after: enterprise });
  const project = {
    id: randomUUID(), name: `${demo.enterprise.replace(/有限公司（演示）$/, '')}项目`, enterpriseId: enterprise.id, parkId: park.id, type: demo.type, stage: demo.stage,
    leadOn: `${demo.signedOn.slice(0, 4)}-01-05`, signedOn: demo.signedOn, totalInvestmentUsd: demo.totalWan * 10_000, contractedFdiUsd: demo.contractedWan * 10_000,
    sourceCountry: demo.country, industryCode: demo.industry, owner: '招商一科', issues: '', createdAt: at, updatedAt: at,
  };
  insertProject(store.db, project);
  insertAudit(store.db, { at, actor, action: 'seed', entity: 'project', entityId: project.id, before: null, after: project });
  const insert = store.sqlite.prepare(
    `INSERT INTO fdi_arrivals (id, project_id, park_id, arrived_on, period, amount_usd, currency, original_amount, rate_to_usd, note, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 'USD', ?, '1', ?, ?)`,
  );
  for (const period of months()) {
    const base = demo.monthlyWan * 10_000;
    const usd = period.startsWith('2026') ? Math.round((base * (100 + demo.growth)) / 100) : base;
    insert.run(randomUUID(), project.id, park.id, `${period}-20`, period, usd, String(usd), DEMO_NOTE, at);
  }
}

/** Quarterly T3 figures (scaled ×100 for 万元, ×1 for 人) and the annual land area of one high-tech zone. */
function seedIndicators(store: Store, demo: ShowcaseIndicatorPark, actor: string, at: string): void {
  const park = findLiveParkByName(store.db, demo.park);
  if (!park) return;
  const insert = store.sqlite.prepare(
    `INSERT OR IGNORE INTO indicator_values (park_id, indicator_code, period, scaled_value, source, import_batch_id, updated_at, updated_by)
     VALUES (?, ?, ?, ?, 'manual', NULL, ?, ?)`,
  );
  const years: [number, number, number][] = [[2024, 92, 4], [2025, 100, 4], [2026, 106, 3]];
  for (const [year, percent, quarters] of years) {
    for (let q = 1; q <= quarters; q += 1) {
      for (const [code, value] of Object.entries(demo.quarter)) insert.run(park.id, code, `${year}-Q${q}`, Math.round(value * percent), at, actor);
      insert.run(park.id, 'employees', `${year}-Q${q}`, demo.employees, at, actor);
    }
    insert.run(park.id, 'land_area_mu', String(year), demo.landMu * 100, at, actor);
  }
}

/**
 * The first-run demo's arrivals end in 2026-10; the showcase runs to 2026-11, so those projects get November too
 * (the same as their October), or the year-on-year line would show a false drop in the last month.
 */
function topUpLastMonth(store: Store, at: string): void {
  const october = store.sqlite
    .prepare("SELECT project_id AS projectId, park_id AS parkId, SUM(amount_usd) AS usd FROM fdi_arrivals WHERE period = '2026-10' AND project_id NOT IN (SELECT project_id FROM fdi_arrivals WHERE period = ?) GROUP BY project_id, park_id")
    .all(LAST_MONTH) as { projectId: string; parkId: string; usd: number }[];
  const insert = store.sqlite.prepare(
    `INSERT INTO fdi_arrivals (id, project_id, park_id, arrived_on, period, amount_usd, currency, original_amount, rate_to_usd, note, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 'USD', ?, '1', ?, ?)`,
  );
  for (const r of october) insert.run(randomUUID(), r.projectId, r.parkId, `${LAST_MONTH}-15`, LAST_MONTH, r.usd, String(r.usd), DEMO_NOTE, at);
}

/** The demo store's richer dataset on top of the first-run demo: more investors, two years of arrivals, T3 figures. */
export function seedDemoShowcase(store: Store, actor: string, now: Date): void {
  const at = now.toISOString();
  store.transaction(() => {
    for (const demo of SHOWCASE_INVESTORS) seedInvestor(store, demo, actor, at);
    for (const demo of SHOWCASE_INDICATORS) seedIndicators(store, demo, actor, at);
    topUpLastMonth(store, at);
  });
}
