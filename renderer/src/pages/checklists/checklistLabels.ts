import type { TFunction } from 'i18next';
import { CHECKLIST_DOMAINS, ITEM_STATUSES, type ChecklistDomain, type ItemStatus, type ProfileNeed } from '../../../../db/reference/checklists';
import type { FieldIssue } from '../../../../electron/api/contract/result';
import { fieldIssueText } from '../../i18n/errorText';

/** Code lists in the user's language; the codes come from db/reference so nothing drifts. */
export const domainLabel = (domain: ChecklistDomain, t: TFunction) => t(`clDomain.${domain}`);
export const itemStatusLabel = (status: ItemStatus, t: TFunction) => t(`clStatus.${status}`);
export const needLabel = (need: ProfileNeed, t: TFunction) => t(`clNeed.${need}`);

export const domainOptions = (t: TFunction) => CHECKLIST_DOMAINS.map((value) => ({ value, label: domainLabel(value, t) }));
export const itemStatusOptions = (t: TFunction) => ITEM_STATUSES.map((value) => ({ value, label: itemStatusLabel(value, t) }));

function isStatus(value: unknown): value is ItemStatus {
  return typeof value === 'string' && (ITEM_STATUSES as readonly string[]).includes(value);
}

/**
 * A refusal about an item in the user's language. A transition refusal carries status codes (from, to): the
 * catalog's sentence does not name them, so it is replaced by one that names both statuses in words.
 */
export function itemIssueText(issue: FieldIssue, t: TFunction): string {
  const { from, to } = issue.params ?? {};
  if (issue.key === 'checklist.item.transition' && isStatus(from) && isStatus(to)) {
    return t('cl.refuse.transition', { from: itemStatusLabel(from, t), to: itemStatusLabel(to, t) });
  }
  return fieldIssueText(issue, t);
}

/** "2.4 MB" / "120 KB", written like the server's size messages so both read alike. */
export function humanSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
