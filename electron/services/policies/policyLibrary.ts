import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Db } from '../../../db/client';
import { findLink, findLivePolicyByDocNumber, getLivePolicy, insertClause, insertLink, insertPolicy } from '../../../db/repos/policiesRepo';
import type { PolicyLinkKind } from '../../../db/reference/policies';
import type { policyCreateInput } from '../../api/contract/policySchemas';
import { fieldError } from '../appError';

export type PolicyCreateValues = z.output<typeof policyCreateInput>;

export function refuseTakenDocNumber(db: Db, docNumber: string | null, exceptId?: string): void {
  if (!docNumber) return;
  const other = findLivePolicyByDocNumber(db, docNumber, exceptId);
  if (other) throw fieldError('docNumber', 'policy.docNumber.taken', { title: other.title });
}

/** Links `fromId` → `toId` after the checks a user can trip: itself, unknown, twice, or both ways round. */
export function linkPolicies(db: Db, fromId: string, toId: string, kind: PolicyLinkKind, at: string, path = 'toPolicyId'): string {
  if (fromId === toId) throw fieldError(path, 'policy.link.self');
  if (!getLivePolicy(db, toId) || !getLivePolicy(db, fromId)) throw fieldError(path, 'policy.unknown');
  if (findLink(db, fromId, toId)) throw fieldError(path, 'policy.link.duplicate');
  if (findLink(db, toId, fromId)) throw fieldError(path, 'policy.link.cycle');
  const id = randomUUID();
  insertLink(db, { id, fromPolicyId: fromId, toPolicyId: toId, kind, createdAt: at });
  return id;
}

/**
 * Saves a policy with its clauses (paths rebuilt from the numbers and parents given) and its links to the policies
 * it supersedes. The caller's transaction makes it all-or-nothing.
 */
export function createPolicy(db: Db, values: PolicyCreateValues, at: string): string {
  const { clauses, supersedes, ...fields } = values;
  refuseTakenDocNumber(db, fields.docNumber);
  const id = randomUUID();
  insertPolicy(db, { id, ...fields, createdAt: at, updatedAt: at });
  const ids: string[] = [];
  const paths: string[] = [];
  clauses.forEach((clause, i) => {
    const clauseId = randomUUID();
    const parentPath = clause.parentIndex === null ? '' : `${paths[clause.parentIndex]}/`;
    const path = parentPath + clause.number;
    const { parentIndex, leadUnit, responsibleUnits, ...rest } = clause;
    insertClause(db, {
      id: clauseId,
      policyId: id,
      parentId: parentIndex === null ? null : ids[parentIndex]!,
      path,
      ordinal: i + 1,
      ...rest,
      leadUnit: leadUnit ?? responsibleUnits[0] ?? null,
      responsibleUnits,
      createdAt: at,
      updatedAt: at,
    });
    ids.push(clauseId);
    paths.push(path);
  });
  supersedes.forEach((link, i) => linkPolicies(db, id, link.policyId, link.kind, at, `supersedes.${i}.policyId`));
  return id;
}
