import type { FieldIssue } from '../../../../electron/api/contract/result';

/** An antd form field name: 'name', or ['contacts', 0, 'phone'] inside a list. */
export type FieldName = string | (string | number)[];

export interface PlacedIssues {
  /** Issues per form field, keyed by the field name joined with dots. */
  byField: Map<string, { name: FieldName; issues: FieldIssue[] }>;
  /** Issues that belong to no field of the form; shown above it. */
  unplaced: FieldIssue[];
}

/**
 * Finds the form field an API issue belongs to. A field in `listFields` (a Form.List such as contacts) takes
 * the issue at its row's field ('contacts.0.phone'); any other field takes issues about its parts as its own
 * ('tags.2' → 'tags'). `rename` maps API paths the form names differently ('on' → 'stageOn').
 */
export function placeIssues(
  issues: readonly FieldIssue[],
  fields: readonly string[],
  options: { listFields?: readonly string[]; rename?: Record<string, string> } = {},
): PlacedIssues {
  const byField = new Map<string, { name: FieldName; issues: FieldIssue[] }>();
  const unplaced: FieldIssue[] = [];
  for (const issue of issues) {
    const segments = issue.path.split('.');
    const head = options.rename?.[segments[0] ?? ''] ?? segments[0] ?? '';
    if (!fields.includes(head)) {
      unplaced.push(issue);
      continue;
    }
    const deep = options.listFields?.includes(head) && segments.length > 2;
    const name: FieldName = deep ? [head, ...segments.slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s))] : head;
    const key = Array.isArray(name) ? name.join('.') : name;
    const entry = byField.get(key) ?? { name, issues: [] };
    entry.issues.push(issue);
    byField.set(key, entry);
  }
  return { byField, unplaced };
}
