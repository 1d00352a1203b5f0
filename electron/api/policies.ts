import type { Db } from '../../db/client';
import { listAuditFor } from '../../db/repos/auditRepo';
import { benefitsOfPolicy, totalGrantedOfPolicy } from '../../db/repos/policyBenefitsRepo';
import {
  clausesOfPolicy,
  countLiveBenefitsOfPolicy,
  deleteLink,
  getClause,
  getLink,
  getLivePolicy,
  linksOfPolicy,
  listPolicies,
  policyStatusOf,
  responsibleUnits,
  searchPolicyHits,
  updateClause,
  updatePolicy,
} from '../../db/repos/policiesRepo';
import type { PolicyClauseRow, PolicyRow } from '../../db/schema';
import { fieldError } from '../services/appError';
import { parsePolicyText } from '../services/policies/policyParser';
import { createPolicy, linkPolicies, refuseTakenDocNumber } from '../services/policies/policyLibrary';
import { normaliseQuery } from '../services/policies/policyText';
import { markedSnippet } from '../services/policies/snippet';
import { fenToWan, fenToYuan } from '../services/policies/yuan';
import type { ApiContext } from './context';
import { localToday } from './contract/fields';
import { idInput } from './contract/parkSchemas';
import {
  clauseUpdateInput,
  noInput,
  policyCreateInput,
  policyLinkInput,
  policyListInput,
  policyParseInput,
  policySearchInput,
  policyUpdateInput,
} from './contract/policySchemas';
import { mutation, query } from './defineMethod';
import { benefitView } from './policyBenefits';
import { refuseStaleEdit, requireFound } from './requireFound';

const ENTITY = 'policy';
const CLAUSE_ENTITY = 'policy_clause';
const LINK_ENTITY = 'policy_link';

export function viewPolicy({ deletedAt: _deleted, ...policy }: PolicyRow) {
  return policy;
}

function today(ctx: ApiContext): string {
  return localToday(ctx.now());
}

function mustGet(db: Db, id: string): PolicyRow {
  return requireFound(getLivePolicy(db, id), ENTITY, id);
}

/** The policy page: the policy with its derived status, clause tree (in order), links both ways and what was granted. */
function policyDetail(ctx: ApiContext, id: string) {
  const { db } = ctx.store;
  const policy = mustGet(db, id);
  const day = today(ctx);
  const links = linksOfPolicy(db, id, day);
  const toLink = (l: (typeof links.supersedes)[number]) => ({ linkId: l.link.id, kind: l.link.kind, policyId: l.otherId, title: l.title, docNumber: l.docNumber, status: l.status });
  const grantedFen = totalGrantedOfPolicy(db, id);
  return {
    policy: viewPolicy(policy),
    status: policyStatusOf(db, id, day),
    clauses: clausesOfPolicy(db, id),
    supersedes: links.supersedes.map(toLink),
    supersededBy: links.supersededBy.map(toLink),
    benefits: benefitsOfPolicy(db, id).map(benefitView),
    grantedFen,
    grantedYuan: fenToYuan(grantedFen),
    grantedWan: fenToWan(grantedFen),
    history: listAuditFor(db, ENTITY, id),
  };
}

function clauseHit(clause: PolicyClauseRow, text: string) {
  return markedSnippet(`${clause.heading} ${clause.text}`, text) ?? markedSnippet(clause.text, text) ?? clause.text.slice(0, 40);
}

