import { COUNTRY_CODES, countryName, isCountryCode } from '../../../db/reference/countries';
import { INDUSTRIES, isClassifiableIndustry } from '../../../db/reference/industries';
import type { ProjectStage, ProjectType } from '../../../db/reference/investment';

/**
 * Names people write in ledgers → the app's codes. Countries by GB/T 2659 Chinese name, the common short forms
 * (香港, 台湾, 印尼), English name or the two letters; industries by GB/T 4754 code, or by name when the code is blank.
 */

const COUNTRY_ALIASES: Record<string, string> = {
  香港: 'HK', 中国香港: 'HK', 香港特别行政区: 'HK', 澳门: 'MO', 中国澳门: 'MO', 澳门特别行政区: 'MO',
  台湾: 'TW', 中国台湾: 'TW', 台湾地区: 'TW', 印尼: 'ID', 印度尼西亚: 'ID', 英属维京群岛: 'VG', 美利坚合众国: 'US', 大韩民国: 'KR',
};

let countryIndex: Map<string, string> | undefined;

function normalName(name: string): string {
  return name.replace(/[\s()（）]/g, '').toLowerCase();
}

function countries(): Map<string, string> {
  if (!countryIndex) {
    countryIndex = new Map();
    for (const code of COUNTRY_CODES) {
      countryIndex.set(normalName(countryName(code, 'zh-CN')), code);
      countryIndex.set(normalName(countryName(code, 'en')), code);
    }
    for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) countryIndex.set(normalName(alias), code);
  }
  return countryIndex;
}

export function countryCodeOf(text: string): string | null {
  const upper = text.trim().toUpperCase();
  if (upper.length === 2 && isCountryCode(upper)) return upper;
  return countries().get(normalName(text)) ?? null;
}

const INDUSTRY_BY_NAME = new Map(INDUSTRIES.filter((i) => i.level !== 'door').map((i) => [i.name, i.code]));

/**
 * The app classifies to division (2 digits) or group (3 digits). Ledgers also write the door letter and the 4-digit
 * class ('C3670', '3670'): the class is taken up to its group, or its division when the group is not listed.
 * An industry named but not coded is looked up by its exact name.
 */
export function industryCodeOf(code: string, name: string): string | null {
  const compact = code.replace(/\s/g, '').toUpperCase();
  if (!compact) return INDUSTRY_BY_NAME.get(name.trim()) ?? null;
  const digits = /^[A-T]?(\d{2,4})$/.exec(compact)?.[1];
  if (!digits) return null;
  for (const candidate of [digits.slice(0, 3), digits.slice(0, 2)]) {
    if (candidate.length <= digits.length && isClassifiableIndustry(candidate)) return candidate;
  }
  return null;
}

const TYPES: Record<string, ProjectType> = { 新设: 'new', 新建: 'new', 新设立: 'new', 增资: 'capital_increase', 增资扩股: 'capital_increase', 并购: 'merger', 收购: 'merger', 兼并: 'merger' };

export function projectTypeOf(text: string): ProjectType | null {
  return TYPES[text.trim()] ?? null;
}

const STAGES: Record<string, ProjectStage> = {
  线索: 'lead', 在谈: 'negotiating', 洽谈: 'negotiating', 签约: 'signed', 已签约: 'signed', 注册: 'registered', 已注册: 'registered',
  开工: 'under_construction', 已开工: 'under_construction', 在建: 'under_construction', 投产: 'in_production', 已投产: 'in_production',
  终止: 'dropped', 已终止: 'dropped',
};

export function projectStageOf(text: string): ProjectStage | null {
  return STAGES[text.trim()] ?? null;
}

export const STAGE_NAMES_ZH: Record<ProjectStage, string> = {
  lead: '线索', negotiating: '洽谈', signed: '签约', registered: '注册', under_construction: '开工', in_production: '投产', dropped: '终止',
};
