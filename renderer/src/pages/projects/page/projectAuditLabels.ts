import type { TFunction } from 'i18next';
import type { AuditRow } from '../../../../../db/schema';
import { countryName } from '../../../../../db/reference/countries';
import { ALL_PROJECT_STAGES, type ProjectStage, type ProjectType } from '../../../../../db/reference/investment';
import type { UiKey } from '../../../i18n/zhCN';
import type { Locale } from '../../../i18n/resources';
import { industryLabel } from '../../investment/industryOptions';
import { stageLabel, typeLabel } from '../../investment/investmentLabels';
import { wan } from '../../investment/wanText';

const FIELD_KEYS: Partial<Record<string, UiKey>> = {
  name: 'projectForm.name',
  parkId: 'projectForm.parkId',
  type: 'projectForm.type',
  stage: 'projectForm.stage',
  dropReason: 'drop.reason',
  totalInvestmentUsd: 'projectForm.totalInvestmentWan',
  contractedFdiUsd: 'projectForm.contractedFdiWan',
  landMu: 'projectForm.landMu',
  sourceCountry: 'projectForm.sourceCountry',
  industryCode: 'projectForm.industryCode',
  owner: 'projectForm.owner',
  ownerPhone: 'projectForm.ownerPhone',
  issues: 'projectForm.issues',
};

/** 'signedOn' → 'signed': the stage whose date a field holds. */
const STAGE_OF_DATE = new Map<string, ProjectStage>(
  ALL_PROJECT_STAGES.map((stage) => [`${stage.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}On`, stage]),
);

/** The project's fields named as on its form; ids (enterprise, target) mean nothing to a reader and are left out. */
export function projectFieldLabel(field: string, t: TFunction): string | null {
  const key = FIELD_KEYS[field];
  if (key) return t(key);
  const stage = STAGE_OF_DATE.get(field);
  return stage ? t('project.stageDate', { stage: stageLabel(stage, t) }) : null;
}

export function projectFieldValue(field: string, value: unknown, ctx: { t: TFunction; locale: Locale; parkName(id: string): string }): string {
  if (field === 'totalInvestmentUsd' || field === 'contractedFdiUsd') return typeof value === 'number' ? wan(value) : String(value);
  if (field === 'stage') return stageLabel(value as ProjectStage, ctx.t);
  if (field === 'type') return typeLabel(value as ProjectType, ctx.t);
  if (field === 'sourceCountry') return countryName(String(value), ctx.locale);
  if (field === 'industryCode') return industryLabel(String(value), ctx.locale);
  if (field === 'parkId') return ctx.parkName(String(value));
  return String(value);
}

/** An arrival added or removed under this project: its date and amount, from the row the audit kept. */
export function describeArrival(entry: AuditRow, t: TFunction): string | null {
  if (entry.entity !== 'fdi_arrival') return null;
  const arrival = (entry.after ?? entry.before) as { arrivedOn?: string; amountUsd?: number } | null;
  if (!arrival?.arrivedOn || typeof arrival.amountUsd !== 'number') return null;
  return t('audit.arrival', { date: arrival.arrivedOn, amount: wan(arrival.amountUsd) });
}
