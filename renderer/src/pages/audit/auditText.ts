import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  AUDIT_FIELD_LABELS,
  labelOf,
} from '../../../../electron/api/contract/auditLabels';

/** The API's bilingual audit labels (shared with the .xlsx export) in the interface language. */
export function auditLang(language: string): 'zh' | 'en' {
  return language.startsWith('zh') ? 'zh' : 'en';
}

export const entityLabel = (entity: string, lang: 'zh' | 'en') => labelOf(AUDIT_ENTITY_LABELS, entity, lang);
export const actionLabel = (action: string, lang: 'zh' | 'en') => labelOf(AUDIT_ACTION_LABELS, action, lang);
export const fieldLabel = (field: string, lang: 'zh' | 'en') => labelOf(AUDIT_FIELD_LABELS, field, lang);

/** The user's local day range as the ISO instants the API filters on: [from 00:00, day after `to` 00:00). */
export function dayRangeToInstants(from: string, to: string): { fromAt: string; toAt: string } {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return { fromAt: new Date(fy, fm - 1, fd).toISOString(), toAt: new Date(ty, tm - 1, td + 1).toISOString() };
}
