import { sql, type SQL } from 'drizzle-orm';
import type { PolicyStatus } from '../reference/policies';
import { policies } from '../schema';

function supersededSql(kind: string, today: string): SQL {
  return sql`EXISTS (SELECT 1 FROM policy_links l JOIN policies n ON n.id = l.from_policy_id
    WHERE l.to_policy_id = ${policies.id} AND l.kind = ${kind} AND n.deleted_at IS NULL
    AND coalesce(n.effective_on, n.issued_on, '0000-00-00') <= ${today})`;
}

/** The same rule as derivePolicyStatus, as SQL (see electron/services/policies/policyStatus.ts), so lists filter and count by status in the database. */
export function policyStatusSql(today: string): SQL<PolicyStatus> {
  return sql<PolicyStatus>`CASE
    WHEN ${supersededSql('repeals', today)} THEN 'repealed'
    WHEN ${policies.expiresOn} IS NOT NULL AND ${policies.expiresOn} < ${today} THEN 'expired'
    WHEN coalesce(${policies.effectiveOn}, ${policies.issuedOn}) > ${today} THEN 'pending'
    WHEN ${supersededSql('amends', today)} THEN 'amended'
    ELSE 'in_force' END`;
}
