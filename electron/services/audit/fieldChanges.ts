/** One field's change as the viewer shows it: the old and new values as display text (null = empty). */
export interface FieldChange {
  field: string;
  old: string | null;
  new: string | null;
}

/** Bookkeeping columns every edit touches; listing them would bury the real change. */
const NOISE = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function display(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('、');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Field-level changes, derived when the trail is read from the before/after snapshots the audit row already
 * holds (so rows written before this existed get diffs too). A create lists the fields it set, a delete the
 * fields it removed, an update only what differs; a plain value (a setting) shows as the field `value`.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    const [old, next] = [display(before), display(after)];
    return old === next ? [] : [{ field: 'value', old, new: next }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !NOISE.has(f));
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const old = display(b[field]);
    const next = display(a[field]);
    if (old !== next) changes.push({ field, old, new: next });
  }
  return changes;
}

/** The name a person knows the record by, from whichever snapshot has one. */
export function recordName(before: unknown, after: unknown): string | null {
  for (const snapshot of [after, before]) {
    if (!isRecord(snapshot)) continue;
    for (const key of ['name', 'title', 'titleZh', 'nameZh', 'companyName']) {
      const value = snapshot[key];
      if (typeof value === 'string' && value) return value;
    }
  }
  return null;
}
