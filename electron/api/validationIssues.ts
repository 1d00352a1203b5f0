import type { z } from 'zod';
import { isMessageKey, type MessageKey } from './contract/messages';
import type { FieldIssue } from './contract/result';

function fallbackKey(issue: z.core.$ZodIssue): MessageKey {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'field.required' : issue.expected === 'number' ? 'field.notNumber' : 'field.invalid';
    case 'too_big':
      return issue.origin === 'string' ? 'field.tooLong' : issue.origin === 'array' ? 'field.tooMany' : 'field.tooBig';
    case 'too_small':
      return issue.origin === 'number' ? 'field.negative' : 'field.required';
    default:
      return 'field.invalid';
  }
}

/** zod issues → one message key per field path, with the limit a message needs ("at most {{max}}"). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const key = isMessageKey(issue.message) ? issue.message : fallbackKey(issue);
    const field: FieldIssue = { path: issue.path.map(String).join('.'), key };
    if (issue.code === 'too_big') field.params = { max: Number(issue.maximum) };
    if (issue.code === 'custom' && issue.params) field.params = issue.params as Record<string, string | number>;
    return field;
  });
}
