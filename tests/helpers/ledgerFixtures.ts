import { withCheckCharacter } from '../../db/reference/creditCode';
import type { ListRecord } from '../../electron/services/reports/reportContract';
import { T2_COLUMNS } from '../../electron/services/reports/reportContract';
import type { ParsedWorkbook } from '../../electron/services/imports/workbookTypes';

export const LEDGER_SHEET = '重点外资项目推进台账';
/** The engine's T2 layout puts the first record on this row (title, unit line, two header rows, column marks). */
export const FIRST_LEDGER_ROW = 7;

/** A well-formed credit code per number, so thousands of generated enterprises never collide. */
export function creditCodeFor(n: number, division = '330482'): string {
  return withCheckCharacter(`91${division}${String(n).padStart(9, '0')}`);
}

const COUNTRIES = ['德国', '日本', '韩国', '新加坡', '美国', '中国香港'];

/** One plausible ledger row: the n-th project of enterprise n, signed in 2026. */
export function ledgerRecord(n: number, overrides: Partial<ListRecord> = {}): ListRecord {
  return {
    seq: n,
    project_name: `第${n}号精密制造项目`,
    enterprise_name: `浙江平湖第${n}精密机械有限公司`,
    credit_code: creditCodeFor(n),
    investor: `Investor ${n} GmbH`,
    country: COUNTRIES[n % COUNTRIES.length]!,
    fortune500: n % 10 === 0,
    industry_code: '34',
    industry_name: '通用设备制造业',
    type: n % 3 === 0 ? '增资' : '新设',
    total_investment: 1000 + (n % 97) + 0.25,
    contracted_fdi: 500.5,
    utilised_fdi_year: 100,
    utilised_fdi_total: 200,
    stage: '签约',
    signed_on: '2026-03-05',
    construction_on: null,
    production_on: null,
    land_mu: 35.5,
    owner: '王芳',
    owner_phone: '0573-85123456',
    issues: '',
    ...overrides,
  };
}

const LETTERS = T2_COLUMNS.map((_, i) => String.fromCharCode(65 + i));

/** What the Excel engine returns for a T2 ledger, with the cell positions the import's own checks point at. */
export function parsedLedger(records: ListRecord[], reportingUnit: string, period = '2026-10'): ParsedWorkbook {
  return {
    code: 'T2',
    templateVersion: '2026.1',
    values: {
      code: 'T2',
      parkId: '',
      period,
      indicators: {},
      lists: { ledger: records },
      header: { reportingUnit, unitHead: '', statisticsHead: '', preparer: '', phone: '', reportDate: '2026-11-05' },
    },
    problems: [],
    rowCount: records.length,
    sha256: '',
    bytes: 0,
    locations: {
      lists: {
        ledger: { sheet: LEDGER_SHEET, columns: Object.fromEntries(T2_COLUMNS.map((key, i) => [key, LETTERS[i]!])), rows: records.map((_, i) => FIRST_LEDGER_ROW + i) },
      },
    },
  };
}

export function columnOf(key: (typeof T2_COLUMNS)[number]): string {
  return LETTERS[T2_COLUMNS.indexOf(key)]!;
}

/** What the engine returns for a T3 / T4 indicator form (rows of the main sheet by indicator code). */
export function parsedIndicatorForm(code: 'T3' | 'T4', period: string, reportingUnit: string, indicators: Record<string, Record<string, number | string | null>>): ParsedWorkbook {
  const rowKeys = Object.keys(indicators);
  return {
    code,
    templateVersion: '2026.1',
    values: {
      code,
      parkId: '',
      period,
      indicators,
      lists: {},
      header: { reportingUnit, unitHead: '', statisticsHead: '', preparer: '', phone: '', reportDate: '2026-10-12' },
    },
    problems: [],
    rowCount: rowKeys.length,
    sha256: '',
    bytes: 0,
    locations: {
      lists: {},
      indicators: { sheet: code === 'T3' ? '主要经济指标' : '自评表', rows: Object.fromEntries(rowKeys.map((key, i) => [key, 7 + i])), columns: { quarter: 'D', ytd: 'E', this_year: 'F' } },
    },
  };
}
