import type { WorkflowMaterial, WorkflowStepDefinition } from '../../../db/schema';
import { nameList, refuse } from './refusal';

/** A material of the 一窗一表 list, with the step that needs it and whether that step takes it later (容缺). */
export interface IntakeMaterial extends WorkflowMaterial {
  stepNo: number;
  allowsMissing: boolean;
}

export function intakeMaterials(steps: readonly WorkflowStepDefinition[]): IntakeMaterial[] {
  return steps.flatMap((step, i) => step.materials.map((m) => ({ ...m, stepNo: i + 1, allowsMissing: step.allowsMissing })));
}

/** Overall limits are the sums of the steps' limits. */
export function totalLimits(steps: readonly WorkflowStepDefinition[]): { statutoryDays: number; promisedDays: number } {
  return steps.reduce((sum, s) => ({ statutoryDays: sum.statutoryDays + s.statutoryDays, promisedDays: sum.promisedDays + s.promisedDays }), { statutoryDays: 0, promisedDays: 0 });
}

export function departmentsOf(steps: readonly WorkflowStepDefinition[]): string[] {
  return [...new Set(steps.flatMap((s) => s.departments))];
}

/**
 * Acceptance checks what the window received against the whole list: an unknown name is a typing slip; a missing
 * mandatory material refuses acceptance unless this is 容缺受理, which the first step must allow and which covers
 * only materials of steps that allow it. Returns the mandatory materials still outstanding.
 */
export function checkIntakeMaterials(steps: readonly WorkflowStepDefinition[], received: readonly string[], withMissing: boolean): string[] {
  if (withMissing && !steps[0]?.allowsMissing) throw refuse('status', 'workflow.missing.notAllowed');
  const list = intakeMaterials(steps);
  const known = new Set(list.map((m) => m.name));
  const unknown = received.filter((name) => !known.has(name));
  if (unknown.length) throw refuse('materialsReceived', 'workflow.material.unknown', { names: nameList(unknown) });
  const got = new Set(received);
  const missing = list.filter((m) => m.mandatory && !got.has(m.name));
  if (!withMissing) {
    if (missing.length) throw refuse('materialsReceived', 'workflow.material.missing', { names: nameList(missing.map((m) => m.name)) });
    return [];
  }
  const notMissable = missing.filter((m) => !m.allowsMissing);
  if (notMissable.length) throw refuse('materialsReceived', 'workflow.material.notMissable', { names: nameList(notMissable.map((m) => m.name)) });
  return missing.map((m) => m.name);
}
