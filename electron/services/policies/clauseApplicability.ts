import type { EnterpriseTag, ProjectType } from '../../../db/reference/investment';
import type { ParkKind, ParkLevel } from '../../../db/reference/parkKinds';
import type { ClauseApplicability } from '../../../db/reference/policies';

/** What is known about an investor (and optionally its project) when asking which clauses apply. */
export interface InvestorProfile {
  parkKind: ParkKind | null;
  parkLevel: ParkLevel | null;
  tags: EnterpriseTag[];
  industryCode: string;
  countryCode: string;
  projectType: ProjectType | null;
  projectTotalUsd: number | null;
  /** The day the window is checked against: the project's signing day, else today. */
  onDate: string;
}

export type ConditionName = keyof ClauseApplicability;

/** One condition a clause sets and whether the investor meets it; `value` is what made it match (or the requirement). */
export interface ConditionCheck {
  condition: ConditionName;
  met: boolean;
  value: string;
}

function listCheck<T extends string>(condition: ConditionName, wanted: T[], actual: T | null): ConditionCheck | null {
  if (wanted.length === 0) return null;
  return { condition, met: actual !== null && wanted.includes(actual), value: actual !== null && wanted.includes(actual) ? actual : wanted.join(',') };
}

/** Every condition the clause sets, checked; a clause applies when all are met. */
export function checkApplicability(rule: ClauseApplicability, who: InvestorProfile): ConditionCheck[] {
  const checks: (ConditionCheck | null)[] = [
    listCheck('parkKinds', rule.parkKinds, who.parkKind),
    listCheck('parkLevels', rule.parkLevels, who.parkLevel),
    rule.tagsAny.length === 0
      ? null
      : { condition: 'tagsAny', met: rule.tagsAny.some((t) => who.tags.includes(t)), value: rule.tagsAny.filter((t) => who.tags.includes(t)).join(',') || rule.tagsAny.join(',') },
    rule.industryPrefixes.length === 0
      ? null
      : { condition: 'industryPrefixes', met: rule.industryPrefixes.some((p) => who.industryCode.startsWith(p)), value: rule.industryPrefixes.find((p) => who.industryCode.startsWith(p)) ?? rule.industryPrefixes.join(',') },
    listCheck('countries', rule.countries, who.countryCode),
    listCheck('projectTypes', rule.projectTypes, who.projectType),
    rule.minProjectUsd === null ? null : { condition: 'minProjectUsd', met: who.projectTotalUsd !== null && who.projectTotalUsd >= rule.minProjectUsd, value: String(rule.minProjectUsd) },
    rule.validFrom === null ? null : { condition: 'validFrom', met: who.onDate >= rule.validFrom, value: rule.validFrom },
    rule.validTo === null ? null : { condition: 'validTo', met: who.onDate <= rule.validTo, value: rule.validTo },
  ];
  return checks.filter((c): c is ConditionCheck => c !== null);
}

export function applies(checks: ConditionCheck[]): boolean {
  return checks.length > 0 && checks.every((c) => c.met);
}

export const EMPTY_APPLICABILITY: ClauseApplicability = {
  parkKinds: [], parkLevels: [], tagsAny: [], industryPrefixes: [], countries: [], projectTypes: [], minProjectUsd: null, validFrom: null, validTo: null,
};
