import { ITEM_TRANSITIONS, OPEN_ITEM_STATUSES, type ItemStatus } from '../../../db/reference/checklists';
import type { ChecklistItemRow, ItemMaterial } from '../../../db/schema';
import { nameList, refuse } from '../workflows/refusal';
import type { WorkingCalendar } from '../workflows/workingCalendar';

export function allowedStatuses(status: ItemStatus): readonly ItemStatus[] {
  return ITEM_TRANSITIONS[status];
}

/** Required materials whose checkbox is not ticked. */
export function missingMaterials(materials: readonly ItemMaterial[]): string[] {
  return materials.filter((m) => m.required && !m.checked).map((m) => m.name);
}

/**
 * A status change the table allows, with what it needs: 受阻 a reason; 已完成 every required material ticked
 * (the investor must not be told a procedure is done while the file is incomplete).
 */
export function checkStatusChange(item: ChecklistItemRow, to: ItemStatus, reason: string): void {
  if (!ITEM_TRANSITIONS[item.status].includes(to)) throw refuse('status', 'checklist.item.transition', { from: item.status, to });
  if (to === 'blocked' && !reason.trim()) throw refuse('reason', 'checklist.item.blockedReason');
  if (to === 'done') {
    const missing = missingMaterials(item.materials);
    if (missing.length) throw refuse('materials', 'checklist.item.materialsMissing', { names: nameList(missing) });
  }
}

/** The due day is the start day plus the time limit in working days (start day not counted), on the desk's calendar. */
export function dueFrom(calendar: WorkingCalendar, startOn: string, timeLimitDays: number): string {
  return calendar.addWorkingDays(startOn, timeLimitDays);
}

export function isOpen(status: ItemStatus): boolean {
  return OPEN_ITEM_STATUSES.includes(status);
}

/** Overdue: still open and its due day has passed by `asOf`. */
export function isOverdue(item: Pick<ChecklistItemRow, 'status' | 'dueOn'>, asOf: string): boolean {
  return isOpen(item.status) && item.dueOn !== null && item.dueOn < asOf;
}

/** Ticks exactly the named materials; names not on the item are refused rather than dropped silently. */
export function tickMaterials(materials: readonly ItemMaterial[], checked: readonly string[]): ItemMaterial[] {
  const known = new Set(materials.map((m) => m.name));
  const unknown = checked.filter((name) => !known.has(name));
  if (unknown.length) throw refuse('checked', 'checklist.item.materialUnknown', { names: nameList(unknown) });
  return materials.map((m) => ({ ...m, checked: checked.includes(m.name) }));
}
