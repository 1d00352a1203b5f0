import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookIsolated, writeProblemCopy, writeProblemCopyIsolated, writeReportWorkbook } from '../../../electron/services/excel';
import { creditCode, sampleValues } from '../../helpers/reportFixtures';
import { editPart, readZipParts, writeZipParts } from './zipParts';

/**
 * The hostile corpus of issue 9 item 5, made by the test: each file is refused with a message that says
 * what to do, or — where it is harmless — read correctly; in every case through the isolated parser, so
 * the worst a file can do is end the parser's process, never this one.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excel-hostile-'));
const ledger = path.join(dir, 'ledger.xlsx');
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  await writeReportWorkbook(sampleValues('T2', 25), ledger);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function refusal(target: string): Promise<{ code: string; message: string; reason: string }> {
  try {
    await readWorkbookIsolated(target);
  } catch (error) {
    const e = error as { code: string; message: string; details?: { reason?: string } };
    return { code: e.code, message: e.message, reason: e.details?.reason ?? '' };
  }
  throw new Error(`${target} was read`);
}

/** An OLE compound file: header, then the directory's UTF-16 stream names. */
function compoundFile(streamNames: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.alloc(512 * 4);
  streamNames.forEach((name, i) => Buffer.from(name, 'utf16le').copy(directory, i * 128));
  return Buffer.concat([header, directory, Buffer.alloc(4096, 0xff)]);
}

