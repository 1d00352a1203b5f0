import { randomUUID } from 'node:crypto';
import { EMPTY_APPLICABILITY } from '../../electron/services/policies/clauseApplicability';
import { createPolicy, linkPolicies } from '../../electron/services/policies/policyLibrary';
import { taxHolidaySchedule } from '../../electron/services/policies/taxHoliday';
import type { Store } from '../client';
import { STANDARD_CIT_RATE_BP, TAX_HOLIDAY_PRESETS } from '../reference/policies';
import { insertAudit } from '../repos/auditRepo';
import { findLiveEnterpriseByName } from '../repos/enterprisesRepo';
import { clauseByPath, findLink, findLivePolicyByDocNumber, findLivePolicyByTitle, getLivePolicy, updateClause } from '../repos/policiesRepo';
import { benefitsOfEnterprise, insertBenefit } from '../repos/policyBenefitsRepo';
import { listProjects } from '../repos/projectsRepo';
import { DEMO_POLICIES, type DemoClauseSetting, type DemoPolicy } from './demoPolicies';

/** Demo applicability conditions and indicator links: who the clauses could reach among the demo investors. */
const DEMO_CLAUSE_SETTINGS: DemoClauseSetting[] = [
  { policy: 'devzone2018', path: '一/（三）', indicatorCode: 'devzone.cooperation_parks' },
  { policy: 'devzone2018', path: '二/（一）', applicability: { parkKinds: ['international_cooperation'], projectTypes: ['new', 'capital_increase'] } },
  { policy: 'devzone2018', path: '四/（一）', applicability: { tagsAny: ['fortune500', 'industry_leader', 'hidden_champion'] } },
  { policy: 'hitech2021', path: '一/（二）', indicatorCode: 'hitech.rd_share_of_gdp' },
  { policy: 'hitech2021', path: '二/（二）', applicability: { tagsAny: ['high_tech'] } },
  { policy: 'hitech2021', path: '三/（一）', applicability: { tagsAny: ['high_tech', 'specialized_new', 'tech_sme'], industryPrefixes: ['38', '39', '73'] } },
  { policy: 'hitech2021', path: '四/（三）', applicability: { projectTypes: ['new'], minProjectUsd: 100_000_000, validFrom: '2021-07-15' } },
];

/** A 三免两减半 enterprise income tax holiday granted to a demo investor, from its first profitable year. */
const DEMO_BENEFIT = {
  enterprise: '蒂森克虏伯汽车零部件（平湖）有限公司',
  project: '蒂森克虏伯转向系统增资扩产项目',
  policy: 'devzone2018',
  clause: '四/（一）',
  amountFen: 325_680_000,
  firstProfitYear: 2026,
  grantedOn: '2026-06-30',
  note: '演示数据：按园区招商引资优惠政策兑现，企业所得税三免两减半，2026 年为免征首年',
};

function findExisting(store: Store, demo: DemoPolicy) {
  return demo.docNumber ? findLivePolicyByDocNumber(store.db, demo.docNumber) : findLivePolicyByTitle(store.db, demo.title);
}

/**
 * The demo policy library (sources 002 and 004, and the three documents 004 repealed, linked to it), demo
 * applicability conditions and one 政策兑现 with its tax-holiday schedule. Skips what is already there; the benefit is
 * skipped when the demo investor is absent.
 */
export function seedDemoPolicies(store: Store, actor: string, at: string): void {
  const ids = new Map<string, string>();
  for (const demo of DEMO_POLICIES) {
    const existing = findExisting(store, demo);
    if (existing) {
      ids.set(demo.key, existing.id);
      continue;
    }
    const { key, supersedes: _links, clauses, ...fields } = demo;
    const id = createPolicy(store.db, { ...fields, expiresOn: null, supersedes: [], clauses: clauses.map((c) => ({ ...c, indicatorCode: null, applicability: null })) }, at);
    ids.set(key, id);
    const created = DEMO_CLAUSE_SETTINGS.filter((s) => s.policy === key);
    for (const setting of created) {
      const clause = clauseByPath(store.db, id, setting.path);
      if (!clause) continue;
      updateClause(store.db, clause.id, {
        indicatorCode: setting.indicatorCode ?? null,
        applicability: setting.applicability ? { ...EMPTY_APPLICABILITY, ...setting.applicability } : null,
      });
    }
    insertAudit(store.db, { at, actor, action: 'seed', entity: 'policy', entityId: id, before: null, after: getLivePolicy(store.db, id) });
  }
  for (const demo of DEMO_POLICIES) {
    const from = ids.get(demo.key)!;
    for (const link of demo.supersedes) {
      const to = ids.get(link.key)!;
      if (!findLink(store.db, from, to)) linkPolicies(store.db, from, to, link.kind, at);
    }
  }
  seedDemoBenefit(store, actor, at, ids);
}

function seedDemoBenefit(store: Store, actor: string, at: string, ids: Map<string, string>): void {
  const enterprise = findLiveEnterpriseByName(store.db, DEMO_BENEFIT.enterprise);
  const policyId = ids.get(DEMO_BENEFIT.policy);
  if (!enterprise || !policyId) return;
  const clause = clauseByPath(store.db, policyId, DEMO_BENEFIT.clause);
  if (benefitsOfEnterprise(store.db, enterprise.id).some((b) => b.benefit.policyId === policyId)) return;
  const project = listProjects(store.db, { enterpriseId: enterprise.id, limit: 50 }).rows.find((r) => r.project.name === DEMO_BENEFIT.project);
  const id = randomUUID();
  insertBenefit(store.db, {
    id,
    enterpriseId: enterprise.id,
    projectId: project?.project.id ?? null,
    policyId,
    clauseId: clause?.id ?? null,
    kind: 'tax_relief',
    amountFen: DEMO_BENEFIT.amountFen,
    periodFrom: `${DEMO_BENEFIT.firstProfitYear}-01`,
    periodTo: `${DEMO_BENEFIT.firstProfitYear}-12`,
    grantedOn: DEMO_BENEFIT.grantedOn,
    taxHoliday: taxHolidaySchedule({ ...TAX_HOLIDAY_PRESETS['三免两减半'], firstProfitYear: DEMO_BENEFIT.firstProfitYear, standardRateBp: STANDARD_CIT_RATE_BP }),
    note: DEMO_BENEFIT.note,
    createdAt: at,
    updatedAt: at,
  });
  insertAudit(store.db, { at, actor, action: 'seed', entity: 'policy_benefit', entityId: id, before: null, after: { enterpriseId: enterprise.id, policyId, amountFen: DEMO_BENEFIT.amountFen } });
}
