import { randomUUID } from 'node:crypto';
import type { Store } from '../client';
import { withCheckCharacter } from '../reference/creditCode';
import { PROJECT_STAGES, stageIndex } from '../reference/investment';
import { findDivision } from '../reference/zhejiangDivisions';
import { insertArrival, lockMonth } from '../repos/arrivalsRepo';
import { insertAudit } from '../repos/auditRepo';
import { findLiveEnterpriseByName, insertEnterprise } from '../repos/enterprisesRepo';
import { findLiveParkByName } from '../repos/parksRepo';
import { insertProject } from '../repos/projectsRepo';
import { insertFocus, insertFollowUp, insertTarget } from '../repos/targetsRepo';
import { DEMO_FOCUS, DEMO_INVESTMENTS, DEMO_TARGETS, type DemoInvestment } from './demoInvestment';

const DEMO_NOTE = '演示数据：金额、日期与信用代码为虚构';
/** The last month the demo has arrivals for; months before it are reported and locked in two parks. */
const LAST_DEMO_PERIOD = '2026-10';
const LOCKED_DEMO_PARKS = ['中日（平湖）产业合作园', '中荷（嘉善）产业合作园'];

const STAGE_COLUMNS = ['leadOn', 'negotiatingOn', 'signedOn', 'registeredOn', 'underConstructionOn', 'inProductionOn'] as const;

/** The demo lists the dates of the stages reached, the last one being the current stage. */
function stageDates(demo: DemoInvestment): Partial<Record<(typeof STAGE_COLUMNS)[number], string>> {
  const last = stageIndex(demo.stage);
  const first = last - demo.stageDates.length + 1;
  return Object.fromEntries(demo.stageDates.map((date, i) => [STAGE_COLUMNS[first + i]!, date]));
}

function monthsFrom(start: string, end: string): string[] {
  const months: string[] = [];
  let [year, month] = start.split('-').map(Number) as [number, number];
  for (let period = start.slice(0, 7); period <= end; ) {
    months.push(period);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    period = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** Monthly arrivals from signing to the last demo month, uneven like real ones, never above contracted FDI. */
function demoArrivals(demo: DemoInvestment, signedOn: string): { arrivedOn: string; amountUsd: number }[] {
  const months = monthsFrom(signedOn.slice(0, 7), LAST_DEMO_PERIOD);
  const budget = Math.floor((demo.contractedWan * 10_000 * 0.8) / months.length);
  return months.map((period, i) => {
    const day = `${period}-15`;
    return { arrivedOn: day < signedOn ? signedOn : day, amountUsd: Math.round(budget * [0.7, 1.0, 1.3][i % 3]!) };
  });
}

function seedInvestment(store: Store, demo: DemoInvestment, actor: string, at: string): void {
  const park = findLiveParkByName(store.db, demo.park);
  if (!park || findLiveEnterpriseByName(store.db, demo.enterprise)) return;
  const division = findDivision(park.divisionCode)?.code ?? '330000';
  const enterpriseId = randomUUID();
  const enterprise = {
    id: enterpriseId, name: demo.enterprise, nameOriginal: demo.original, creditCode: withCheckCharacter(`91${division}${demo.orgCode}`),
    countryCode: demo.country, industryCode: demo.industry, parkId: park.id, tags: demo.tags, notes: DEMO_NOTE, createdAt: at, updatedAt: at,
  };
  insertEnterprise(store.db, enterprise);
  insertAudit(store.db, { at, actor, action: 'seed', entity: 'enterprise', entityId: enterpriseId, before: null, after: enterprise });

  const projectId = randomUUID();
  const dates = stageDates(demo);
  const project = {
    id: projectId, name: demo.project, enterpriseId, parkId: park.id, type: demo.type, stage: demo.stage, ...dates,
    totalInvestmentUsd: demo.totalWan * 10_000, contractedFdiUsd: demo.contractedWan * 10_000, landMu: demo.landMu,
    sourceCountry: demo.country, industryCode: demo.industry, owner: '招商一科', issues: '', createdAt: at, updatedAt: at,
  };
  insertProject(store.db, project);
  insertAudit(store.db, { at, actor, action: 'seed', entity: 'project', entityId: projectId, before: null, after: project });

  if (stageIndex(demo.stage) < PROJECT_STAGES.indexOf('signed') || !dates.signedOn) return;
  for (const arrival of demoArrivals(demo, dates.signedOn)) {
    insertArrival(store.db, {
      id: randomUUID(), projectId, parkId: park.id, arrivedOn: arrival.arrivedOn, period: arrival.arrivedOn.slice(0, 7),
      amountUsd: arrival.amountUsd, currency: 'USD', originalAmount: String(arrival.amountUsd), rateToUsd: '1', note: DEMO_NOTE, createdAt: at,
    });
  }
}

function seedTargets(store: Store, actor: string, at: string): void {
  const existing = new Set((store.sqlite.prepare('SELECT company FROM targets WHERE deleted_at IS NULL').all() as { company: string }[]).map((r) => r.company));
  for (const demo of DEMO_TARGETS) {
    if (existing.has(demo.company)) continue;
    const id = randomUUID();
    const parkId = findLiveParkByName(store.db, demo.park)?.id ?? null;
    const target = { id, company: demo.company, companyOriginal: demo.original, countryCode: demo.country, industryCode: demo.industry, parkId, priority: demo.priority, owner: '招商二科', status: demo.status, plan: demo.plan, createdAt: at, updatedAt: at };
    insertTarget(store.db, target);
    insertAudit(store.db, { at, actor, action: 'seed', entity: 'target', entityId: id, before: null, after: target });
    for (const f of demo.followUps) {
      insertFollowUp(store.db, { id: randomUUID(), targetId: id, kind: f.kind, happenedOn: f.on, summary: f.summary, nextStep: f.next ?? '', dueOn: f.due ?? null, createdAt: at, createdBy: actor });
    }
  }
}

/** Investors, projects, monthly arrivals, locked months, targets and the 003 focus matrix; idempotent. */
export function seedDemoInvestment(store: Store, actor: string, at: string): void {
  for (const demo of DEMO_INVESTMENTS) seedInvestment(store, demo, actor, at);
  for (const focus of DEMO_FOCUS) insertFocus(store.db, { countryCode: focus.country, industryCode: focus.industry, theme: focus.theme });
  seedTargets(store, actor, at);
  for (const name of LOCKED_DEMO_PARKS) {
    const park = findLiveParkByName(store.db, name);
    if (!park) continue;
    for (const period of monthsFrom('2026-01', '2026-09')) {
      const locked = store.sqlite.prepare('SELECT 1 FROM fdi_month_locks WHERE park_id = ? AND period = ?').get(park.id, period);
      if (!locked) lockMonth(store.db, park.id, period, at, actor);
    }
  }
}
