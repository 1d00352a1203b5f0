import type { TFunction } from 'i18next';
import type { PolicyCategory, PolicyLevel } from '../../../../../db/reference/policies';
import { categoryLabel, levelLabel } from '../policyLabels';

const FIELDS = ['title', 'docNumber', 'issuer', 'level', 'categories', 'issuedOn', 'effectiveOn', 'expiresOn'] as const;
type Field = (typeof FIELDS)[number];

function isField(field: string): field is Field {
  return (FIELDS as readonly string[]).includes(field);
}

/** The policy's own fields in words; ids, timestamps and the full text (too long to diff in a list) are left out. */
export function policyFieldLabel(field: string, t: TFunction): string | null {
  return isField(field) ? t(`pol.field.${field}`) : null;
}

export function policyFieldValue(field: string, value: unknown, t: TFunction): string {
  if (field === 'level') return levelLabel(value as PolicyLevel, t);
  if (field === 'categories' && Array.isArray(value)) return (value as PolicyCategory[]).map((c) => categoryLabel(c, t)).join('、');
  return typeof value === 'string' ? value : JSON.stringify(value);
}
