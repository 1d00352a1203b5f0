import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client';
import type { ChecklistDomain } from '../../../db/reference/checklists';
import { REFERENCE_CHECKLIST_TEMPLATES } from '../../../db/reference/checklistTemplates';
import {
  findCurrentChecklistTemplateByName,
  getChecklistTemplate,
  insertChecklistTemplate,
  supersedeChecklistTemplate,
} from '../../../db/repos/checklistTemplatesRepo';
import type { ChecklistTemplateItem, ChecklistTemplateRow } from '../../../db/schema';

export interface ChecklistTemplateContent {
  domain: ChecklistDomain;
  nameZh: string;
  nameEn: string;
  note: string;
  items: ChecklistTemplateItem[];
}

interface Author {
  db: Db;
  at: string;
  actor: string;
}

/** Only the fields an item has, whatever else the caller's object carries. */
function cleanItems(items: readonly ChecklistTemplateItem[]): ChecklistTemplateItem[] {
  return items.map((i) => ({
    key: i.key, titleZh: i.titleZh, titleEn: i.titleEn, agencyZh: i.agencyZh, agencyEn: i.agencyEn, legalBasis: i.legalBasis,
    policyClauseId: i.policyClauseId, materials: i.materials.map((x) => ({ name: x.name, nameEn: x.nameEn, required: x.required })),
    timeLimitDays: i.timeLimitDays, demoLimit: i.demoLimit, required: i.required,
    applicability: { needs: [...i.applicability.needs], tagsAny: [...i.applicability.tagsAny], projectTypes: [...i.applicability.projectTypes], countries: [...i.applicability.countries] },
  }));
}

function insertVersion(author: Author, familyId: string | null, version: number, content: ChecklistTemplateContent): ChecklistTemplateRow {
  const id = randomUUID();
  insertChecklistTemplate(author.db, {
    id, familyId: familyId ?? id, version, domain: content.domain, nameZh: content.nameZh, nameEn: content.nameEn, note: content.note,
    items: cleanItems(content.items), createdAt: author.at, createdBy: author.actor, supersededAt: null,
  });
  return getChecklistTemplate(author.db, id)!;
}

export function createChecklistTemplate(author: Author, content: ChecklistTemplateContent): ChecklistTemplateRow {
  return insertVersion(author, null, 1, content);
}

/** An edit is the family's next version; checklists made from the edited one keep their copied items. */
export function reviseChecklistTemplate(author: Author, current: ChecklistTemplateRow, content: ChecklistTemplateContent): ChecklistTemplateRow {
  supersedeChecklistTemplate(author.db, current.id, author.at);
  return insertVersion(author, current.familyId, current.version + 1, content);
}

/** Adds the six reference templates that have no current template of the same name; returns those added. */
export function installReferenceChecklistTemplates(author: Author): ChecklistTemplateRow[] {
  return REFERENCE_CHECKLIST_TEMPLATES.filter((t) => !findCurrentChecklistTemplateByName(author.db, t.nameZh)).map((t) => createChecklistTemplate(author, t));
}
