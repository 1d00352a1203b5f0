import type { TFunction } from 'i18next';
import type { UiKey } from '../../i18n/zhCN';

/** The definitions' Chinese units → i18n keys, so English users read "CNY 10k per mu". */
const UNIT_KEYS: Record<string, UiKey> = {
  万美元: 'unit.wanUsd',
  个: 'unit.count',
  万元: 'unit.wanYuan',
  家: 'unit.enterprises',
  人: 'unit.persons',
  亩: 'unit.mu',
  '万元/亩': 'unit.wanYuanPerMu',
  '%': 'unit.percent',
  '万元/人': 'unit.wanYuanPerPerson',
};

export function unitText(unitZh: string, t: TFunction): string {
  const key = UNIT_KEYS[unitZh];
  return key ? t(key) : unitZh;
}

export function indicatorName(code: string, t: TFunction): string {
  const key = `ind.${code}`;
  return t(key as UiKey);
}
