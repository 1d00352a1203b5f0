import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, expect, it } from 'vitest';
import { DEFAULT_LIMITS, inspectWorkbook, readReportWorkbook, writeReportWorkbook } from '../../../electron/services/excel';
import { sampleValues } from '../../helpers/reportFixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excel-recognition-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('a form whose title was retyped is still known by its 表号', async () => {
  const file = path.join(dir, 't3.xlsx');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('三季度');
  sheet.getCell('A1').value = '南湖区园区经济情况（三季度）';
  sheet.getCell('E2').value = '表　　号：浙园经统1表';
  sheet.getCell('A3').value = '2026年第三季度';
  sheet.getRow(4).values = ['指标名称', '计量单位', '代码', '本季', '本年累计', '上年同期', '同比(%)'];
  sheet.getRow(5).values = ['税收收入', '万元', '05', '1,200.5', 3600, 3000, '20%'];
  await workbook.xlsx.writeFile(file);
  const read = await readReportWorkbook(file);
  expect(read.code).toBe('T3');
  expect(read.values.period).toBe('2026-Q3');
  expect(read.values.indicators.tax_revenue).toEqual({ quarter: 1200.5, ytd: 3600, last_ytd: 3000, yoy: 20 });
  // The other nine rows are named as missing, at the header.
  expect(read.problems).toHaveLength(9);
  expect(read.problems[0]).toMatchObject({ sheet: '三季度', row: 4, column: 'A', message: '缺少指标行“规上工业增加值”' });
});

it('the guard refuses files over the size limit and with too many parts, before reading them', async () => {
  const file = path.join(dir, 't2.xlsx');
  await writeReportWorkbook(sampleValues('T2', 5), file);
  expect(() => inspectWorkbook(file, { ...DEFAULT_LIMITS, maxFileBytes: 1024 })).toThrow(expect.objectContaining({ code: 'WORKBOOK_REJECTED', details: expect.objectContaining({ reason: 'tooLarge' }) }));
  expect(() => inspectWorkbook(file, { ...DEFAULT_LIMITS, maxEntries: 3 })).toThrow(expect.objectContaining({ details: expect.objectContaining({ reason: 'tooManyEntries' }) }));
  expect(inspectWorkbook(file).entries.map((e) => e.name)).toContain('xl/workbook.xml');
});
