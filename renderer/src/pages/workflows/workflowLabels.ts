import type { TFunction } from 'i18next';
import {
  APPLICATION_STATUSES,
  CLOCK_LIGHTS,
  WORKFLOW_CATEGORIES,
  type ApplicationStatus,
  type ClockLight,
  type WorkflowCategory,
  type WorkflowEventKind,
} from '../../../../db/reference/workflows';

/** Code lists in the user's language; the codes themselves come from db/reference so nothing drifts. */
export const statusLabel = (status: ApplicationStatus, t: TFunction) => t(`wfStatus.${status}`);
export const lightLabel = (light: ClockLight | null, t: TFunction) => (light ? t(`wfLight.${light}`) : t('wfLight.none'));
export const categoryLabel = (category: WorkflowCategory, t: TFunction) => t(`wfCategory.${category}`);
export const actionLabel = (kind: WorkflowEventKind, t: TFunction) => t(`wfAction.${kind}`);

export const statusOptions = (t: TFunction) => APPLICATION_STATUSES.map((value) => ({ value, label: statusLabel(value, t) }));
export const lightOptions = (t: TFunction) => CLOCK_LIGHTS.map((value) => ({ value, label: lightLabel(value, t) }));
export const categoryOptions = (t: TFunction) => WORKFLOW_CATEGORIES.map((value) => ({ value, label: categoryLabel(value, t) }));
