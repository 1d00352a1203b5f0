import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readReportWorkbook, writeProblemCopy } from '../../../electron/services/excel';
import { creditCode } from '../../helpers/reportFixtures';

/** Workbooks as people make them from the forms: retyped headers, moved columns, numbers and dates as text. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excel-handmade-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const serial1900 = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

async function handMadeLedger(file: string, options: { date1904?: boolean } = {}): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  if (options.date1904) workbook.properties.date1904 = true;
  const sheet = workbook.addWorksheet('我的台账');
  sheet.getCell('A1').value = ' 重点外资项目推进台账（10月）';
  sheet.getCell('A2').value = '填报单位：';
  sheet.getCell('B2').value = '嘉兴市南湖区招商局';
  sheet.getCell('D2').value = '2026年 10 月';
  // Two header rows: 投资额 merged over three columns, the rest merged down; columns in another order, an extra 备注.
  const upper = ['序  号', '企业名称', '项目\n名称', '统一社会信用代码', '备注', '投资额（万美元）', null, null, '签约日期', '是否世界５００强', '国别（地区）', '开工日期'];
  const lower = [null, null, null, null, null, '总 投 资', '合同外资', '本年实到', null, null, null, null];
  sheet.getRow(3).values = upper;
  sheet.getRow(4).values = lower;
  sheet.mergeCells('F3:H3');
  for (const col of ['A', 'B', 'C', 'D', 'E', 'I', 'J', 'K', 'L']) sheet.mergeCells(`${col}3:${col}4`);
  const base = options.date1904 ? serial1900('2026-10-08') - 1462 : serial1900('2026-10-08');
  sheet.getRow(5).values = [1, '嘉兴德合精工科技有限公司', '中德精密一期', creditCode(1), '重点', '1,234.50', '１２３４.５', { formula: 'F5*2', result: 2469 } as ExcelJS.CellFormulaValue, '2026/10/8', '是', '德国', base];
  sheet.getRow(6).values = [2, '平湖日新电子有限公司', '日新电子扩产', creditCode(2), null, 'abc', 300, { formula: '1+1' } as ExcelJS.CellFormulaValue, '2026-13-40', '也许', '日本', '2026年10月8日'];
  sheet.getRow(8).values = [3, '嘉善韩美新材料有限公司', '  ', creditCode(3), '说明书待补充', 88, 20, 10, 46_000.5, 'N', '韩国', null];
  sheet.getCell('A10').value = '填表人：张晓明';
  sheet.getCell('D10').value = '联系电话：0573-85012345';
  // What Excel users cannot see must not be imported.
  const hidden = workbook.addWorksheet('旧数据', { state: 'veryHidden' });
  hidden.getRow(1).values = ['重点外资项目推进台账'];
  hidden.getRow(3).values = ['序号', '项目名称', '企业名称', '统一社会信用代码', '总投资'];
  hidden.getRow(4).values = [1, '隐藏项目', '隐藏企业', creditCode(9), 1];
  await workbook.xlsx.writeFile(file);
}

describe('a T2 ledger made by hand', () => {
  const file = path.join(dir, 'ledger.xlsx');

  it('is found by its title and its columns by header text, whatever the order, spacing or width of characters', async () => {
    await handMadeLedger(file);
    const read = await readReportWorkbook(file, { expect: 'T2' });
    expect(read.code).toBe('T2');
    expect(read.rowCount).toBe(3);
    expect(read.values.period).toBe('2026-10');
    expect(read.values.header.reportingUnit).toBe('嘉兴市南湖区招商局');
    expect(read.values.header.preparer).toBe('张晓明');
    expect(read.values.header.phone).toBe('0573-85012345');
    const [first, second, third] = read.values.lists.ledger!;
    expect(first).toMatchObject({
      seq: 1, enterprise_name: '嘉兴德合精工科技有限公司', project_name: '中德精密一期', credit_code: creditCode(1),
      total_investment: 1234.5, contracted_fdi: 1234.5, utilised_fdi_year: 2469, signed_on: '2026-10-08', fortune500: true,
      country: '德国', construction_on: '2026-10-08', investor: null, issues: null,
    });
    expect(second).toMatchObject({ total_investment: null, contracted_fdi: 300, signed_on: null, fortune500: null, construction_on: '2026-10-08' });
    expect(third).toMatchObject({ project_name: null, signed_on: '2025-12-09', fortune500: false });
  });

  it('reports each bad cell at its sheet, row and column, in Chinese and English', async () => {
    const read = await readReportWorkbook(file);
    expect(read.problems.map((p) => [p.sheet, `${p.column}${p.row}`, p.message])).toEqual([
      ['我的台账', 'F6', '“abc”不是数字'],
      ['我的台账', 'H6', '公式没有已计算的结果：请在 Excel 中打开、重新计算并保存后再导入'],
      ['我的台账', 'I6', '“2026-13-40”不是有效日期，请填写如 2026-10-08'],
      ['我的台账', 'J6', '“也许”应为“是”或“否”'],
      ['我的台账', 'C8', '此项必填'],
    ]);
    expect(read.problems[0]!.messageEn).toBe('“abc” is not a number');
  });

  it('reads serial dates in the 1904 date system of Mac Excel', async () => {
    const mac = path.join(dir, 'ledger-1904.xlsx');
    await handMadeLedger(mac, { date1904: true });
    const read = await readReportWorkbook(mac);
    expect(read.values.lists.ledger![0]!.construction_on).toBe('2026-10-08');
  });

  it('reads a workbook with a hidden sheet again and again without a stray error (exceljs buffers such sheets in temp files)', async () => {
    for (let i = 0; i < 150; i += 1) {
      const read = await readReportWorkbook(file);
      expect(read.values.lists.ledger!.map((r) => r.enterprise_name)).not.toContain('隐藏企业');
    }
  });

  it('gives back a copy of the user\'s own workbook with the bad cells red and commented, the rest untouched', async () => {
    const read = await readReportWorkbook(file);
    const copy = path.join(dir, 'ledger-problems.xlsx');
    await writeProblemCopy(file, read.problems, copy);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(copy);
    const sheet = workbook.getWorksheet('我的台账')!;
    expect(sheet.getCell('F6').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(String(sheet.getCell('F6').note)).toContain('“abc”不是数字');
    expect(String(sheet.getCell('F6').note)).toContain('“abc” is not a number');
    expect(sheet.getCell('F6').value).toBe('abc');
    expect(sheet.getCell('C8').fill?.type).toBe('pattern');
    // Everything else as it was.
    expect(sheet.getCell('F5').fill).toBeUndefined();
    expect(sheet.getCell('F5').note).toBeUndefined();
    expect(sheet.getCell('B5').value).toBe('嘉兴德合精工科技有限公司');
    expect(sheet.getCell('H5').value).toEqual({ formula: 'F5*2', result: 2469 });
    expect(sheet.model.merges).toEqual(expect.arrayContaining(['F3:H3', 'A3:A4']));
    expect(workbook.getWorksheet('旧数据')!.state).toBe('veryHidden');
  });
});

describe('a T1 report retyped by hand', () => {
  it('finds rows by name in any order, tolerates 其中 and full-width headers, and names what is missing or unknown', async () => {
    const file = path.join(dir, 't1.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('10月');
    sheet.getCell('A1').value = '园区利用外资情况月报';
    sheet.getCell('F2').value = '表 号：浙园外资统1表';
    sheet.getCell('A3').value = '填报单位：平湖经济技术开发区';
    sheet.getCell('C3').value = '2026年10月';
    sheet.getRow(4).values = ['指 标 名 称', '计量单位', '备注', '本　月', '本年\n累计', '上年同期累计', '同比增长（％）'];
    const names = ['新设外商投资企业数', '实际使用外资', '　其中: 增资', '投资总额', '合同外资', '总投资1000万美元以上项目', '其中：3000万美元以上项目', '其中：1亿美元以上项目', '世界500强投资项目', '港澳', '新加坡', '欧盟', '美国', '日本', '韩国', '"一带一路"沿线国家', '港澳台', '高技术制造业', '高技术服务业'];
    names.forEach((name, i) => {
      sheet.getRow(5 + i).values = [name, '', '', i === 1 ? '1,000.00' : i, i === 1 ? { formula: 'D6*3', result: 3000 } : i + 1, null, i === 1 ? '12.5%' : null];
    });
    await workbook.xlsx.writeFile(file);
    const read = await readReportWorkbook(file);
    expect(read.code).toBe('T1');
    expect(read.values.period).toBe('2026-10');
    expect(read.values.indicators.utilised_fdi).toEqual({ month: 1000, ytd: 3000, last_ytd: null, yoy: 12.5 });
    expect(read.values.indicators.utilised_fdi_capital_increase).toMatchObject({ month: 2, ytd: 3 });
    expect(read.values.indicators.fdi_belt_and_road).toMatchObject({ month: 15 });
    expect(read.values.indicators.fdi_other).toEqual({ month: null, ytd: null, last_ytd: null, yoy: null });
    expect(read.problems.map((p) => [p.sheet, `${p.column}${p.row}`, p.message])).toEqual([
      ['10月', 'A21', '无法识别的指标行“港澳台”'],
      ['10月', 'A4', '缺少指标行“其他”'],
      ['项目清单', 'A1', '缺少工作表“本月新设及增资项目清单”'],
    ]);
  });

  it('is refused as the wrong form when another was chosen', async () => {
    await expect(readReportWorkbook(path.join(dir, 't1.xlsx'), { expect: 'T3' })).rejects.toMatchObject({ code: 'WORKBOOK_WRONG_FORM', message: '这个文件是“园区利用外资情况月报”，不是所选的“园区主要经济指标季报”' });
  });

  it('a workbook that is no form at all is named as such', async () => {
    const file = path.join(dir, 'other.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').getRow(1).values = ['姓名', '年龄'];
    await workbook.xlsx.writeFile(file);
    await expect(readReportWorkbook(file)).rejects.toMatchObject({ code: 'WORKBOOK_UNRECOGNISED' });
  });
});
