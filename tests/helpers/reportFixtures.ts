import { withCheckCharacter } from '../../db/reference/creditCode';
import {
  T1_ROWS, T3_ROWS, T4_ROWS, type IndicatorValues, type ListRecord, type ReportCode, type ReportHeader, type ReportValues,
} from '../../electron/services/reports/reportContract';

/** Report values as the builders would hand them to the writer: Chinese text, real check digits. */
export const HEADER: ReportHeader = {
  reportingUnit: '平湖经济技术开发区（中德国际产业合作园）管理委员会',
  unitHead: '王建国',
  statisticsHead: '李秀英',
  preparer: '张晓明',
  phone: '0573-85012345',
  reportDate: '2026-11-05',
};

const COUNTRIES = ['德国', '日本', '新加坡', '中国香港', '韩国', '美国', '意大利'];
const INDUSTRIES: [string, string][] = [['C3670', '汽车零部件及配件制造'], ['C3981', '电阻电容电感元件制造'], ['C2710', '化学药品原料药制造'], ['I6513', '应用软件开发']];
const STAGES = ['签约', '在建', '投产'];

export function creditCode(i: number): string {
  return withCheckCharacter(`91330482MA${String(28_000_000 + i).padStart(8, '0').slice(-7)}`);
}

export function ledgerRecord(i: number): ListRecord {
  const [industryCode, industryName] = INDUSTRIES[i % INDUSTRIES.length]!;
  return {
    seq: i + 1,
    project_name: `中德精密制造产业园项目（第${i + 1}期）`,
    enterprise_name: `嘉兴德合精工科技有限公司${i}`,
    credit_code: creditCode(i),
    investor: `博世（中国）投资有限公司${i % 37}`,
    country: COUNTRIES[i % COUNTRIES.length]!,
    fortune500: i % 5 === 0,
    industry_code: industryCode,
    industry_name: industryName,
    type: i % 3 === 0 ? '增资' : '新设',
    total_investment: 12_345.67 + (i % 100),
    contracted_fdi: 4_567.89,
    utilised_fdi_year: i % 7 === 0 ? null : 1_234.5,
    utilised_fdi_total: 3_000.01,
    stage: STAGES[i % STAGES.length]!,
    signed_on: '2025-03-18',
    construction_on: i % 2 ? '2025-09-01' : null,
    production_on: null,
    land_mu: 86.5,
    owner: '陈志强',
    owner_phone: '13805730000',
    issues: i % 4 === 0 ? '用地指标待落实，需协调市自然资源和规划局；环评批复预计下月完成' : '',
  };
}

/** Counts (家, 个, 人) whole, amounts with two decimals, growth rates in %. */
function indicatorValues(rows: readonly string[], columns: readonly string[], scale: number, counts: readonly string[]): IndicatorValues {
  return Object.fromEntries(rows.map((row, r) => [row, Object.fromEntries(columns.map((c, k) => {
    if (c === 'yoy' || c === 'growth') return [c, 12.34];
    const value = (r + 1) * (k + 1) * scale;
    return [c, counts.includes(row) ? Math.round(value) : Math.round(value * 100) / 100];
  }))]));
}

const COUNT_ROWS = ['new_enterprises', 'projects_over_10m', 'projects_over_30m', 'projects_over_100m', 'fortune500_projects', 'high_tech_enterprises', 'employees'];

export function sampleValues(code: ReportCode, ledgerRows = 25): ReportValues {
  const base = { code, parkId: 'park-1', header: HEADER, lists: {} as Record<string, ListRecord[]> };
  switch (code) {
    case 'T1':
      return {
        ...base, period: '2026-10',
        indicators: indicatorValues(T1_ROWS, ['month', 'ytd', 'last_ytd', 'yoy'], 101.25, COUNT_ROWS),
        lists: { projects: Array.from({ length: 6 }, (_, i): ListRecord => {
          const r = ledgerRecord(i);
          const pick = (key: string) => r[key] ?? null;
          return { seq: i + 1, project_name: pick('project_name'), enterprise_name: pick('enterprise_name'), credit_code: pick('credit_code'), country: pick('country'), type: pick('type'), industry: pick('industry_name'), total_investment: pick('total_investment'), contracted_fdi: pick('contracted_fdi'), utilised_fdi_month: 88.8 };
        }) },
      };
    case 'T2':
      return { ...base, period: '2026-10', indicators: {}, lists: { ledger: Array.from({ length: ledgerRows }, (_, i) => ledgerRecord(i)) } };
    case 'T3':
      return { ...base, period: '2026-Q3', indicators: indicatorValues(T3_ROWS, ['quarter', 'ytd', 'last_ytd', 'yoy'], 2_345.6, COUNT_ROWS) };
    case 'T4':
      return { ...base, period: '2026', indicators: indicatorValues(T4_ROWS, ['this_year', 'last_year', 'growth'], 3.5, COUNT_ROWS) };
  }
}
