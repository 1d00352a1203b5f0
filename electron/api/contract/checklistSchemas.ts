import { z } from 'zod';
import { CHECKLIST_DOMAINS, ITEM_STATUSES, PROFILE_NEEDS } from '../../../db/reference/checklists';
import { ENTERPRISE_TAGS, PROJECT_TYPES } from '../../../db/reference/investment';
import { countryCode, industryCode } from './enterpriseSchemas';
import { isoDate, optionalText, parkIdList, requiredText, uuid } from './fields';

const material = z.object({
  name: requiredText(100),
  nameEn: optionalText(200),
  required: z.boolean().default(true),
});

const applicability = z
  .object({
    needs: z.array(z.enum(PROFILE_NEEDS)).max(PROFILE_NEEDS.length).default([]),
    tagsAny: z.array(z.enum(ENTERPRISE_TAGS)).max(ENTERPRISE_TAGS.length).default([]),
    projectTypes: z.array(z.enum(PROJECT_TYPES)).max(PROJECT_TYPES.length).default([]),
    countries: z.array(countryCode).max(300, { error: 'field.tooMany' }).default([]),
  })
  .default({ needs: [], tagsAny: [], projectTypes: [], countries: [] });

const templateItem = z
  .object({
    /** Stable within the family across versions (customs.aeo). */
    key: z.string({ error: 'field.required' }).trim().regex(/^[a-z0-9][a-z0-9._-]{0,59}$/, { error: 'field.invalid' }),
    titleZh: requiredText(200),
    titleEn: requiredText(300),
    agencyZh: requiredText(100),
    agencyEn: optionalText(200),
    legalBasis: optionalText(2000),
    policyClauseId: z.string().trim().max(100, { error: 'field.tooLong' }).nullable().default(null).transform((value) => value || null),
    materials: z.array(material).max(40, { error: 'field.tooMany' }).default([]),
    timeLimitDays: z.number({ error: 'field.notNumber' }).int({ error: 'checklist.template.limit' }).min(0, { error: 'checklist.template.limit' }).max(365, { error: 'checklist.template.limit' }),
    demoLimit: z.boolean().default(false),
    required: z.boolean().default(true),
    applicability,
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.materials.forEach((m, i) => {
      if (seen.has(m.name)) ctx.addIssue({ code: 'custom', path: ['materials', i, 'name'], message: 'checklist.material.duplicate', params: { name: m.name } });
      seen.add(m.name);
    });
  });

const templateObject = z.object({
  domain: z.enum(CHECKLIST_DOMAINS, { error: 'field.required' }),
  nameZh: requiredText(100),
  nameEn: optionalText(200),
  note: optionalText(2000),
  items: z.array(templateItem, { error: 'checklist.template.noItems' }).min(1, { error: 'checklist.template.noItems' }).max(80, { error: 'field.tooMany' }),
});

function checkItemKeys(template: { items: { key: string }[] }, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  template.items.forEach((item, i) => {
    if (seen.has(item.key)) ctx.addIssue({ code: 'custom', path: ['items', i, 'key'], message: 'checklist.template.duplicateKey', params: { key: item.key } });
    seen.add(item.key);
  });
}

export const checklistTemplateCreateInput = templateObject.superRefine(checkItemKeys);
export type ChecklistTemplateInput = z.input<typeof checklistTemplateCreateInput>;
/** Saving an edit makes a new version; `id` is the version edited and must still be current. */
export const checklistTemplateUpdateInput = templateObject.extend({ id: uuid }).superRefine(checkItemKeys);

export const checklistTemplateListInput = z
  .object({ includeSuperseded: z.boolean().optional(), domain: z.enum(CHECKLIST_DOMAINS).optional() })
  .default({});

/** Facts about the enterprise no other record holds; they decide which items apply. */
const serviceFacts = {
  hasForeignStaff: z.boolean().default(false),
  imports: z.boolean().default(false),
  exports: z.boolean().default(false),
};

