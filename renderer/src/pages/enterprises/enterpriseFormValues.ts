import type { z } from 'zod';
import type { MethodOutput } from '../../../../electron/api/index';
import { enterpriseInput, enterpriseUpdateInput } from '../../../../electron/api/contract/enterpriseSchemas';
import type { FieldIssue } from '../../../../electron/api/contract/result';
import { analyseCreditCode } from '../../../../db/reference/creditCode';
import type { EnterpriseTag } from '../../../../db/reference/investment';
import { checkWith, type Check } from '../investment/schemaCheck';
import { wanInput } from '../investment/wanText';

export type EnterpriseRecord = MethodOutput<'enterprises.create'>;

export interface ContactValues {
  name: string;
  role: string;
  phone: string;
  email: string;
}

export interface EnterpriseFormValues {
  name: string;
  nameOriginal: string;
  creditCode: string;
  /** Why a code failing the GB 32100 check is kept; asked only when the check fails. */
  creditCodeOverride: string;
  countryCode?: string;
  industryCode?: string;
  parkId: string | null;
  tags: EnterpriseTag[];
  /** 万美元 as typed; empty means unknown. */
  registeredCapitalWan: string;
  contacts: ContactValues[];
  notes: string;
  /** The user saw the same-name warning and says this is another enterprise. */
  confirmDuplicateName: boolean;
}

export const ENTERPRISE_FORM_FIELDS = [
  'name',
  'confirmDuplicateName',
  'nameOriginal',
  'creditCode',
  'creditCodeOverride',
  'countryCode',
  'industryCode',
  'parkId',
  'tags',
  'registeredCapitalWan',
  'contacts',
  'notes',
] as const;

export const emptyContact = (): ContactValues => ({ name: '', role: '', phone: '', email: '' });

export function emptyEnterpriseForm(): EnterpriseFormValues {
  return {
    name: '',
    nameOriginal: '',
    creditCode: '',
    creditCodeOverride: '',
    parkId: null,
    tags: [],
    registeredCapitalWan: '',
    contacts: [],
    notes: '',
    confirmDuplicateName: false,
  };
}

export function enterpriseToForm(enterprise: EnterpriseRecord): EnterpriseFormValues {
  return {
    name: enterprise.name,
    nameOriginal: enterprise.nameOriginal,
    creditCode: enterprise.creditCode ?? '',
    creditCodeOverride: enterprise.creditCodeOverride ?? '',
    countryCode: enterprise.countryCode,
    industryCode: enterprise.industryCode,
    parkId: enterprise.parkId,
    tags: [...enterprise.tags],
    registeredCapitalWan: wanInput(enterprise.registeredCapitalUsd),
    contacts: enterprise.contacts.map((contact) => ({ ...contact })),
    notes: enterprise.notes,
    confirmDuplicateName: false,
  };
}

export type EnterpriseSave = { create: z.output<typeof enterpriseInput> } | { update: z.output<typeof enterpriseUpdateInput> };

/** Empty boxes mean "none": no credit code, unknown capital; a reason is kept only for a code that needs one. */
function toInput(values: EnterpriseFormValues) {
  const analysis = analyseCreditCode(values.creditCode);
  const needsReason = analysis.wellFormed && !analysis.checkDigitOk;
  return {
    ...values,
    creditCode: values.creditCode.trim() === '' ? null : values.creditCode,
    creditCodeOverride: needsReason ? values.creditCodeOverride : '',
    registeredCapitalWan: values.registeredCapitalWan.trim() === '' ? null : values.registeredCapitalWan,
  };
}

export function checkEnterpriseForm(values: EnterpriseFormValues, enterprise: EnterpriseRecord | null): Check<EnterpriseSave> {
  if (!enterprise) {
    const check = checkWith(enterpriseInput, toInput(values));
    return check.ok ? { ok: true, input: { create: check.input } } : check;
  }
  const check = checkWith(enterpriseUpdateInput, { ...toInput(values), id: enterprise.id, expectedUpdatedAt: enterprise.updatedAt });
  return check.ok ? { ok: true, input: { update: check.input } } : check;
}

/**
 * A wrong check character is a warning, not an error: the code field already shows it (CreditCodeField), so
 * what the user must do is give the reason — the issue moves to the reason box. A same-name issue is likewise
 * shown as a warning with a confirm box; `onDuplicate` reveals it.
 */
export function routeEnterpriseIssues(issues: FieldIssue[], onDuplicate: () => void): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
    if (issue.key === 'enterprise.creditCode.checkDigit') return [{ path: 'creditCodeOverride', key: 'field.required' }];
    if (issue.key === 'enterprise.name.duplicate') {
      onDuplicate();
      return [];
    }
    return [issue];
  });
}
