import type { ParkKind, ParkLevel } from '../../../../db/reference/parkKinds';
import { parkInput, type ParkValues } from '../../../../electron/api/contract/parkSchemas';
import type { FieldIssue } from '../../../../electron/api/contract/result';
import { toFieldIssues } from '../../../../electron/api/validationIssues';
import type { ParkView } from './parkTypes';

/** The form's state: the API's field names, with "not chosen yet" allowed where the API requires a value. */
export interface ParkFormValues {
  name: string;
  nameEn: string;
  kind?: ParkKind;
  level?: ParkLevel;
  partnerCountries: string[];
  divisionCode?: string;
  hostParkId: string | null;
  establishedOn: string | null;
  areaMu: number | null;
  leadingIndustries: string[];
  notes: string;
}

export type ParkFormField = keyof ParkFormValues;

export const PARK_FORM_FIELDS: readonly ParkFormField[] = [
  'name',
  'nameEn',
  'kind',
  'level',
  'partnerCountries',
  'divisionCode',
  'hostParkId',
  'establishedOn',
  'areaMu',
  'leadingIndustries',
  'notes',
];

export function emptyParkForm(): ParkFormValues {
  return {
    name: '',
    nameEn: '',
    partnerCountries: [],
    hostParkId: null,
    establishedOn: null,
    areaMu: null,
    leadingIndustries: [],
    notes: '',
  };
}

export function parkToForm(park: ParkView): ParkFormValues {
  return {
    name: park.name,
    nameEn: park.nameEn,
    kind: park.kind,
    level: park.level,
    partnerCountries: [...park.partnerCountries],
    divisionCode: park.divisionCode,
    hostParkId: park.hostParkId,
    establishedOn: park.establishedOn,
    areaMu: park.areaMu,
    leadingIndustries: [...park.leadingIndustries],
    notes: park.notes,
  };
}

export type ParkFormCheck = { ok: true; values: ParkValues } | { ok: false; issues: FieldIssue[] };

/**
 * The API's own schema, run before sending: the same rules, the same message keys, so the user sees the
 * same words whether the browser or the server caught the problem.
 */
export function checkParkForm(values: Partial<ParkFormValues>): ParkFormCheck {
  const parsed = parkInput.safeParse(values);
  return parsed.success ? { ok: true, values: parsed.data } : { ok: false, issues: toFieldIssues(parsed.error) };
}

export interface SortedIssues {
  /** Per form field, in the order the fields appear; 'leadingIndustries.2' counts as 'leadingIndustries'. */
  byField: Map<ParkFormField, FieldIssue[]>;
  /** Issues that belong to no field of the form; shown above it. */
  unplaced: FieldIssue[];
}

function fieldOf(path: string): ParkFormField | undefined {
  const head = path.split('.')[0];
  return PARK_FORM_FIELDS.find((field) => field === head);
}

export function sortIssues(issues: readonly FieldIssue[]): SortedIssues {
  const byField = new Map<ParkFormField, FieldIssue[]>();
  const unplaced: FieldIssue[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (!field) unplaced.push(issue);
    else byField.set(field, [...(byField.get(field) ?? []), issue]);
  }
  return { byField, unplaced };
}
