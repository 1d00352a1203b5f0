import type { Db } from '../../db/client';
import { getLiveEnterprise } from '../../db/repos/enterprisesRepo';
import { enterprisesWithPark, projectsWithPark } from '../../db/repos/policiesApplicabilityRepo';
import { getLivePolicy, policyStatusOf, targetedClauses } from '../../db/repos/policiesRepo';
import { grantedClauseKeys } from '../../db/repos/policyBenefitsRepo';
import type { PolicyStatus } from '../../db/reference/policies';
import { fieldError } from '../services/appError';
import { applies, checkApplicability, type ConditionCheck, type InvestorProfile } from '../services/policies/clauseApplicability';
import { localToday } from './contract/fields';
import { idInput } from './contract/parkSchemas';
import { applicableInput } from './contract/policySchemas';
import { query } from './defineMethod';
import { requireFound } from './requireFound';

type EnterpriseWithPark = ReturnType<typeof enterprisesWithPark>[number];
type ProjectWithPark = ReturnType<typeof projectsWithPark>[number];

/** Only policies in force can still be applied for. */
const OPEN_STATUSES: readonly PolicyStatus[] = ['in_force', 'amended'];

function profileOf(row: EnterpriseWithPark, project: ProjectWithPark | null, today: string): InvestorProfile {
  const e = row.enterprise;
  return {
    parkKind: project?.parkKind ?? row.parkKind ?? null,
    parkLevel: project?.parkLevel ?? row.parkLevel ?? null,
    tags: e.tags,
    industryCode: project?.project.industryCode ?? e.industryCode,
    countryCode: project?.project.sourceCountry ?? e.countryCode,
    projectType: project?.project.type ?? null,
    projectTotalUsd: project?.project.totalInvestmentUsd ?? null,
    onDate: project?.project.signedOn ?? today,
  };
}

function openClauses(db: Db, today: string, policyId?: string) {
  const statuses = new Map<string, PolicyStatus>();
  return targetedClauses(db, policyId)
    .map((row) => {
      if (!statuses.has(row.policy.id)) statuses.set(row.policy.id, policyStatusOf(db, row.policy.id, today));
      return { ...row, status: statuses.get(row.policy.id)! };
    })
    .filter((row) => OPEN_STATUSES.includes(row.status));
}

/** Clauses matched by the enterprise itself or, when given, by one project: the first profile that meets them all. */
function matches(db: Db, row: EnterpriseWithPark, projects: ProjectWithPark[], today: string, policyId?: string) {
  const profiles = [...projects.map((p) => ({ projectId: p.project.id as string | null, profile: profileOf(row, p, today) })), { projectId: null, profile: profileOf(row, null, today) }];
  const found: { clause: ReturnType<typeof openClauses>[number]; projectId: string | null; checks: ConditionCheck[] }[] = [];
  for (const clause of openClauses(db, today, policyId)) {
    for (const { projectId, profile } of profiles) {
      const checks = checkApplicability(clause.clause.applicability!, profile);
      if (applies(checks)) {
        found.push({ clause, projectId, checks });
        break;
      }
    }
  }
  return found;
}

export const policyApplicabilityApi = {
  /**
   * The clauses (of policies in force) that apply to an enterprise — or to its given project — with the conditions
   * that matched, and whether the clause was already granted to it.
   */
  'policies.applicableTo': query(applicableInput, (ctx, { enterpriseId, projectId }) => {
    const { db } = ctx.store;
    const today = localToday(ctx.now());
    requireFound(getLiveEnterprise(db, enterpriseId), 'enterprise', enterpriseId);
    const row = enterprisesWithPark(db, enterpriseId)[0]!;
    const projects = projectsWithPark(db, enterpriseId).filter((p) => p.project.stage !== 'dropped');
    const chosen = projectId ? projects.filter((p) => p.project.id === projectId) : projects;
    if (projectId && chosen.length === 0) throw fieldError('projectId', 'benefit.project.otherEnterprise');
    const granted = grantedClauseKeys(db);
    return matches(db, row, chosen, today).map(({ clause, projectId: via, checks }) => ({
      policyId: clause.policy.id,
      policyTitle: clause.policy.title,
      docNumber: clause.policy.docNumber,
      status: clause.status,
      clauseId: clause.clause.id,
      path: clause.clause.path,
      heading: clause.clause.heading,
      leadUnit: clause.clause.leadUnit,
      responsibleUnits: clause.clause.responsibleUnits,
      viaProjectId: via,
      matched: checks,
      granted: granted.has(`${enterpriseId}|${clause.clause.id}`),
    }));
  }),

  /** For a policy: the enterprises one of its clauses applies to and that have not been granted that clause yet. */
  'policies.reach': query(idInput, (ctx, { id }) => {
    const { db } = ctx.store;
    const today = localToday(ctx.now());
    requireFound(getLivePolicy(db, id), 'policy', id);
    const granted = grantedClauseKeys(db);
    const projects = projectsWithPark(db).filter((p) => p.project.stage !== 'dropped');
    return enterprisesWithPark(db)
      .map((row) => {
        const own = projects.filter((p) => p.project.enterpriseId === row.enterprise.id);
        const open = matches(db, row, own, today, id).filter((m) => !granted.has(`${row.enterprise.id}|${m.clause.clause.id}`));
        return {
          enterpriseId: row.enterprise.id,
          enterpriseName: row.enterprise.name,
          parkName: row.parkName,
          clauses: open.map((m) => ({ clauseId: m.clause.clause.id, path: m.clause.clause.path, heading: m.clause.clause.heading, viaProjectId: m.projectId, matched: m.checks })),
        };
      })
      .filter((r) => r.clauses.length > 0);
  }),
};
