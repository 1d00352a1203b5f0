import type { FieldIssue } from '../../../../../electron/api/contract/result';
import { templateCreateInput } from '../../../../../electron/api/contract/workflowSchemas';
import type { WorkflowCategory } from '../../../../../db/reference/workflows';
import { checkWith } from '../../investment/schemaCheck';
import type { TemplateView } from '../workflowTypes';

export interface StepValues {
  name?: string;
  departments?: string[];
  role?: string;
  statutoryDays?: number | null;
  promisedDays?: number | null;
  materials?: { name?: string; mandatory?: boolean }[];
  allowsMissing?: boolean;
  isPledge?: boolean;
}

export interface TemplateFormValues {
  name?: string;
  category?: WorkflowCategory;
  legalBasis?: string;
  policyClauseId?: string | null;
  steps?: StepValues[];
}

export const emptyStep = (): StepValues => ({ departments: [], materials: [], allowsMissing: false, isPledge: false });

export function templateFormValues(template: TemplateView | null): TemplateFormValues {
  if (!template) return { steps: [emptyStep()] };
  return {
    name: template.name,
    category: template.category,
    legalBasis: template.legalBasis,
    policyClauseId: template.policyClauseId,
    steps: template.steps.map((s) => ({ ...s, materials: s.materials.map((m) => ({ ...m })), departments: [...s.departments] })),
  };
}

/** Empty number boxes are sent as they are, so the API's own message ("请输入数字") lands at the box. */
function stepInput(step: StepValues) {
  return { ...step, statutoryDays: step.statutoryDays ?? undefined, promisedDays: step.promisedDays ?? undefined, materials: step.materials ?? [] };
}

/** Checked with the API's schema; an edit sends the same values with the edited version's id (update = create + id). */
export function checkTemplateForm(values: TemplateFormValues) {
  return checkWith(templateCreateInput, { ...values, steps: (values.steps ?? []).map(stepInput) });
}

/**
 * A problem with one department of a 会签 list belongs to the step's department box, which holds the whole list
 * ('steps.1.departments.2' → 'steps.1.departments').
 */
export function placeDepartmentIssues(issues: FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path.replace(/^(steps\.\d+\.departments)\.\d+$/, '$1') }));
}
