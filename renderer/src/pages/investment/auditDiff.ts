/** Bookkeeping fields every update touches; showing them would hide the change the user made. */
const IGNORED = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt']);

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The fields whose value differs between an audit row's before and after, in the order the record lists them. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const from = asRecord(before);
  const to = asRecord(after);
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((field) => !IGNORED.has(field));
  return fields
    .filter((field) => JSON.stringify(from[field] ?? null) !== JSON.stringify(to[field] ?? null))
    .map((field) => ({ field, before: from[field] ?? null, after: to[field] ?? null }));
}
