import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client';
import { REFERENCE_TEMPLATES } from '../../../db/reference/workflowTemplates';
import type { WorkflowCategory } from '../../../db/reference/workflows';
import { findCurrentTemplateByName, getTemplate, insertTemplate, supersedeTemplate } from '../../../db/repos/workflowsTemplatesRepo';
import type { WorkflowStepDefinition, WorkflowTemplateRow } from '../../../db/schema';

export interface TemplateContent {
  name: string;
  category: WorkflowCategory;
  legalBasis: string;
  policyClauseId: string | null;
  steps: WorkflowStepDefinition[];
}

interface Author {
  db: Db;
  at: string;
  actor: string;
}

/** Only the fields a step definition has, whatever else the caller's object carries. */
function cleanSteps(steps: readonly WorkflowStepDefinition[]): WorkflowStepDefinition[] {
  return steps.map((s) => ({
    name: s.name, departments: [...s.departments], role: s.role, statutoryDays: s.statutoryDays, promisedDays: s.promisedDays,
    materials: s.materials.map((x) => ({ name: x.name, mandatory: x.mandatory })), allowsMissing: s.allowsMissing, isPledge: s.isPledge,
  }));
}

export function createTemplate(author: Author, content: TemplateContent): WorkflowTemplateRow {
  const id = randomUUID();
  insertTemplate(author.db, { id, familyId: id, version: 1, ...content, steps: cleanSteps(content.steps), createdAt: author.at, createdBy: author.actor, supersededAt: null });
  return getTemplate(author.db, id)!;
}

/** An edit is a new version of the family; the edited one is kept, unchanged, for the applications filed on it. */
export function reviseTemplate(author: Author, current: WorkflowTemplateRow, content: TemplateContent): WorkflowTemplateRow {
  supersedeTemplate(author.db, current.id, author.at);
  const id = randomUUID();
  insertTemplate(author.db, {
    id, familyId: current.familyId, version: current.version + 1, ...content, steps: cleanSteps(content.steps), createdAt: author.at, createdBy: author.actor, supersededAt: null,
  });
  return getTemplate(author.db, id)!;
}

/** Adds the five reference procedures that have no current template of the same name yet; returns those added. */
export function installReferenceTemplates(author: Author): WorkflowTemplateRow[] {
  return REFERENCE_TEMPLATES.filter((t) => !findCurrentTemplateByName(author.db, t.name)).map((t) => createTemplate(author, { ...t, policyClauseId: null }));
}
