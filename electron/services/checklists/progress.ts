import { CHECKLIST_DOMAINS, ITEM_STATUSES, type ChecklistDomain, type ItemStatus } from '../../../db/reference/checklists';

export interface Progress {
  total: number;
  counts: Record<ItemStatus, number>;
  /** Items that still count: all but 不适用. */
  applicable: number;
  /** Done as a whole percentage of the applicable items; 100 when nothing applies. */
  percentDone: number;
}

export function progressOf(items: readonly { status: ItemStatus }[]): Progress {
  const counts = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
  for (const item of items) counts[item.status] += 1;
  const applicable = items.length - counts.not_applicable;
  return { total: items.length, counts, applicable, percentDone: applicable === 0 ? 100 : Math.round((counts.done * 100) / applicable) };
}

export function progressByDomain(items: readonly { status: ItemStatus; domain: ChecklistDomain }[]): ({ domain: ChecklistDomain } & Progress)[] {
  return CHECKLIST_DOMAINS.map((domain) => ({ domain, items: items.filter((i) => i.domain === domain) }))
    .filter((g) => g.items.length > 0)
    .map(({ domain, items: group }) => ({ domain, ...progressOf(group) }));
}
