import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, expect, it } from 'vitest';
import { readReportWorkbook, writeReportWorkbook } from '../../../electron/services/excel';
import { sampleValues } from '../../helpers/reportFixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excel-garbling-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every string an exceljs streaming read yields, as bare exceljs 4.4.0 decodes them. */
async function bareStrings(file: string): Promise<string[]> {
  const out: string[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {});
  for await (const sheet of reader) for await (const row of sheet) for (const v of row.values as unknown[]) if (typeof v === 'string') out.push(v);
  return out;
}

it('20 000 rows of Chinese text come back intact (exceljs 4.4.0 alone turns split characters into U+FFFD)', async () => {
  const values = sampleValues('T2', 20_000);
  const file = path.join(dir, 'ledger.xlsx');
  await writeReportWorkbook(values, file);

  // The file does trip the bug: some character straddles a chunk boundary.
  expect((await bareStrings(file)).some((s) => s.includes('\uFFFD'))).toBe(true);

  const read = await readReportWorkbook(file);
  expect(read.problems).toEqual([]);
  expect(JSON.stringify(read.values)).not.toContain('\uFFFD');
  const ledger = read.values.lists.ledger!;
  expect(ledger).toHaveLength(20_000);
  for (const i of [0, 4_321, 12_345, 19_999]) {
    expect(ledger[i]!.project_name).toBe(values.lists.ledger![i]!.project_name);
    expect(ledger[i]!.investor).toBe(values.lists.ledger![i]!.investor);
  }
  expect(ledger.map((r) => r.industry_name)).toEqual(values.lists.ledger!.map((r) => r.industry_name));
}, 60_000);

it('shared strings (as Excel saves them) are decoded across chunks too', async () => {
  const file = path.join(dir, 'shared.xlsx');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(['重点外资项目推进台账']).commit();
  sheet.addRow(['序号', '项目名称', '企业名称', '统一社会信用代码']).commit();
  const names = Array.from({ length: 8_000 }, (_, i) => `浙江嘉兴中德产业合作园区第${i}号精密制造项目`);
  names.forEach((name, i) => sheet.addRow([i + 1, name, `企业${i}有限公司`, '91330482MA28A1234X']).commit());
  sheet.commit();
  await workbook.commit();
  const read = await readReportWorkbook(file, { expect: 'T2' });
  expect(read.values.lists.ledger!.map((r) => r.project_name)).toEqual(names);
}, 60_000);
