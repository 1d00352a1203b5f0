import type { TFunction } from 'i18next';
import type { BenefitKind, PolicyCategory, PolicyLevel, PolicyLinkKind, PolicyStatus, TaxRegime } from '../../../../db/reference/policies';
import { BENEFIT_KINDS, POLICY_CATEGORIES, POLICY_LEVELS, POLICY_STATUSES } from '../../../../db/reference/policies';

/** Code → words for the policy code lists; the codes come from db/reference/policies, the words from i18n. */
export const statusLabel = (s: PolicyStatus, t: TFunction) => t(`polStatus.${s}`);
export const levelLabel = (l: PolicyLevel, t: TFunction) => t(`polLevel.${l}`);
export const categoryLabel = (c: PolicyCategory, t: TFunction) => t(`polCat.${c}`);
export const benefitKindLabel = (k: BenefitKind, t: TFunction) => t(`benefitKind.${k}`);
export const regimeLabel = (r: TaxRegime, t: TFunction) => t(`taxRegime.${r}`);
export const linkLabel = (k: PolicyLinkKind, t: TFunction) => t(`polLink.${k}`);

export const levelOptions = (t: TFunction) => POLICY_LEVELS.map((value) => ({ value, label: levelLabel(value, t) }));
export const categoryOptions = (t: TFunction) => POLICY_CATEGORIES.map((value) => ({ value, label: categoryLabel(value, t) }));
export const statusOptions = (t: TFunction) => POLICY_STATUSES.map((value) => ({ value, label: statusLabel(value, t) }));
export const benefitKindOptions = (t: TFunction) => BENEFIT_KINDS.map((value) => ({ value, label: benefitKindLabel(value, t) }));
