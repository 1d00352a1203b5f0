import { randomUUID } from 'node:crypto';
import { getLiveEnterprise } from '../../db/repos/enterprisesRepo';
import { clausesOfPolicy, getClause, getLivePolicy } from '../../db/repos/policiesRepo';
import { benefitsOfEnterprise, benefitsOfPolicy, getLiveBenefit, insertBenefit, softDeleteBenefit, totalGrantedOfPolicy } from '../../db/repos/policyBenefitsRepo';
import { getLiveProject } from '../../db/repos/projectsRepo';
import type { Db } from '../../db/client';
import type { PolicyBenefitRow } from '../../db/schema';
import { AppError, fieldError } from '../services/appError';
import { decodeAttachment, readAttachmentFile, storeAttachmentFile } from '../services/checklists/attachmentFiles';
import { readAttachmentMaxBytes } from '../services/checklists/checklistSettings';
import { taxHolidaySchedule } from '../services/policies/taxHoliday';
import { fenToWan, fenToYuan, yuanToFen } from '../services/policies/yuan';
import { parseDecimal } from './contract/money';
import { idInput } from './contract/parkSchemas';
import { benefitCreateInput, taxHolidayInput } from './contract/policySchemas';
import type { z } from 'zod';
import { mutation, query } from './defineMethod';
import { requireFound } from './requireFound';

const ENTITY = 'policy_benefit';

/** "25" / "12.5" percent → basis points, exactly. */
function percentToBp(percent: string): number {
  return Number(parseDecimal(percent, 2) ?? 0n);
}

function scheduleOf(input: z.output<typeof taxHolidayInput>) {
  return taxHolidaySchedule({ ...input, standardRateBp: percentToBp(input.standardRatePercent) });
}

interface JoinedBenefit {
  benefit: PolicyBenefitRow;
  policyTitle: string;
  policyDocNumber: string | null;
  clausePath: string | null;
  clauseHeading: string | null;
  enterpriseName: string;
}

/** A benefit with its amount as exact 元 and 万元 text beside the stored 分. */
export function benefitView({ benefit: { deletedAt: _deleted, ...benefit }, ...joined }: JoinedBenefit) {
  return { ...benefit, ...joined, amountYuan: fenToYuan(benefit.amountFen), amountWan: fenToWan(benefit.amountFen) };
}

/**
 * Stores an evidence file with the checklist attachments' content-addressed storage; its refusals (empty, not base64,
 * too large, no data folder) are pinned to `evidence.base64` of this form.
 */
function storeEvidence(db: Db, dataDir: string | undefined, evidence: { name: string; base64: string }) {
  try {
    const { sha256 } = storeAttachmentFile(dataDir, decodeAttachment(evidence.base64, readAttachmentMaxBytes(db)));
    return { evidenceName: evidence.name, evidenceSha256: sha256 };
  } catch (error) {
    if (error instanceof AppError && error.details?.fields) {
      throw new AppError(error.code, error.message, { ...error.details, fields: error.details.fields.map((f) => ({ ...f, path: `evidence.${f.path}` })) });
    }
    throw error;
  }
}

function mustGetJoined(db: Db, benefit: PolicyBenefitRow) {
  return requireFound(benefitsOfPolicy(db, benefit.policyId).find((row) => row.benefit.id === benefit.id), ENTITY, benefit.id);
}

