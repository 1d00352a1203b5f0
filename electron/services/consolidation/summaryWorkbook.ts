import { indicatorDefinition } from '../../../db/reference/indicators';
import { ExcelJS } from '../excel/exceljsRuntime';
import { STYLES, numberStyle } from '../excel/formStyles';
import { BLOCK_LABELS, periodText } from '../excel/formText';
import { neutralise } from '../../api/contract/neutralise';
import { isHeading, type IndicatorRow } from '../excel/templateSchema';
import { loadReportTemplate } from '../excel/templates';
import type { IndicatorValues } from '../reports/reportContract';
import { toHundredths } from '../reports/reportNumbers';

export interface SummaryInput {
  code: 'T1' | 'T3';
  period: string;
  parks: { reportingUnit: string; values: IndicatorValues }[];
  /** The cross-check messages, printed under 说明 so the reader of the summary sees them. */
  notes: string[];
}

/** The two figures per indicator a summary shows: the period's own and the year to date. */
const COLUMNS: Record<'T1' | 'T3', [string, string][]> = {
  T1: [['month', '本月'], ['ytd', '本年累计']],
  T3: [['quarter', '本季'], ['ytd', '本年累计']],
};

/**
 * Indicators per printed page across: two figures each at width 13 beside the repeated 序号/园区 columns keep the
 * print at about 80 % on A4 landscape (all 19 T1 indicators on one page width would print at about 15 %).
 */
const INDICATORS_PER_PAGE = 5;

/** 合计 adds flows and stocks across parks; ratios (亩均税收, 强度) do not add up and stay blank. */
function summable(row: string): boolean {
  return indicatorDefinition(row)?.aggregation !== 'ratio';
}

function total(parks: SummaryInput['parks'], row: string, column: string): number | null {
  const values = parks.map((p) => p.values[row]?.[column]).filter((v): v is number => typeof v === 'number');
  if (values.length === 0) return null;
  return Number(values.reduce((sum, v) => sum + toHundredths(v), 0n)) / 100;
}

/**
 * The province's summary in the government layout: title, period line and 表号 block, parks as rows under a
 * two-level header (indicator › 本月 / 本年累计), a 合计 row, footer and 说明. Small (one row per park), so the
 * in-memory workbook and its styling API are fine here (DESIGN §6).
 */
export async function buildSummaryWorkbook(input: SummaryInput): Promise<Buffer> {
  const template = loadReportTemplate(input.code);
  const main = template.sheets.find((s) => s.kind === 'indicators');
  const rows = main && main.kind === 'indicators' ? main.rows.filter((r): r is IndicatorRow => !isHeading(r)) : [];
  const columns = COLUMNS[input.code];
  const width = 2 + rows.length * columns.length;
  // Fitting N pages across with equal figure columns breaks the print after whole indicators; the title, block,
  // footer and 说明 sit over the first page's columns so they print on page 1 rather than astride a page break.
  // Footer and 说明 start right of 序号/园区: those two columns repeat on every page and would carry the text along.
  const firstPage = 2 + Math.min(INDICATORS_PER_PAGE, rows.length) * columns.length;
  const footerFrom = 3;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ParkDesk 园区通';
  const sheet = workbook.addWorksheet('汇总表', {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 8 }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: Math.max(1, Math.ceil(rows.length / INDICATORS_PER_PAGE)), fitToHeight: 0,
      // Every page across and down repeats the two header rows and the park columns, so each page reads on its own.
      printTitlesRow: '7:8', printTitlesColumn: 'A:B',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 30;
  for (let c = 3; c <= width; c += 1) sheet.getColumn(c).width = 13;

  sheet.mergeCells(1, 1, 1, firstPage);
  Object.assign(sheet.getCell(1, 1), { value: `${template.title}汇总表`, style: STYLES.title });
  sheet.getRow(1).height = 32;
  const blockCol = Math.max(3, firstPage - 2);
  const block: [string, string][] = [
    [BLOCK_LABELS.表号, `${template.表号}汇`], [BLOCK_LABELS.制表机关, template.制表机关], [BLOCK_LABELS.批准文号, template.批准文号], [BLOCK_LABELS.有效期至, template.有效期至],
  ];
  block.forEach(([label, value], i) => {
    sheet.mergeCells(2 + i, blockCol, 2 + i, firstPage);
    Object.assign(sheet.getCell(2 + i, blockCol), { value: `${label}：${value}`, style: STYLES.block });
  });
  sheet.mergeCells(3, 1, 3, Math.max(2, blockCol - 1));
  Object.assign(sheet.getCell(3, 1), { value: `汇总期别：${periodText(input.period)}　　汇总园区数：${input.parks.length}　　计量单位：${template.计量单位}`, style: STYLES.unitCentre });

  const headTop = 7;
  sheet.mergeCells(headTop, 1, headTop + 1, 1);
  sheet.mergeCells(headTop, 2, headTop + 1, 2);
  Object.assign(sheet.getCell(headTop, 1), { value: '序号', style: STYLES.header });
  Object.assign(sheet.getCell(headTop, 2), { value: '园区（填报单位）', style: STYLES.header });
  rows.forEach((row, i) => {
    const first = 3 + i * columns.length;
    sheet.mergeCells(headTop, first, headTop, first + columns.length - 1);
    Object.assign(sheet.getCell(headTop, first), { value: `${row.name}（${row.unit}）`, style: STYLES.header });
    columns.forEach(([, label], j) => Object.assign(sheet.getCell(headTop + 1, first + j), { value: label, style: STYLES.header }));
  });
  sheet.getRow(headTop).height = 42;

  const writeFigures = (r: number, figure: (row: IndicatorRow, column: string) => number | null) =>
    rows.forEach((row, i) => columns.forEach(([column], j) => {
      Object.assign(sheet.getCell(r, 3 + i * columns.length + j), { value: figure(row, column), style: numberStyle(row.decimals) });
    }));
  let r = headTop + 2;
  Object.assign(sheet.getCell(r, 1), { value: '', style: STYLES.textCentre });
  Object.assign(sheet.getCell(r, 2), { value: '合计', style: STYLES.heading });
  writeFigures(r, (row, column) => (summable(row.key) ? total(input.parks, row.key, column) : null));
  input.parks.forEach((park, index) => {
    r += 1;
    Object.assign(sheet.getCell(r, 1), { value: index + 1, style: STYLES.textCentre });
    Object.assign(sheet.getCell(r, 2), { value: neutralise(park.reportingUnit), style: STYLES.text });
    writeFigures(r, (row, column) => {
      const value = park.values[row.key]?.[column];
      return typeof value === 'number' ? value : null;
    });
  });

  r += 2;
  sheet.mergeCells(r, footerFrom, r, firstPage);
  Object.assign(sheet.getCell(r, footerFrom), { value: '单位负责人：　　　　　统计负责人：　　　　　填表人：　　　　　联系电话：　　　　　报出日期：　　年　　月　　日', style: STYLES.footer });
  if (input.notes.length > 0) {
    r += 1;
    sheet.mergeCells(r, footerFrom, r + input.notes.length, firstPage);
    const text = ['说明：', ...input.notes.map((note, i) => `${i + 1}. ${note}`)].join('\n');
    Object.assign(sheet.getCell(r, footerFrom), { value: text, style: STYLES.note });
    r += input.notes.length;
  }
  // The footer and 说明 (the cross-check findings) print too.
  sheet.pageSetup.printArea = `A1:${sheet.getColumn(width).letter}${r}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
