/**
 * Indicator definitions shared by the provincial reports (T1, T3, T4) and the dashboard. A code here is the
 * row key of the report forms and the `indicator_code` of `indicator_values`. Labels live in i18n; the Chinese
 * name is kept here too because the report forms print it.
 *
 * Targets are the high-tech zone 2025 goals of source 004 (R&D ≈ 8 % of GDP, tax per 亩 ≈ 42 万元, high-tech
 * industry > 80 % of industrial value added, labour productivity ≈ 50 万元 per person).
 */

export const INDICATOR_FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const;
export type IndicatorFrequency = (typeof INDICATOR_FREQUENCIES)[number];

/** Whether a higher value is better (most) or worse (energy use). */
export type IndicatorDirection = 'higher' | 'lower';

/**
 * How a year-to-date figure is made from period values: flows are summed (tax revenue), stocks take the
 * latest period (enterprises, employees), ratios are recomputed from their parts or taken as entered.
 */
export type IndicatorAggregation = 'sum' | 'latest' | 'ratio';

/** computed: derived from the store's records (projects, arrivals); manual: entered or imported. */
export type IndicatorSource = 'computed' | 'manual';

export interface IndicatorDefinition {
  code: string;
  nameZh: string;
  unitZh: string;
  frequency: IndicatorFrequency;
  direction: IndicatorDirection;
  aggregation: IndicatorAggregation;
  source: IndicatorSource;
  /** Decimal places of the stored value (values are stored as integers scaled by 10^decimals). */
  decimals: 0 | 2;
  /** How it is calculated, as printed in the T4 self-evaluation form's 计算公式 column. */
  formulaZh?: string;
  /** 2025 target from source 004, in the indicator's unit; absent when the sources set none. */
  target2025?: { value: number; comparison: 'about' | 'at_least' };
}

export const INDICATORS = [
  // Cooperation-park figures the monthly FDI report (T1) and the dashboard use; computed from projects and arrivals.
  { code: 'utilised_fdi', nameZh: '实际使用外资', unitZh: '万美元', frequency: 'monthly', direction: 'higher', aggregation: 'sum', source: 'computed', decimals: 2 },
  { code: 'contracted_fdi', nameZh: '合同外资', unitZh: '万美元', frequency: 'monthly', direction: 'higher', aggregation: 'sum', source: 'computed', decimals: 2 },
  { code: 'new_fdi_projects', nameZh: '新设外商投资项目数', unitZh: '个', frequency: 'monthly', direction: 'higher', aggregation: 'sum', source: 'computed', decimals: 0 },
  { code: 'fortune500_projects', nameZh: '世界500强投资项目数', unitZh: '个', frequency: 'monthly', direction: 'higher', aggregation: 'sum', source: 'computed', decimals: 0 },
  // Main economic indicators (T3, quarterly), entered by the park or imported from its workbook.
  { code: 'gdp', nameZh: '地区生产总值', unitZh: '万元', frequency: 'quarterly', direction: 'higher', aggregation: 'sum', source: 'manual', decimals: 2 },
  { code: 'industrial_value_added', nameZh: '规上工业增加值', unitZh: '万元', frequency: 'quarterly', direction: 'higher', aggregation: 'sum', source: 'manual', decimals: 2 },
  { code: 'high_tech_value_added', nameZh: '高新技术产业增加值', unitZh: '万元', frequency: 'quarterly', direction: 'higher', aggregation: 'sum', source: 'manual', decimals: 2 },
  { code: 'import_export_total', nameZh: '进出口总额', unitZh: '万元', frequency: 'quarterly', direction: 'higher', aggregation: 'sum', source: 'manual', decimals: 2 },
  { code: 'fixed_asset_investment', nameZh: '固定资产投资', unitZh: '万元', frequency: 'quarterly', direction: 'higher', aggregation: 'sum', source: 'manual', decimals: 2 },
  { code: 'tax_revenue', nameZh: '税收收入', unitZh: '万元', frequency: 'quarterly', direction: 'higher', aggregation: 'sum', source: 'manual', decimals: 2 },
  { code: 'rd_spending', nameZh: 'R&D经费支出', unitZh: '万元', frequency: 'quarterly', direction: 'higher', aggregation: 'sum', source: 'manual', decimals: 2 },
  { code: 'high_tech_enterprises', nameZh: '高新技术企业数', unitZh: '家', frequency: 'quarterly', direction: 'higher', aggregation: 'latest', source: 'manual', decimals: 0 },
  { code: 'employees', nameZh: '从业人员', unitZh: '人', frequency: 'quarterly', direction: 'higher', aggregation: 'latest', source: 'manual', decimals: 0 },
  { code: 'land_area_mu', nameZh: '用地面积', unitZh: '亩', frequency: 'annual', direction: 'higher', aggregation: 'latest', source: 'manual', decimals: 2 },
  // Ratios: recomputed from their parts when the parts exist, else as entered.
  { code: 'tax_per_mu', nameZh: '亩均税收', unitZh: '万元/亩', frequency: 'annual', direction: 'higher', aggregation: 'ratio', source: 'manual', decimals: 2, formulaZh: '税收收入 ÷ 用地面积', target2025: { value: 42, comparison: 'about' } },
  { code: 'value_added_per_mu', nameZh: '亩均增加值', unitZh: '万元/亩', frequency: 'annual', direction: 'higher', aggregation: 'ratio', source: 'manual', decimals: 2, formulaZh: '规上工业增加值 ÷ 用地面积' },
  { code: 'rd_intensity', nameZh: 'R&D经费支出占GDP比重', unitZh: '%', frequency: 'annual', direction: 'higher', aggregation: 'ratio', source: 'manual', decimals: 2, formulaZh: 'R&D经费支出 ÷ 地区生产总值 × 100', target2025: { value: 8, comparison: 'about' } },
  { code: 'high_tech_share', nameZh: '高新技术产业增加值占规上工业增加值比重', unitZh: '%', frequency: 'annual', direction: 'higher', aggregation: 'ratio', source: 'manual', decimals: 2, formulaZh: '高新技术产业增加值 ÷ 规上工业增加值 × 100', target2025: { value: 80, comparison: 'at_least' } },
  { code: 'labour_productivity', nameZh: '全员劳动生产率', unitZh: '万元/人', frequency: 'annual', direction: 'higher', aggregation: 'ratio', source: 'manual', decimals: 2, formulaZh: '地区生产总值 ÷ 从业人员', target2025: { value: 50, comparison: 'about' } },
] as const satisfies readonly IndicatorDefinition[];

export type IndicatorCode = (typeof INDICATORS)[number]['code'];

const BY_CODE = new Map<string, IndicatorDefinition>(INDICATORS.map((d) => [d.code, d]));

export function indicatorDefinition(code: string): IndicatorDefinition | undefined {
  return BY_CODE.get(code);
}

/** Periods: monthly `2026-10`, quarterly `2026-Q3`, annual `2026`. */
export const PERIOD_PATTERNS: Record<IndicatorFrequency, RegExp> = {
  monthly: /^\d{4}-(0[1-9]|1[0-2])$/,
  quarterly: /^\d{4}-Q[1-4]$/,
  annual: /^\d{4}$/,
};