describe('refused before parsing, with a message saying what to do', () => {
  it('an encrypted workbook (password to open)', async () => {
    fs.writeFileSync(file('encrypted.xlsx'), compoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']));
    const r = await refusal(file('encrypted.xlsx'));
    expect(r).toMatchObject({ code: 'WORKBOOK_REJECTED', reason: 'encrypted' });
    expect(r.message).toMatch(/^文件已加密（设置了打开密码）/);
  });

  it('an old .xls renamed to .xlsx', async () => {
    fs.writeFileSync(file('old.xlsx'), compoundFile(['Root Entry', 'Workbook', '\u0005SummaryInformation']));
    const r = await refusal(file('old.xlsx'));
    expect(r).toMatchObject({ reason: 'legacyXls' });
    expect(r.message).toMatch(/^这是旧版 \.xls 文件/);
  });

  it('a CSV renamed to .xlsx', async () => {
    fs.writeFileSync(file('csv.xlsx'), '序号,项目名称,企业名称\r\n1,中德精密一期,嘉兴德合精工科技有限公司\r\n');
    expect(await refusal(file('csv.xlsx'))).toMatchObject({ reason: 'text', message: expect.stringMatching(/^这是文本或 CSV 文件/) });
  });

  it('a truncated download', async () => {
    const bytes = fs.readFileSync(ledger);
    fs.writeFileSync(file('cut.xlsx'), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(await refusal(file('cut.xlsx'))).toMatchObject({ reason: 'truncated', message: expect.stringMatching(/^文件不完整（可能下载中断/) });
  });

  it('a zip bomb: a small file whose part unpacks to 64 MB at a ratio near 1000', async () => {
    const parts = readZipParts(ledger);
    parts.set('xl/worksheets/sheet2.xml', Buffer.alloc(64 * 1024 * 1024, 0x20));
    writeZipParts(file('bomb.xlsx'), parts);
    expect(fs.statSync(file('bomb.xlsx')).size).toBeLessThan(200 * 1024);
    const r = await refusal(file('bomb.xlsx'));
    expect(r).toMatchObject({ reason: 'zipBomb' });
    expect(r.message).toMatch(/^压缩比异常（解压后约 \d+(\.\d)? MB，压缩比 \d+ 倍）/);
  });

  it('a part that claims to unpack past the 1 GB limit', async () => {
    const parts = readZipParts(ledger);
    writeZipParts(file('claims.xlsx'), parts, { 'xl/styles.xml': 1_500_000_000 });
    expect(await refusal(file('claims.xlsx'))).toMatchObject({ reason: 'zipBomb' });
  });

  it('XXE and billion laughs in sharedStrings.xml', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('台账').getRow(1).values = ['重点外资项目推进台账'];
    await workbook.xlsx.writeFile(file('shared.xlsx'));
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    editPart(file('shared.xlsx'), file('xxe.xlsx'), 'xl/sharedStrings.xml', (xml) => xml.replace(/^<\?xml[^>]*\?>/, laughs).replace('重点外资项目推进台账', '&lol3;&xxe;'));
    const r = await refusal(file('xxe.xlsx'));
    expect(r).toMatchObject({ reason: 'xmlDoctype' });
    expect(r.message).toMatch(/^文件内含不允许的 XML 声明/);
  });

  it('an empty file and a file that is no zip at all', async () => {
    fs.writeFileSync(file('empty.xlsx'), '');
    fs.writeFileSync(file('binary.xlsx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    expect(await refusal(file('empty.xlsx'))).toMatchObject({ reason: 'empty' });
    expect(await refusal(file('binary.xlsx'))).toMatchObject({ reason: 'notZip' });
  });
});

describe('harmless oddities are read correctly', () => {
  it('a data validation over A2:Z1048576 is not expanded, neither by the reader nor by the problem copy', async () => {
    editPart(ledger, file('validation.xlsx'), 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<pageMargins', '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A2:Z1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations><pageMargins'));
    const read = await readWorkbookIsolated(file('validation.xlsx'));
    expect(read.rowCount).toBe(25);
    expect(read.problems).toEqual([]);
    await writeProblemCopy(file('validation.xlsx'), [{ sheet: '项目台账', row: 9, column: 'D', message: '统一社会信用代码校验位不正确' }], file('validation-copy.xlsx'));
    expect(fs.statSync(file('validation-copy.xlsx')).size).toBeLessThan(1024 * 1024);
  });

  it('a lone cell at XFD1048576', async () => {
    editPart(ledger, file('lone.xlsx'), 'xl/worksheets/sheet1.xml', (xml) => xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>孤</t></is></c></row></sheetData>'));
    const read = await readWorkbookIsolated(file('lone.xlsx'));
    expect(read.rowCount).toBe(25);
    expect(read.problems).toEqual([]);
  });

  it('1904 dates and a very hidden sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('台账');
    sheet.getRow(1).values = ['重点外资项目推进台账'];
    sheet.getRow(2).values = ['序号', '项目名称', '企业名称', '统一社会信用代码', '签约日期'];
    sheet.getRow(3).values = [1, '中德精密一期', '嘉兴德合精工科技有限公司', creditCode(1), Date.parse('2026-10-08T00:00:00Z') / 86_400_000 + 25_569 - 1_462];
    const hidden = workbook.addWorksheet('隐藏', { state: 'veryHidden' });
    hidden.getRow(1).values = ['重点外资项目推进台账'];
    hidden.getRow(2).values = ['序号', '项目名称', '企业名称', '统一社会信用代码'];
    hidden.getRow(3).values = [1, '不应导入', '隐藏企业', creditCode(2)];
    await workbook.xlsx.writeFile(file('mac.xlsx'));
    const read = await readWorkbookIsolated(file('mac.xlsx'), { expect: 'T2' });
    expect(read.values.lists.ledger).toEqual([expect.objectContaining({ project_name: '中德精密一期', signed_on: '2026-10-08' })]);
  });
});

describe('the parser process', () => {
  it('reads a valid export with progress', async () => {
    const progress: number[] = [];
    const read = await readWorkbookIsolated(ledger, { expect: 'T2', onProgress: (rows) => progress.push(rows) });
    expect(read.code).toBe('T2');
    expect(read.rowCount).toBe(25);
    expect(progress.length).toBeGreaterThan(0);
  });

  /** A 20 000-row ledger, written once for the tests that need one too big for a tiny heap. */
  const bigLedger = async () => {
    const big = file('big.xlsx');
    if (!fs.existsSync(big)) await writeReportWorkbook(sampleValues('T2', 20_000), big);
    return big;
  };

  it('out of memory ends only the parser', async () => {
    const big = await bigLedger();
    await expect(readWorkbookIsolated(big, { maxOldSpaceMb: 24 })).rejects.toMatchObject({ code: 'WORKBOOK_PARSER_CRASHED', message: expect.stringMatching(/^读取文件时解析程序异常退出/) });
    // This process carries on, and with its normal heap the parser hands back all 20 000 rows.
    const read = await readWorkbookIsolated(big);
    expect(read.rowCount).toBe(20_000);
    expect(read.values.lists.ledger![19_999]!.project_name).toBe('中德精密制造产业园项目（第20000期）');
  }, 60_000);

  it('the problem copy is made there too: out of memory ends only that process, then with its heap the copy is marked', async () => {
    const big = await bigLedger();
    const out = file('big-problems.xlsx');
    const problems = [{ sheet: '项目台账', row: 9, column: 'D', message: '统一社会信用代码校验位不正确', messageEn: 'Wrong check character' }];
    await expect(writeProblemCopyIsolated(big, problems, out, { maxOldSpaceMb: 24 })).rejects.toMatchObject({ code: 'WORKBOOK_PARSER_CRASHED' });
    expect(fs.existsSync(out)).toBe(false);
    await writeProblemCopyIsolated(big, problems, out);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const cell = copy.getWorksheet('项目台账')!.getCell('D9');
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(String(cell.note)).toContain('校验位不正确');
    expect(copy.getWorksheet('项目台账')!.rowCount).toBeGreaterThan(20_000);
  }, 120_000);

  it('is stopped by cancel and by the time limit', async () => {
    const controller = new AbortController();
    const reading = readWorkbookIsolated(ledger, { signal: controller.signal });
    controller.abort();
    await expect(reading).rejects.toMatchObject({ code: 'WORKBOOK_CANCELLED' });
    await expect(readWorkbookIsolated(ledger, { timeoutMs: 1 })).rejects.toMatchObject({ code: 'WORKBOOK_PARSER_TIMEOUT' });
  });
});