export const policiesApi = {
  'policies.list': query(policyListInput, (ctx, input) => {
    const { rows, total } = listPolicies(ctx.store.db, { ...input, search: input.search ? normaliseQuery(input.search) : undefined }, today(ctx));
    return { total, rows: rows.map(({ policy, ...rest }) => ({ ...viewPolicy(policy), ...rest, grantedYuan: fenToYuan(rest.grantedFen) })) };
  }),

  'policies.get': query(idInput, (ctx, { id }) => policyDetail(ctx, id)),

  /**
   * Full-text search over titles, 文号 and clause text. Each hit carries `snippet`: up to 20 characters either side of
   * the first match, the matched fragment wrapped in 【】.
   */
  'policies.search': query(policySearchInput, (ctx, { query: raw, limit, ...filter }) => {
    const text = normaliseQuery(raw);
    const { policyHits, clauseHits } = searchPolicyHits(ctx.store.db, text, filter, today(ctx), limit);
    return {
      query: text,
      hits: [
        ...policyHits.map(({ policy, status }) => ({
          entity: 'policy' as const,
          policyId: policy.id,
          clauseId: null,
          title: policy.title,
          docNumber: policy.docNumber,
          status,
          path: null,
          responsibleUnits: [] as string[],
          snippet: markedSnippet(`${policy.title} ${policy.docNumber ?? ''} ${policy.issuer}`, text) ?? policy.title,
        })),
        ...clauseHits.map(({ clause, policy, status }) => ({
          entity: 'policy_clause' as const,
          policyId: policy.id,
          clauseId: clause.id,
          title: policy.title,
          docNumber: policy.docNumber,
          status,
          path: clause.path,
          responsibleUnits: clause.responsibleUnits,
          snippet: clauseHit(clause, text),
        })),
      ],
    };
  }),

  /** Units named as 责任单位 anywhere in the library, most frequent first (the unit filter's choices). */
  'policies.units': query(noInput, (ctx) => responsibleUnits(ctx.store.db)),

  /** Reads a policy's text and proposes title, 文号, dates, clauses and their units; writes nothing. */
  'policies.parseText': query(policyParseInput, (_ctx, { text }) => {
    const parsed = parsePolicyText(text);
    if (parsed.clauses.length === 0) throw fieldError('text', 'policy.text.noClauses');
    return parsed;
  }),

  'policies.create': mutation(policyCreateInput, (ctx, values) => {
    const id = createPolicy(ctx.store.db, values, ctx.at);
    const detail = policyDetail(ctx, id);
    ctx.audit({ action: 'create', entity: ENTITY, entityId: id, before: null, after: { ...detail.policy, clauses: detail.clauses.length, supersedes: detail.supersedes } });
    return detail;
  }),

  /** The policy's own fields; clauses are edited one by one with policyClauses.update. */
  'policies.update': mutation(policyUpdateInput, (ctx, { id, expectedUpdatedAt, ...values }) => {
    const before = mustGet(ctx.store.db, id);
    refuseStaleEdit(ENTITY, before, expectedUpdatedAt);
    refuseTakenDocNumber(ctx.store.db, values.docNumber, id);
    updatePolicy(ctx.store.db, id, { ...values, updatedAt: ctx.at });
    const after = viewPolicy(mustGet(ctx.store.db, id));
    ctx.audit({ action: 'update', entity: ENTITY, entityId: id, before: viewPolicy(before), after });
    return after;
  }),

  /** Soft delete; refused once a benefit was granted under the policy. */
  'policies.delete': mutation(idInput, (ctx, { id }) => {
    const before = mustGet(ctx.store.db, id);
    const granted = countLiveBenefitsOfPolicy(ctx.store.db, id);
    if (granted > 0) throw fieldError('id', 'policy.hasBenefits', { count: granted });
    updatePolicy(ctx.store.db, id, { deletedAt: ctx.at, updatedAt: ctx.at });
    ctx.audit({ action: 'delete', entity: ENTITY, entityId: id, before: viewPolicy(before), after: null });
    return { id };
  }),

  /** The newer policy (from) repeals or amends the older one (to). */
  'policies.link': mutation(policyLinkInput, (ctx, { fromPolicyId, toPolicyId, kind }) => {
    const id = linkPolicies(ctx.store.db, fromPolicyId, toPolicyId, kind, ctx.at);
    const after = { id, fromPolicyId, toPolicyId, kind };
    ctx.audit({ action: 'create', entity: LINK_ENTITY, entityId: id, before: null, after });
    return after;
  }),

  'policies.unlink': mutation(idInput, (ctx, { id }) => {
    const before = requireFound(getLink(ctx.store.db, id), LINK_ENTITY, id);
    deleteLink(ctx.store.db, id);
    ctx.audit({ action: 'delete', entity: LINK_ENTITY, entityId: id, before, after: null });
    return { id };
  }),

  /** Units, indicator link and applicability conditions of one clause. */
  'policyClauses.update': mutation(clauseUpdateInput, (ctx, { id, ...values }) => {
    const before = getClause(ctx.store.db, id);
    if (!before || !getLivePolicy(ctx.store.db, before.policyId)) throw fieldError('id', 'policy.clause.unknown');
    updateClause(ctx.store.db, id, { ...values, leadUnit: values.leadUnit ?? values.responsibleUnits[0] ?? null, updatedAt: ctx.at });
    const after = requireFound(getClause(ctx.store.db, id), CLAUSE_ENTITY, id);
    ctx.audit({ action: 'update', entity: CLAUSE_ENTITY, entityId: id, before, after });
    return after;
  }),
};
