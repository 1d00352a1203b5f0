import { CHECKLIST_DOMAINS, type ChecklistDomain } from '../../../../db/reference/checklists';

/** Items grouped in the fixed domain order (海关 first), leaving out domains with nothing; order within a group kept. */
export function groupByDomain<T extends { domain: ChecklistDomain }>(items: readonly T[]): { domain: ChecklistDomain; items: T[] }[] {
  return CHECKLIST_DOMAINS.map((domain) => ({ domain, items: items.filter((i) => i.domain === domain) })).filter((g) => g.items.length > 0);
}
