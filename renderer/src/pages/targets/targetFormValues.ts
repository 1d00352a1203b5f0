import type { z } from 'zod';
import type { MethodOutput } from '../../../../electron/api/index';
import { targetCreateInput, targetUpdateInput } from '../../../../electron/api/contract/targetSchemas';
import { checkWith, type Check } from '../investment/schemaCheck';
import type { TargetPriority } from '../investment/investmentLabels';

export type TargetRecord = MethodOutput<'targets.create'>;

/** A target's own statuses; 已转项目 is reached only by converting it. */
export const EDITABLE_TARGET_STATUSES = ['tracking', 'negotiating', 'shelved'] as const;
export type EditableTargetStatus = (typeof EDITABLE_TARGET_STATUSES)[number];

export interface TargetFormValues {
  company: string;
  companyOriginal: string;
  countryCode?: string;
  industryCode?: string;
  parkId: string | null;
  priority: TargetPriority;
  owner: string;
  status: EditableTargetStatus;
  plan: string;
}

export const TARGET_FORM_FIELDS = ['company', 'companyOriginal', 'countryCode', 'industryCode', 'parkId', 'priority', 'owner', 'status', 'plan'] as const;

export function emptyTargetForm(): TargetFormValues {
  return { company: '', companyOriginal: '', parkId: null, priority: 'B', owner: '', status: 'tracking', plan: '' };
}

export function targetToForm(target: TargetRecord): TargetFormValues {
  return {
    company: target.company,
    companyOriginal: target.companyOriginal,
    countryCode: target.countryCode,
    industryCode: target.industryCode,
    parkId: target.parkId,
    priority: target.priority,
    owner: target.owner,
    status: target.status === 'converted' ? 'negotiating' : target.status,
    plan: target.plan,
  };
}

export type TargetSave = { create: z.output<typeof targetCreateInput> } | { update: z.output<typeof targetUpdateInput> };

export function checkTargetForm(values: TargetFormValues, target: TargetRecord | null): Check<TargetSave> {
  if (!target) {
    const check = checkWith(targetCreateInput, values);
    return check.ok ? { ok: true, input: { create: check.input } } : check;
  }
  const check = checkWith(targetUpdateInput, { ...values, id: target.id, expectedUpdatedAt: target.updatedAt });
  return check.ok ? { ok: true, input: { update: check.input } } : check;
}
