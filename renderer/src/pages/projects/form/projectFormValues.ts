import type { MethodOutput } from '../../../../../electron/api/index';
import { projectCreateInput, projectUpdateInput } from '../../../../../electron/api/contract/projectSchemas';
import type { PipelineStage, ProjectType } from '../../../../../db/reference/investment';
import { today } from '../../investment/formFieldProps';
import type { z } from 'zod';
import { checkWith, type Check } from '../../investment/schemaCheck';
import { wanInput } from '../../investment/wanText';

export type ProjectRecord = MethodOutput<'projects.get'>['project'];

/** The form's state: the API's field names, with "not chosen yet" allowed where the API requires a value. */
export interface ProjectFormValues {
  name: string;
  enterpriseId?: string;
  parkId?: string;
  type?: ProjectType;
  sourceCountry?: string;
  industryCode?: string;
  /** 万美元 as typed: text, so 15000.1234 reaches the server exactly. */
  totalInvestmentWan: string;
  contractedFdiWan: string;
  landMu: number | null;
  owner: string;
  ownerPhone: string;
  issues: string;
  /** Only when creating: later changes go through "advance". */
  stage: PipelineStage;
  stageOn: string | null;
}

export const PROJECT_FORM_FIELDS = [
  'name',
  'enterpriseId',
  'parkId',
  'type',
  'sourceCountry',
  'industryCode',
  'totalInvestmentWan',
  'contractedFdiWan',
  'landMu',
  'owner',
  'ownerPhone',
  'issues',
  'stage',
  'stageOn',
] as const;

export function emptyProjectForm(): ProjectFormValues {
  return {
    name: '',
    totalInvestmentWan: '',
    contractedFdiWan: '',
    landMu: null,
    owner: '',
    ownerPhone: '',
    issues: '',
    stage: 'lead',
    stageOn: today(),
  };
}

export function projectToForm(project: ProjectRecord): ProjectFormValues {
  return {
    name: project.name,
    enterpriseId: project.enterpriseId,
    parkId: project.parkId,
    type: project.type,
    sourceCountry: project.sourceCountry,
    industryCode: project.industryCode,
    totalInvestmentWan: wanInput(project.totalInvestmentUsd),
    contractedFdiWan: wanInput(project.contractedFdiUsd),
    landMu: project.landMu,
    owner: project.owner,
    ownerPhone: project.ownerPhone,
    issues: project.issues,
    stage: project.stage === 'dropped' ? 'lead' : project.stage,
    stageOn: null,
  };
}

/** An empty contracted-FDI box means none yet (0), as on the provincial forms. */
function amounts(values: ProjectFormValues) {
  return { ...values, contractedFdiWan: values.contractedFdiWan.trim() === '' ? '0' : values.contractedFdiWan };
}

/** What to send: a new project, or the changed fields of `project` (stages move through "advance" instead). */
export type ProjectSave =
  | { create: z.output<typeof projectCreateInput> }
  | { update: z.output<typeof projectUpdateInput> };

export function checkProjectForm(values: ProjectFormValues, project: ProjectRecord | null): Check<ProjectSave> {
  if (!project) {
    const check = checkWith(projectCreateInput, amounts(values));
    return check.ok ? { ok: true, input: { create: check.input } } : check;
  }
  const { stage: _stage, stageOn: _stageOn, ...fields } = amounts(values);
  const check = checkWith(projectUpdateInput, { ...fields, id: project.id, expectedUpdatedAt: project.updatedAt });
  return check.ok ? { ok: true, input: { update: check.input } } : check;
}