export const policyBenefitsApi = {
  /** 三免两减半 and friends, year by year, without saving anything. */
  'benefits.taxHolidaySchedule': query(taxHolidayInput, (_ctx, input) => scheduleOf(input)),

  'benefits.create': mutation(benefitCreateInput, (ctx, { amountYuan, taxHoliday, evidence, ...values }) => {
    const { db } = ctx.store;
    if (!getLiveEnterprise(db, values.enterpriseId)) throw fieldError('enterpriseId', 'benefit.enterprise.unknown');
    if (values.projectId) {
      const project = getLiveProject(db, values.projectId);
      if (!project) throw fieldError('projectId', 'benefit.project.unknown');
      if (project.enterpriseId !== values.enterpriseId) throw fieldError('projectId', 'benefit.project.otherEnterprise');
    }
    if (!getLivePolicy(db, values.policyId)) throw fieldError('policyId', 'policy.unknown');
    if (values.clauseId) {
      const clause = getClause(db, values.clauseId);
      if (!clause) throw fieldError('clauseId', 'policy.clause.unknown');
      if (clause.policyId !== values.policyId) throw fieldError('clauseId', 'policy.clause.otherPolicy');
    }
    const amountFen = yuanToFen(amountYuan);
    if (amountFen === null) throw fieldError('amountYuan', 'benefit.amount');
    const stored = evidence ? storeEvidence(db, ctx.dataDir, evidence) : { evidenceName: null, evidenceSha256: null };
    const id = randomUUID();
    insertBenefit(db, { id, ...values, ...stored, amountFen, taxHoliday: taxHoliday ? scheduleOf(taxHoliday) : null, createdAt: ctx.at, updatedAt: ctx.at });
    const created = benefitView(mustGetJoined(db, requireFound(getLiveBenefit(db, id), ENTITY, id)));
    ctx.audit({ action: 'create', entity: ENTITY, entityId: id, before: null, after: created });
    return created;
  }),

  /** The evidence file back as base64, checked against its recorded SHA-256. */
  'benefits.readEvidence': query(idInput, ({ store, dataDir }, { id }) => {
    const benefit = requireFound(getLiveBenefit(store.db, id), ENTITY, id);
    if (!benefit.evidenceName || !benefit.evidenceSha256) throw new AppError('NOT_FOUND', undefined, { entity: 'policy_benefit_evidence', id });
    const bytes = readAttachmentFile(dataDir, { name: benefit.evidenceName, sha256: benefit.evidenceSha256 });
    return { id, name: benefit.evidenceName, size: bytes.length, base64: bytes.toString('base64') };
  }),

  'benefits.delete': mutation(idInput, (ctx, { id }) => {
    const before = requireFound(getLiveBenefit(ctx.store.db, id), ENTITY, id);
    softDeleteBenefit(ctx.store.db, id, ctx.at);
    ctx.audit({ action: 'delete', entity: ENTITY, entityId: id, before, after: null });
    return { id };
  }),

  'benefits.ofEnterprise': query(idInput, (ctx, { id }) => {
    requireFound(getLiveEnterprise(ctx.store.db, id), 'enterprise', id);
    const rows = benefitsOfEnterprise(ctx.store.db, id).map(benefitView);
    const totalFen = rows.reduce((sum, r) => sum + r.amountFen, 0);
    return { rows, totalFen, totalYuan: fenToYuan(totalFen), totalWan: fenToWan(totalFen) };
  }),

  /** A policy's applications (政策兑现) and the total granted, also per clause. */
  'benefits.ofPolicy': query(idInput, (ctx, { id }) => {
    const { db } = ctx.store;
    requireFound(getLivePolicy(db, id), 'policy', id);
    const rows = benefitsOfPolicy(db, id).map(benefitView);
    const totalFen = totalGrantedOfPolicy(db, id);
    const byClause = clausesOfPolicy(db, id)
      .map((clause) => {
        const granted = rows.filter((r) => r.clauseId === clause.id);
        const fen = granted.reduce((sum, r) => sum + r.amountFen, 0);
        return { clauseId: clause.id, path: clause.path, heading: clause.heading, count: granted.length, totalFen: fen, totalYuan: fenToYuan(fen) };
      })
      .filter((c) => c.count > 0);
    return { rows, enterprises: new Set(rows.map((r) => r.enterpriseId)).size, totalFen, totalYuan: fenToYuan(totalFen), totalWan: fenToWan(totalFen), byClause };
  }),
};
