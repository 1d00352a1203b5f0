import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { listReportTemplates, readReportWorkbook, writeReportWorkbook } from '../../../electron/services/excel';
import { REPORT_CODES, type ReportValues } from '../../../electron/services/reports/reportContract';
import { HEADER, sampleValues } from '../../helpers/reportFixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excel-roundtrip-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function openInMemory(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Blank text is written as an empty cell and read back as null. */
function blanksAsNull(values: ReportValues): ReportValues {
  const lists = Object.fromEntries(Object.entries(values.lists).map(([k, records]) => [k, records.map((r) => Object.fromEntries(Object.entries(r).map(([c, v]) => [c, v === '' ? null : v])))]));
  return { ...values, lists };
}

describe('report templates', () => {
  it('lists the four forms with a version and their period kind', () => {
    expect(listReportTemplates().map((t) => [t.code, t.version, t.periodKind])).toEqual([
      ['T1', '2026.1', 'month'], ['T2', '2026.1', 'month'], ['T3', '2026.1', 'quarter'], ['T4', '2026.1', 'year'],
    ]);
  });
});

describe.each(REPORT_CODES)('%s written and read back', (code) => {
  const file = path.join(dir, `${code}.xlsx`);
  const values = sampleValues(code);

  it('reads back exactly the values written, with no problems', async () => {
    const progress: number[] = [];
    const written = await writeReportWorkbook(values, file, { onProgress: (done) => progress.push(done) });
    expect(written.bytes).toBe(fs.statSync(file).size);
    expect(written.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(progress.at(-1)).toBeGreaterThan(0);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    const read = await readReportWorkbook(file);
    expect(read.problems).toEqual([]);
    expect(read.code).toBe(code);
    expect(read.templateVersion).toBe('2026.1');
    expect(read.sha256).toBe(written.sha256);
    const expected = blanksAsNull({ ...values, parkId: '' });
    if (code === 'T4') {
      // T4's 目标值 comes from source 004's 2025 targets where the values carry none.
      for (const [row, target] of [['rd_intensity', 8], ['high_tech_share', 80], ['labour_productivity', 50], ['tax_per_mu', 42], ['high_tech_enterprises', null], ['value_added_per_mu', null], ['utilised_fdi', null]] as const) {
        expect(read.values.indicators[row]!.target).toBe(target);
        expected.indicators[row] = { target, ...expected.indicators[row] };
      }
    }
    expect(read.values).toEqual(expected);
  });

  it('has the government layout', async () => {
    const workbook = await openInMemory(file);
    expect(workbook.keywords).toBe(`ParkDesk ${code} 2026.1`);
    const sheet = workbook.worksheets[0]!;
    const merges = sheet.model.merges;
    const last = sheet.columnCount;
    const lastLetter = sheet.getColumn(last).letter;
    // Title merged across the form and centred.
    expect(merges).toContain(`A1:${lastLetter}1`);
    expect(sheet.getCell('A1').alignment?.horizontal).toBe('center');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    // Top-right block.
    const block = [2, 3, 4, 5].map((r) => String(sheet.getCell(r, last).value));
    expect(block[0]).toMatch(/^表　　号：浙/);
    expect(block[1]).toMatch(/^制表机关：浙江省/);
    expect(block[2]).toBe('批准文号：（待省统计局批准后填写）');
    expect(block[3]).toBe('有效期至：2028年12月');
    // 填报单位 left, period in the middle, 计量单位 right.
    expect(sheet.getCell('A6').value).toBe(`填报单位：${HEADER.reportingUnit}`);
    expect(String(sheet.getCell(6, last).value)).toMatch(/^计量单位：/);
    const period = { T1: '2026年10月', T2: '2026年10月', T3: '2026年第三季度', T4: '2026年' }[code];
    expect(sheet.getRow(6).values).toContain(period);
    // Frozen below the header, A4 landscape fitted to the width (an indicator form on one page, the ledger running
    // on over pages with its header band repeated), print area and titles.
    // Header band: group row and leaf row (T1, T2, T3) or one row (T4), then 甲 乙 丙 marks on indicator forms.
    const headerEnd = { T1: 9, T2: 8, T3: 9, T4: 8 }[code];
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerEnd });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: code === 'T2' ? 0 : 1, printTitlesRow: `7:${headerEnd}` });
    expect(sheet.pageSetup.printArea).toMatch(new RegExp(`^A1:${lastLetter}\\d+$`));
    // Footer.
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts).toContain('单位负责人：王建国　　统计负责人：李秀英　　填表人：张晓明　　联系电话：0573-85012345　　报出日期：2026 年 11 月 5 日');
    expect(texts).toContain('说明：');
  });
});

