import type { ChecklistDomain, ProfileNeed } from '../../../db/reference/checklists';
import { CHECKLIST_DOMAINS } from '../../../db/reference/checklists';
import { findIndustry } from '../../../db/reference/industries';
import type { ChecklistApplicability, ChecklistTemplateItem, ChecklistTemplateRow, ServiceProfile } from '../../../db/schema';

/** Manufacturing is GB/T 4754 door C (divisions 13–43); a code anywhere under it counts. */
export function isManufacturer(industryCode: string): boolean {
  return findIndustry(industryCode)?.doorCode === 'C';
}

function meets(need: ProfileNeed, profile: ServiceProfile): boolean {
  switch (need) {
    case 'foreign_staff':
      return profile.hasForeignStaff;
    case 'imports':
      return profile.imports;
    case 'exports':
      return profile.exports;
    case 'trade':
      return profile.imports || profile.exports;
    case 'manufacturer':
      return isManufacturer(profile.industryCode);
  }
}

/** Every condition the item states must hold; a list left empty puts no condition. */
export function applies(rule: ChecklistApplicability, profile: ServiceProfile): boolean {
  if (!rule.needs.every((need) => meets(need, profile))) return false;
  if (rule.tagsAny.length && !rule.tagsAny.some((tag) => profile.tags.includes(tag))) return false;
  if (rule.projectTypes.length && (!profile.projectType || !rule.projectTypes.includes(profile.projectType))) return false;
  if (rule.countries.length && !rule.countries.includes(profile.countryCode)) return false;
  return true;
}

export interface ApplicableItem {
  template: ChecklistTemplateRow;
  item: ChecklistTemplateItem;
}

/** The items of these template versions that apply to the profile, in template then item order. */
export function applicableItems(templates: readonly ChecklistTemplateRow[], profile: ServiceProfile): ApplicableItem[] {
  return templates.flatMap((template) => template.items.filter((item) => applies(item.applicability, profile)).map((item) => ({ template, item })));
}

/** Groups by domain in the fixed domain order, leaving out domains with nothing. */
export function byDomain<T extends { domain: ChecklistDomain }>(rows: readonly T[]): { domain: ChecklistDomain; items: T[] }[] {
  return CHECKLIST_DOMAINS.map((domain) => ({ domain, items: rows.filter((r) => r.domain === domain) })).filter((g) => g.items.length > 0);
}
