import type { EnterpriseTag, ProjectType } from '../../../../../db/reference/investment';
import type { ParkKind, ParkLevel } from '../../../../../db/reference/parkKinds';
import type { ClauseApplicability } from '../../../../../db/reference/policies';
import { wanToUsd } from '../../../../../electron/api/contract/money';
import type { FieldIssue } from '../../../../../electron/api/contract/result';
import { wanInput } from '../../investment/wanText';

/** The applicability conditions as the clause form holds them: flat fields, the minimum size as 万美元 text. */
export interface ApplicabilityValues {
  parkKinds: ParkKind[];
  parkLevels: ParkLevel[];
  tagsAny: EnterpriseTag[];
  industryPrefixes: string[];
  countries: string[];
  projectTypes: ProjectType[];
  /** 万美元 as typed, so 1.2345 reaches the server as exactly 12,345 dollars. */
  minProjectWan: string;
  validFrom: string | null;
  validTo: string | null;
}

export const APPLICABILITY_FIELDS = [
  'parkKinds',
  'parkLevels',
  'tagsAny',
  'industryPrefixes',
  'countries',
  'projectTypes',
  'minProjectWan',
  'validFrom',
  'validTo',
] as const;

export function applicabilityToForm(rule: ClauseApplicability | null): ApplicabilityValues {
  return {
    parkKinds: rule?.parkKinds ?? [],
    parkLevels: rule?.parkLevels ?? [],
    tagsAny: rule?.tagsAny ?? [],
    industryPrefixes: rule?.industryPrefixes ?? [],
    countries: rule?.countries ?? [],
    projectTypes: rule?.projectTypes ?? [],
    minProjectWan: wanInput(rule?.minProjectUsd ?? null),
    validFrom: rule?.validFrom ?? null,
    validTo: rule?.validTo ?? null,
  };
}

/**
 * What the API's `applicability` receives: null when no condition is set (empty means "no condition"), else every
 * list and bound. A minimum that is not 万美元 text is handed on as text so the
 * schema refuses it at its field with its own words.
 */
export function applicabilityInputOf(values: ApplicabilityValues): Record<string, unknown> | null {
  const wan = (values.minProjectWan ?? '').trim();
  const usd = wan === '' ? null : wanToUsd(wan);
  const input = {
    parkKinds: values.parkKinds ?? [],
    parkLevels: values.parkLevels ?? [],
    tagsAny: values.tagsAny ?? [],
    industryPrefixes: values.industryPrefixes ?? [],
    countries: values.countries ?? [],
    projectTypes: values.projectTypes ?? [],
    minProjectUsd: wan === '' ? null : (usd ?? wan),
    validFrom: values.validFrom || null,
    validTo: values.validTo || null,
  };
  const empty = Object.values(input).every((value) => value === null || (Array.isArray(value) && value.length === 0));
  return empty ? null : input;
}

/** 'applicability.tagsAny.1' → 'tagsAny', 'applicability.minProjectUsd' → 'minProjectWan': the form's own field names. */
export function placeApplicabilityIssues(issues: FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    if (!issue.path.startsWith('applicability.')) return issue;
    const rest = issue.path.slice('applicability.'.length);
    return { ...issue, path: rest.startsWith('minProjectUsd') ? `minProjectWan${rest.slice('minProjectUsd'.length)}` : rest };
  });
}

/**
 * antd's tags mode toggles: typing a unit that is already chosen and pressing Enter removes it. Re-typing means
 * "this one", so the list stays as it was; clicking a tag's × still removes it. Names are trimmed and kept once.
 */
export function keepRetypedUnit(previous: readonly string[], next: readonly string[], typed: string): string[] {
  const word = typed.trim();
  if (word && previous.includes(word) && !next.includes(word)) return [...previous];
  return [...new Set(next.map((unit) => unit.trim()).filter(Boolean))];
}
