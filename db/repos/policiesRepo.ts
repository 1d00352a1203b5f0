import { and, asc, count, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import type { PolicyCategory, PolicyLevel, PolicyStatus } from '../reference/policies';
import { policies, policyBenefits, policyClauses, policyLinks, type NewPolicyClauseRow, type NewPolicyRow, type PolicyClauseRow, type PolicyRow } from '../schema';
import { policyStatusSql } from './policiesStatus';
import { searchCondition } from './sqlText';

export interface PolicyFilter {
  level?: PolicyLevel;
  category?: PolicyCategory;
  status?: PolicyStatus;
  /** Part of the issuer's name. */
  issuer?: string;
  /** Part of a responsible unit's name (any clause). */
  unit?: string;
}

export interface PolicyListQuery extends PolicyFilter {
  search?: string;
  sortBy?: 'title' | 'issuedOn' | 'effectiveOn' | 'updatedAt';
  sortDir?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

const unitOfClause = (unit: string) => sql`instr(${policyClauses.responsibleUnits}, ${unit}) > 0`;

/** Conditions on the policies table shared by the list and the search. */
export function policyConditions(filter: PolicyFilter, today: string): SQL[] {
  const conditions: SQL[] = [isNull(policies.deletedAt)];
  if (filter.level) conditions.push(eq(policies.level, filter.level));
  if (filter.category) conditions.push(sql`instr(${policies.categories}, ${`"${filter.category}"`}) > 0`);
  if (filter.status) conditions.push(sql`${policyStatusSql(today)} = ${filter.status}`);
  if (filter.issuer?.trim()) conditions.push(sql`instr(${policies.issuer}, ${filter.issuer.trim()}) > 0`);
  if (filter.unit?.trim()) {
    conditions.push(sql`${policies.id} IN (SELECT ${policyClauses.policyId} FROM ${policyClauses} WHERE ${unitOfClause(filter.unit.trim())})`);
  }
  return conditions;
}

const clauseCountColumn = sql<number>`(SELECT count(*) FROM policy_clauses c WHERE c.policy_id = "policies"."id" AND c.level > 1)`;
const grantedColumn = sql<number>`(SELECT coalesce(sum(b.amount_fen), 0) FROM policy_benefits b WHERE b.policy_id = "policies"."id" AND b.deleted_at IS NULL)`;

export function listPolicies(db: Db, query: PolicyListQuery, today: string) {
  const conditions = policyConditions(query, today);
  const search = query.search?.trim();
  if (search) {
    conditions.push(or(
      searchCondition(policies.id, 'policy', search),
      sql`${policies.id} IN (SELECT ${policyClauses.policyId} FROM ${policyClauses} WHERE ${searchCondition(policyClauses.id, 'policy_clause', search)})`,
    )!);
  }
  const where = and(...conditions);
  const column = policies[query.sortBy ?? 'updatedAt'];
  const rows = db
    .select({ policy: policies, status: policyStatusSql(today), clauseCount: clauseCountColumn, grantedFen: grantedColumn })
    .from(policies)
    .where(where)
    .orderBy(query.sortDir === 'asc' ? asc(column) : desc(column), asc(policies.id))
    .limit(query.limit ?? 100)
    .offset(query.offset ?? 0)
    .all();
  const total = db.select({ n: count() }).from(policies).where(where).get()?.n ?? 0;
  return { rows, total };
}

export function searchPolicyHits(db: Db, text: string, filter: PolicyFilter, today: string, limit: number) {
  const status = policyStatusSql(today);
  const policyHits = db
    .select({ policy: policies, status })
    .from(policies)
    .where(and(...policyConditions(filter, today), searchCondition(policies.id, 'policy', text)))
    .orderBy(asc(policies.title))
    .limit(limit)
    .all();
  const clauseConditions = [...policyConditions({ ...filter, unit: undefined }, today), searchCondition(policyClauses.id, 'policy_clause', text)];
  if (filter.unit?.trim()) clauseConditions.push(unitOfClause(filter.unit.trim()));
  const clauseHits = db
    .select({ clause: policyClauses, policy: policies, status })
    .from(policyClauses)
    .innerJoin(policies, eq(policies.id, policyClauses.policyId))
    .where(and(...clauseConditions))
    .orderBy(asc(policies.title), asc(policyClauses.ordinal))
    .limit(limit)
    .all();
  return { policyHits, clauseHits };
}

export function getLivePolicy(db: Db, id: string): PolicyRow | undefined {
  return db.select().from(policies).where(and(eq(policies.id, id), isNull(policies.deletedAt))).get();
}

export function policyStatusOf(db: Db, id: string, today: string): PolicyStatus {
  return db.select({ status: policyStatusSql(today) }).from(policies).where(eq(policies.id, id)).get()?.status ?? 'in_force';
}

export function findLivePolicyByDocNumber(db: Db, docNumber: string, exceptId?: string): PolicyRow | undefined {
  return db
    .select()
    .from(policies)
    .where(and(eq(policies.docNumber, docNumber), isNull(policies.deletedAt), ...(exceptId ? [ne(policies.id, exceptId)] : [])))
    .get();
}

export function insertPolicy(db: Db, row: NewPolicyRow): void {
  db.insert(policies).values(row).run();
}

export function updatePolicy(db: Db, id: string, patch: Partial<NewPolicyRow>): void {
  db.update(policies).set(patch).where(eq(policies.id, id)).run();
}

export function insertClause(db: Db, row: NewPolicyClauseRow): void {
  db.insert(policyClauses).values(row).run();
}

export function clausesOfPolicy(db: Db, policyId: string): PolicyClauseRow[] {
  return db.select().from(policyClauses).where(eq(policyClauses.policyId, policyId)).orderBy(asc(policyClauses.ordinal)).all();
}

export function getClause(db: Db, id: string): PolicyClauseRow | undefined {
  return db.select().from(policyClauses).where(eq(policyClauses.id, id)).get();
}

export function updateClause(db: Db, id: string, patch: Partial<NewPolicyClauseRow>): void {
  db.update(policyClauses).set(patch).where(eq(policyClauses.id, id)).run();
}

/** Clauses that carry applicability conditions, with their (live) policy. */
export function targetedClauses(db: Db, policyId?: string) {
  return db
    .select({ clause: policyClauses, policy: policies })
    .from(policyClauses)
    .innerJoin(policies, eq(policies.id, policyClauses.policyId))
    .where(and(isNull(policies.deletedAt), sql`${policyClauses.applicability} IS NOT NULL`, ...(policyId ? [eq(policies.id, policyId)] : [])))
    .orderBy(asc(policies.title), asc(policyClauses.ordinal))
    .all();
}

export function insertLink(db: Db, row: typeof policyLinks.$inferInsert): void {
  db.insert(policyLinks).values(row).run();
}

export function findLink(db: Db, fromPolicyId: string, toPolicyId: string) {
  return db.select().from(policyLinks).where(and(eq(policyLinks.fromPolicyId, fromPolicyId), eq(policyLinks.toPolicyId, toPolicyId))).get();
}

export function getLink(db: Db, id: string) {
  return db.select().from(policyLinks).where(eq(policyLinks.id, id)).get();
}

export function deleteLink(db: Db, id: string): void {
  db.delete(policyLinks).where(eq(policyLinks.id, id)).run();
}

/** Links of a policy in both directions, with the other policy's title, 文号 and status. */
export function linksOfPolicy(db: Db, policyId: string, today: string) {
  const status = policyStatusSql(today);
  const columns = { link: policyLinks, otherId: policies.id, title: policies.title, docNumber: policies.docNumber, effectiveOn: policies.effectiveOn, issuedOn: policies.issuedOn, status };
  const supersedes = db.select(columns).from(policyLinks).innerJoin(policies, eq(policies.id, policyLinks.toPolicyId))
    .where(and(eq(policyLinks.fromPolicyId, policyId), isNull(policies.deletedAt))).all();
  const supersededBy = db.select(columns).from(policyLinks).innerJoin(policies, eq(policies.id, policyLinks.fromPolicyId))
    .where(and(eq(policyLinks.toPolicyId, policyId), isNull(policies.deletedAt))).all();
  return { supersedes, supersededBy };
}

/** Every responsible unit named in the library, with how many clauses name it (for the filter's choices). */
export function responsibleUnits(db: Db): { unit: string; clauses: number }[] {
  return db.all<{ unit: string; clauses: number }>(sql`SELECT j.value AS unit, count(*) AS clauses
    FROM policy_clauses c JOIN policies p ON p.id = c.policy_id, json_each(c.responsible_units) j
    WHERE p.deleted_at IS NULL GROUP BY j.value ORDER BY clauses DESC, unit`);
}

export function countLiveBenefitsOfPolicy(db: Db, policyId: string): number {
  return db.select({ n: count() }).from(policyBenefits).where(and(eq(policyBenefits.policyId, policyId), isNull(policyBenefits.deletedAt))).get()?.n ?? 0;
}

export function policiesByIds(db: Db, ids: string[]): PolicyRow[] {
  return ids.length === 0 ? [] : db.select().from(policies).where(inArray(policies.id, ids)).all();
}

export function findLivePolicyByTitle(db: Db, title: string): PolicyRow | undefined {
  return db.select().from(policies).where(and(eq(policies.title, title), isNull(policies.deletedAt))).get();
}

export function clauseByPath(db: Db, policyId: string, path: string): PolicyClauseRow | undefined {
  return db.select().from(policyClauses).where(and(eq(policyClauses.policyId, policyId), eq(policyClauses.path, path))).get();
}
