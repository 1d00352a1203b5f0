import type { EnterpriseTag, ProjectType } from './investment';
import type { ParkKind, ParkLevel } from './parkKinds';

/** Policy library code lists (issue 4). Codes are stable; labels live in i18n. */

/** 国家 / 省 / 市 / 区县 / 园区. */
export const POLICY_LEVELS = ['national', 'provincial', 'municipal', 'county', 'park'] as const;
export type PolicyLevel = (typeof POLICY_LEVELS)[number];

/** 土地, 财税, 科技, 人才, 金融, 外资, 知识产权, 绿色, 开放, 营商环境, 产业, 其他. */
export const POLICY_CATEGORIES = ['land', 'fiscal_tax', 'technology', 'talent', 'finance', 'foreign_investment', 'ip', 'green', 'opening_up', 'business_environment', 'industry', 'other'] as const;
export type PolicyCategory = (typeof POLICY_CATEGORIES)[number];

/**
 * Derived, never typed: 尚未施行 / 有效 / 已修订 / 已废止 / 已失效 (past its expiry date).
 * A repeal or amendment counts from the day the newer policy takes effect.
 */
export const POLICY_STATUSES = ['pending', 'in_force', 'amended', 'repealed', 'expired'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/** The newer policy repeals (废止) or amends (修订) the older one. */
export const POLICY_LINK_KINDS = ['repeals', 'amends'] as const;
export type PolicyLinkKind = (typeof POLICY_LINK_KINDS)[number];

/** 税收减免 / 资金补助 / 用地 / 人才 / 其他. */
export const BENEFIT_KINDS = ['tax_relief', 'subsidy', 'land', 'talent', 'other'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

/**
 * When a clause applies to an investor. Every condition given must hold; an empty list or null means "any".
 * A clause with no applicability at all is a task for government departments and never "applies" to an enterprise.
 */
export interface ClauseApplicability {
  parkKinds: ParkKind[];
  parkLevels: ParkLevel[];
  /** At least one of these enterprise tags. */
  tagsAny: EnterpriseTag[];
  /** GB/T 4754 code prefixes (C39 is written 39). */
  industryPrefixes: string[];
  /** Source country, ISO 3166 alpha-2. */
  countries: string[];
  projectTypes: ProjectType[];
  /** Project total investment at least this many US dollars. */
  minProjectUsd: number | null;
  /** The enterprise's project must be signed (or, without a project, the check is made) within this window. */
  validFrom: string | null;
  validTo: string | null;
}

export const TAX_REGIMES = ['exempt', 'halved', 'full'] as const;
export type TaxRegime = (typeof TAX_REGIMES)[number];

/** One year of a tax holiday: 免征 / 减半 / 全额, with the rate applied in basis points (2500 = 25 %). */
export interface TaxHolidayYear {
  year: number;
  regime: TaxRegime;
  rateBp: number;
  /** "12.5" — the rate as exact decimal percent text. */
  ratePercent: string;
}

export interface TaxHolidaySchedule {
  exemptYears: number;
  halvedYears: number;
  firstProfitYear: number;
  standardRateBp: number;
  years: TaxHolidayYear[];
}

/** Named schedules: 三免两减半 and friends. */
export const TAX_HOLIDAY_PRESETS = {
  '三免两减半': { exemptYears: 3, halvedYears: 2 },
  '两免三减半': { exemptYears: 2, halvedYears: 3 },
  '五免五减半': { exemptYears: 5, halvedYears: 5 },
} as const;

/** 企业所得税 standard rate (25 %) in basis points. */
export const STANDARD_CIT_RATE_BP = 2500;
