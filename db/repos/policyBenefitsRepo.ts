import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { enterprises, policies, policyBenefits, policyClauses, type PolicyBenefitRow } from '../schema';

export function insertBenefit(db: Db, row: typeof policyBenefits.$inferInsert): void {
  db.insert(policyBenefits).values(row).run();
}

export function getLiveBenefit(db: Db, id: string): PolicyBenefitRow | undefined {
  return db.select().from(policyBenefits).where(and(eq(policyBenefits.id, id), isNull(policyBenefits.deletedAt))).get();
}

export function softDeleteBenefit(db: Db, id: string, at: string): void {
  db.update(policyBenefits).set({ deletedAt: at, updatedAt: at }).where(eq(policyBenefits.id, id)).run();
}

const joined = {
  benefit: policyBenefits,
  policyTitle: policies.title,
  policyDocNumber: policies.docNumber,
  clausePath: policyClauses.path,
  clauseHeading: policyClauses.heading,
  enterpriseName: enterprises.name,
};

function benefitsWhere(condition: ReturnType<typeof eq>) {
  return and(condition, isNull(policyBenefits.deletedAt));
}

/** Live benefits with their policy, enterprise and clause, newest grant first, for one enterprise or one policy. */
function benefitsWith(db: Db, condition: ReturnType<typeof eq>) {
  return db.select(joined).from(policyBenefits)
    .innerJoin(policies, eq(policies.id, policyBenefits.policyId))
    .innerJoin(enterprises, eq(enterprises.id, policyBenefits.enterpriseId))
    .leftJoin(policyClauses, eq(policyClauses.id, policyBenefits.clauseId))
    .where(benefitsWhere(condition))
    .orderBy(desc(policyBenefits.grantedOn), asc(policyBenefits.id))
    .all();
}

export function benefitsOfEnterprise(db: Db, enterpriseId: string) {
  return benefitsWith(db, eq(policyBenefits.enterpriseId, enterpriseId));
}

export function benefitsOfPolicy(db: Db, policyId: string) {
  return benefitsWith(db, eq(policyBenefits.policyId, policyId));
}

export function totalGrantedOfPolicy(db: Db, policyId: string): number {
  return db.select({ total: sql<number>`coalesce(sum(${policyBenefits.amountFen}), 0)` }).from(policyBenefits)
    .where(benefitsWhere(eq(policyBenefits.policyId, policyId))).get()?.total ?? 0;
}

/** (enterprise, clause) pairs already granted: a clause granted once is not offered again. */
export function grantedClauseKeys(db: Db): Set<string> {
  const rows = db.select({ enterpriseId: policyBenefits.enterpriseId, clauseId: policyBenefits.clauseId }).from(policyBenefits)
    .where(and(isNull(policyBenefits.deletedAt), sql`${policyBenefits.clauseId} IS NOT NULL`)).all();
  return new Set(rows.map((r) => `${r.enterpriseId}|${r.clauseId}`));
}