export const checklistCreateInput = z.object({
  enterpriseId: uuid,
  projectId: uuid.nullable().default(null),
  templateIds: z.array(uuid, { error: 'checklist.templates.required' }).min(1, { error: 'checklist.templates.required' }).max(30, { error: 'field.tooMany' }),
  title: optionalText(200),
  /** 新设 / 增资 / 并购 when the checklist is not for a project; a project's own type is used otherwise. */
  projectType: z.enum(PROJECT_TYPES).nullable().default(null),
  ...serviceFacts,
});

/** "What does a new German manufacturer need?": a profile that is not saved anywhere. */
export const hypotheticalProfileInput = z.object({
  countryCode,
  industryCode,
  tags: z.array(z.enum(ENTERPRISE_TAGS)).max(ENTERPRISE_TAGS.length).default([]),
  projectType: z.enum(PROJECT_TYPES).nullable().default(null),
  ...serviceFacts,
  /** Current versions of these templates; all current templates when left out. */
  templateIds: z.array(uuid).max(30).optional(),
});

export const checklistGetInput = z.object({ id: uuid, asOf: isoDate.optional() });
export const enterpriseChecklistsInput = z.object({ enterpriseId: uuid, asOf: isoDate.optional() });

export const itemUpdateInput = z.object({
  id: uuid,
  assignee: z.string().trim().max(60, { error: 'field.tooLong' }).optional(),
  startOn: isoDate.nullable().optional(),
  /** Left out: start + limit in working days when the start changes. */
  dueOn: isoDate.nullable().optional(),
  notes: z.string().trim().max(4000, { error: 'field.tooLong' }).optional(),
});

export const itemStatusInput = z.object({
  id: uuid,
  status: z.enum(ITEM_STATUSES, { error: 'field.required' }),
  /** Required for 受阻, kept for 不适用. */
  reason: optionalText(1000),
  /** The day it happened; today when left out. */
  on: isoDate.optional(),
});

export const itemMaterialsInput = z.object({ id: uuid, checked: z.array(requiredText(100)).max(40, { error: 'field.tooMany' }) });

/** ~100 MB of base64; the configured limit (default 10 MB of file) is checked on the decoded size. */
const MAX_BASE64_CHARS = 140_000_000;

export const attachmentAddInput = z.object({
  itemId: uuid,
  name: requiredText(200),
  mime: z.string().trim().max(100).regex(/^[\w.+-]+\/[\w.+-]+$/, { error: 'field.invalid' }).default('application/octet-stream'),
  base64: z.string({ error: 'checklist.attachment.empty' }).max(MAX_BASE64_CHARS, { error: 'checklist.attachment.tooLarge' }),
});

export const attachmentIdInput = z.object({ id: uuid });

export const openItemsInput = z
  .object({
    domain: z.enum(CHECKLIST_DOMAINS).optional(),
    /** The checklist's park (its project's, else its enterprise's) is one of these. */
    parkIds: parkIdList.optional(),
    status: z.enum(['not_started', 'in_progress', 'blocked']).optional(),
    assignee: z.string().trim().max(60).optional(),
    overdueOnly: z.boolean().optional(),
    /** Names of enterprises and people masked (a projector over real data). */
    masked: z.boolean().optional(),
    asOf: isoDate.optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .default({});

export const startApplicationInput = z.object({
  itemId: uuid,
  templateId: uuid,
  subject: requiredText(200),
  contactName: optionalText(40),
  contactPhone: optionalText(40),
  note: optionalText(2000),
  submittedOn: isoDate.optional(),
});

export const checklistExportInput = z.object({ id: uuid, language: z.enum(['zh', 'en', 'both']).default('both'), date: isoDate.optional() });

export const checklistSettingsInput = z.object({
  attachmentMaxMb: z.number({ error: 'field.notNumber' }).int({ error: 'field.invalid' }).min(1, { error: 'field.invalid' }).max(100, { error: 'field.tooBig' }),
});