describe('indicator forms', () => {
  it('T1: 甲 乙 丙 and numbered columns, 累计 merged over two columns, 2 decimals for 万美元, whole numbers for 家', async () => {
    const workbook = await openInMemory(path.join(dir, 'T1.xlsx'));
    const sheet = workbook.getWorksheet('利用外资月报')!;
    expect(sheet.getRow(7).values).toEqual([undefined, '指标名称', '计量单位', '代码', '本月', '累计', '累计', '同比增长(%)']);
    expect(sheet.getRow(8).values).toEqual([undefined, '指标名称', '计量单位', '代码', '本月', '本年累计', '上年同期累计', '同比增长(%)']);
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A7:A8', 'E7:F7', 'G7:G8']));
    expect(sheet.getRow(9).values).toEqual([undefined, '甲', '乙', '丙', '1', '2', '3', '4']);
    expect(sheet.views[0]).toMatchObject({ xSplit: 3, ySplit: 9 });
    expect(sheet.getRow(10).values).toEqual([undefined, '新设外商投资企业数', '家', '01', 101, 203, 304, 12.34]);
    expect(sheet.getCell('D10').numFmt).toBe('#,##0');
    expect(sheet.getRow(11).getCell(1).value).toBe('投资总额');
    expect(sheet.getCell('D11').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('G11').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('A14').value).toBe('其中：增资');
    // An indent only shows under an explicit left alignment.
    expect(sheet.getCell('A14').alignment).toMatchObject({ horizontal: 'left', indent: 2 });
    expect(sheet.getCell('A19').value).toBe('实际使用外资按来源地分：');
    expect(sheet.getCell('A26').value).toBe('“一带一路”沿线国家');
    const list = workbook.getWorksheet('项目清单')!;
    expect(list.getCell('A1').value).toBe('本月新设及增资项目清单');
    expect(list.model.merges).toContain('H3:J3');
    expect(list.getCell('H3').value).toBe('金额（万美元）');
    expect(list.getCell('J4').value).toBe('本月实到外资');
  });

  it('T4: 一级指标 merged down its rows, formulas printed, a floor target shown as ≥ and still a number', async () => {
    const sheet = (await openInMemory(path.join(dir, 'T4.xlsx'))).worksheets[0]!;
    expect(sheet.getRow(7).values).toEqual([undefined, '一级指标', '二级指标', '计算公式', '单位', '目标值', '本年', '上年', '增长(%)', '数据来源']);
    expect(sheet.getRow(8).values).toEqual([undefined, '甲', '乙', '丙', '丁', '1', '2', '3', '4', '戊']);
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['A9:A10', 'A11:A12', 'A13:A14']));
    expect(sheet.getCell('B9').value).toBe('R&D经费支出占GDP比重');
    expect(sheet.getCell('C9').value).toBe('R&D经费支出 ÷ 地区生产总值 × 100');
    expect(sheet.getCell('E11').value).toBe(80);
    expect(sheet.getCell('E11').numFmt).toBe('"≥"#,##0.00');
    expect(sheet.getCell('E9').numFmt).toBe('#,##0.00');
  });

  it('T2: one row per project, 行业 as code and name, 是/否, real date cells, 序号 and 项目名称 frozen', async () => {
    const sheet = (await openInMemory(path.join(dir, 'T2.xlsx'))).worksheets[0]!;
    expect(sheet.getCell('H7').value).toBe('国民经济行业');
    expect(sheet.getCell('H8').value).toBe('行业代码');
    expect(sheet.getCell('I8').value).toBe('行业名称');
    expect(sheet.views[0]).toMatchObject({ xSplit: 2, ySplit: 8 });
    expect(sheet.getCell('G9').value).toBe('是');
    expect(sheet.getCell('G10').value).toBe('否');
    expect(sheet.getCell('P9').value).toEqual(new Date(Date.UTC(2025, 2, 18)));
    expect(sheet.getCell('P9').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('K9').numFmt).toBe('#,##0.00');
  });

  it('T2: 22 columns narrow enough for A4 landscape, long text wrapped in a row tall enough to show it', async () => {
    const sheet = (await openInMemory(path.join(dir, 'T2.xlsx'))).worksheets[0]!;
    const widths = Array.from({ length: sheet.columnCount }, (_, i) => sheet.getColumn(i + 1).width ?? 0);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(270);
    // 统一社会信用代码 (18 characters) and dates are never cut to ###.
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(20);
    expect(sheet.getColumn(16).width).toBeGreaterThanOrEqual(11);
    for (const col of ['B', 'C', 'E', 'V']) expect(sheet.getCell(`${col}9`).alignment?.wrapText).toBe(true);
    // Row 9 carries a 29-character 需协调事项 (three lines in its column); row 10 has none.
    expect(sheet.getCell('V9').value).toMatch(/^用地指标待落实/);
    expect(sheet.getRow(9).height).toBeGreaterThanOrEqual(3 * 13.5);
    expect(sheet.getRow(10).height).toBeLessThan(sheet.getRow(9).height);
  });
});

describe('writer', () => {
  it('stops on cancel and leaves no file behind', async () => {
    const out = path.join(dir, 'cancelled.xlsx');
    const controller = new AbortController();
    const run = writeReportWorkbook(sampleValues('T2', 20_000), out, { signal: controller.signal, onProgress: (done) => done > 3_000 && controller.abort() });
    await expect(run).rejects.toThrow();
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(`${out}.partial`)).toBe(false);
  });
});
