/**
 * The keys shared by the report templates (resources/report-templates/*.json, read and written by
 * services/excel) and the report builders (services/reports): a template row or column carries one of
 * these keys, a builder fills the values under the same key. Amounts are numbers in the form's unit
 * (万美元, 万元) already rounded to the form's decimals from exact integers (electron/api/contract/money.ts).
 */

export const REPORT_CODES = ['T1', 'T2', 'T3', 'T4'] as const;
export type ReportCode = (typeof REPORT_CODES)[number];

/** A cell's value; null is a blank cell ("no data", never zero). */
export type CellValue = number | string | boolean | null;

/** An indicator form's values: row key → column key → value. */
export type IndicatorValues = Record<string, Record<string, CellValue>>;

/** One record of a list sheet (T2 ledger, T1's project list), by column key. */
export type ListRecord = Record<string, CellValue>;

export interface ReportValues {
  code: ReportCode;
  parkId: string;
  /** `2026-10` (T1, T2), `2026-Q3` (T3), `2026` (T4). */
  period: string;
  /** The indicator rows of the main sheet (T1, T3, T4); empty for T2. */
  indicators: IndicatorValues;
  /** List sheets by key: `projects` (T1's second sheet), `ledger` (T2). */
  lists: Record<string, ListRecord[]>;
  /** Title block and footer: 填报单位, 单位负责人, 统计负责人, 填表人, 联系电话, 报出日期. */
  header: ReportHeader;
}

export interface ReportHeader {
  reportingUnit: string;
  unitHead: string;
  statisticsHead: string;
  preparer: string;
  phone: string;
  /** YYYY-MM-DD */
  reportDate: string;
}

/** T1 园区利用外资情况月报: indicator rows (the 丙 代码 column numbers them 01, 02, … in this order). */
export const T1_ROWS = [
  'new_enterprises', // 新设外商投资企业数 (家)
  'total_investment', // 投资总额 (万美元)
  'contracted_fdi', // 合同外资
  'utilised_fdi', // 实际使用外资
  'utilised_fdi_capital_increase', // 其中：增资
  'projects_over_10m', // 总投资 1000 万美元以上项目 (个)
  'projects_over_30m', // 3000 万美元以上
  'projects_over_100m', // 1 亿美元以上
  'fortune500_projects', // 世界500强投资项目
  // 实际使用外资 by source; exclusive, in this order of precedence, so the eight add up to utilised_fdi.
  'fdi_hk_macao',
  'fdi_singapore',
  'fdi_eu',
  'fdi_us',
  'fdi_japan',
  'fdi_korea',
  'fdi_belt_and_road', // "一带一路" countries not listed above
  'fdi_other',
  'fdi_high_tech_manufacturing', // 高技术制造业 实际使用外资
  'fdi_high_tech_services', // 高技术服务业 实际使用外资
] as const;

/** 本月, 本年累计, 上年同期累计, 同比增长% (= (累计 − 上年同期) / 上年同期 × 100, blank without a base). */
export const T1_COLUMNS = ['month', 'ytd', 'last_ytd', 'yoy'] as const;

/** T1's second sheet: this month's new and capital-increase projects. */
export const T1_PROJECT_LIST_COLUMNS = [
  'seq', 'project_name', 'enterprise_name', 'credit_code', 'country', 'type', 'industry', 'total_investment', 'contracted_fdi', 'utilised_fdi_month',
] as const;

/** T2 重点外资项目推进台账: one record per project. */
export const T2_COLUMNS = [
  'seq', // 序号
  'project_name', // 项目名称
  'enterprise_name', // 企业名称
  'credit_code', // 统一社会信用代码
  'investor', // 投资方
  'country', // 国别(地区)
  'fortune500', // 是否世界500强 (是/否)
  'industry_code', // 行业代码 (GB/T 4754)
  'industry_name', // 行业名称
  'type', // 类型 (新设/增资/并购)
  'total_investment', // 总投资 (万美元)
  'contracted_fdi', // 合同外资 (万美元)
  'utilised_fdi_year', // 本年实到 (万美元)
  'utilised_fdi_total', // 累计实到 (万美元)
  'stage', // 阶段
  'signed_on', // 签约日期
  'construction_on', // 开工日期
  'production_on', // 投产日期
  'land_mu', // 用地 (亩)
  'owner', // 责任人
  'owner_phone', // 联系电话
  'issues', // 需协调事项
] as const;

/** T3 园区主要经济指标季报: rows are indicator codes of db/reference/indicators.ts. */
export const T3_ROWS = [
  'industrial_value_added', 'import_export_total', 'utilised_fdi', 'fixed_asset_investment', 'tax_revenue',
  'tax_per_mu', 'value_added_per_mu', 'rd_spending', 'high_tech_enterprises', 'employees',
] as const;
export const T3_COLUMNS = ['quarter', 'ytd', 'last_ytd', 'yoy'] as const;

/** T4 高新区年度评价自评表: rows are indicator codes; target is source 004's 2025 figure where it sets one. */
export const T4_ROWS = ['rd_intensity', 'tax_per_mu', 'high_tech_share', 'labour_productivity', 'value_added_per_mu', 'high_tech_enterprises', 'utilised_fdi'] as const;
export const T4_COLUMNS = ['target', 'this_year', 'last_year', 'growth'] as const;
