import T1 from '../../../resources/report-templates/T1.json';
import T2 from '../../../resources/report-templates/T2.json';
import T3 from '../../../resources/report-templates/T3.json';
import T4 from '../../../resources/report-templates/T4.json';
import { indicatorDefinition } from '../../../db/reference/indicators';
import {
  T1_COLUMNS, T1_PROJECT_LIST_COLUMNS, T1_ROWS, T2_COLUMNS, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_ROWS, type ReportCode,
} from '../reports/reportContract';
import {
  isHeading, isValueColumn, reportTemplateSchema, type IndicatorRow, type ReportTemplate, type TemplateSheet,
} from './templateSchema';

/**
 * The four forms, bundled as data (imported JSON, so they travel inside the main bundle and the parser
 * worker alike) and checked at first use: the schema, and that the row and column keys are exactly those
 * the report builders fill (reportContract.ts). A template that drifts from the contract fails loudly here
 * rather than exporting a form with silently empty rows.
 */
const SOURCES: Record<ReportCode, unknown> = { T1, T2, T3, T4 };

/** Keys every sheet must carry: rows / columns in any order, but exactly these. */
const CONTRACT: Record<ReportCode, Record<string, { rows?: readonly string[]; columns: readonly string[] }>> = {
  T1: { main: { rows: T1_ROWS, columns: T1_COLUMNS }, projects: { columns: T1_PROJECT_LIST_COLUMNS } },
  T2: { ledger: { columns: T2_COLUMNS } },
  T3: { main: { rows: T3_ROWS, columns: T3_COLUMNS } },
  T4: { main: { rows: T4_ROWS, columns: T4_COLUMNS } },
};

const cache = new Map<ReportCode, ReportTemplate>();

function sameKeys(what: string, actual: string[], expected: readonly string[]): void {
  const a = [...actual].sort().join(',');
  const e = [...expected].sort().join(',');
  if (a !== e) throw new Error(`report template ${what}: keys [${a}] differ from the report contract [${e}]`);
}

/** Name, unit and decimals of T3/T4 rows come from the indicator definitions unless the template prints its own. */
function resolveRow(code: ReportCode, row: Omit<IndicatorRow, 'name' | 'unit' | 'decimals'> & { name?: string | undefined; unit?: string | undefined; decimals?: 0 | 2 | undefined }): IndicatorRow {
  const definition = indicatorDefinition(row.key);
  const name = row.name ?? definition?.nameZh;
  const unit = row.unit ?? definition?.unitZh;
  const decimals = row.decimals ?? definition?.decimals;
  if (name === undefined || unit === undefined || decimals === undefined) throw new Error(`report template ${code}: row ${row.key} has no name, unit or decimals`);
  const formula = row.formula ?? definition?.formulaZh;
  const target = code === 'T4' && definition?.target2025 ? { value: definition.target2025.value, comparison: definition.target2025.comparison } : undefined;
  return { ...row, name, unit, decimals, ...(formula ? { formula } : {}), ...(target ? { target } : {}) };
}

function parseTemplate(code: ReportCode): ReportTemplate {
  const parsed = reportTemplateSchema.parse(SOURCES[code]);
  if (parsed.code !== code) throw new Error(`report template ${code}.json says it is ${parsed.code}`);
  const sheets: TemplateSheet[] = parsed.sheets.map((sheet) => {
    const contract = CONTRACT[code][sheet.key];
    if (!contract) throw new Error(`report template ${code}: sheet key ${sheet.key} is not in the report contract`);
    if (sheet.kind === 'list') {
      sameKeys(`${code}/${sheet.key} columns`, sheet.columns.map((c) => c.key), contract.columns);
      return sheet;
    }
    sameKeys(`${code}/${sheet.key} columns`, sheet.columns.filter(isValueColumn).map((c) => c.key), contract.columns);
    const rows = sheet.rows.map((row) => ('heading' in row ? row : resolveRow(code, row)));
    sameKeys(`${code}/${sheet.key} rows`, rows.flatMap((r) => (isHeading(r) ? [] : [r.key])), contract.rows ?? []);
    return { ...sheet, rows };
  });
  const missing = Object.keys(CONTRACT[code]).filter((key) => !sheets.some((s) => s.key === key));
  if (missing.length) throw new Error(`report template ${code}: sheets missing: ${missing.join(', ')}`);
  return { ...parsed, sheets };
}

export function loadReportTemplate(code: ReportCode): ReportTemplate {
  let template = cache.get(code);
  if (!template) {
    template = parseTemplate(code);
    cache.set(code, template);
  }
  return template;
}

export function listReportTemplates(): { code: ReportCode; version: string; title: string; periodKind: 'month' | 'quarter' | 'year' }[] {
  return (Object.keys(SOURCES) as ReportCode[]).map((code) => {
    const { version, title, periodKind } = loadReportTemplate(code);
    return { code, version, title, periodKind };
  });
}
