import type { z } from 'zod';
import type { FieldIssue } from '../../../../electron/api/contract/result';
import { toFieldIssues } from '../../../../electron/api/validationIssues';

export type Check<T> = { ok: true; input: T } | { ok: false; issues: FieldIssue[] };

/**
 * The API's own schema, run before sending: the same rules and message keys, so the user sees the same words
 * whether the browser or the server caught the problem.
 */
export function checkWith<S extends z.ZodType>(schema: S, values: unknown): Check<z.output<S>> {
  const parsed = schema.safeParse(values);
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, issues: toFieldIssues(parsed.error) };
}
