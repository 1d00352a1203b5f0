import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t1Values, t3Values, workbookFile } from '../helpers/consolidationFixtures';
import { ok } from '../helpers/investmentFixtures';
import { openTestApp, type TestApp } from '../helpers/tempStore';

interface DryRun {
  batchId: string | null;
  parks: { reportingUnit: string; parkId: string | null; fileName: string; values: Record<string, Record<string, number | null>> }[];
  checks: { kind: string; park?: string; fileName?: string; message: string; messageEn: string }[];
}

const PARKS = ['中日（平湖）产业合作园', '中荷（嘉善）产业合作园', '中德（嘉兴）产业合作园', '中法（海盐）产业合作园'];

describe('province-side consolidation of real T1 workbooks', () => {
  let app: TestApp;
  let september: DryRun;
  beforeAll(async () => {
    app = openTestApp();
    for (const name of PARKS) await ok(app, 'parks.create', { name, kind: 'international_cooperation', level: 'provincial', partnerCountries: [], divisionCode: '330482' });
    await ok(app, 'parks.create', { name: '杭州经济技术开发区', kind: 'economic_development', level: 'national', partnerCountries: [], divisionCode: '330114' });
    september = await ok<DryRun>(app, 'consolidation.dryRun', {
      code: 'T1', period: '2026-09', files: [
        await workbookFile(app.dir, 'pinghu-09.xlsx', t1Values(PARKS[0]!, '2026-09', 100, 900)),
        await workbookFile(app.dir, 'jiashan-09.xlsx', t1Values(PARKS[1]!, '2026-09', 50, 400)),
        await workbookFile(app.dir, 'jiaxing-09.xlsx', t1Values(PARKS[2]!, '2026-09', 30, 300)),
        await workbookFile(app.dir, 'haiyan-09.xlsx', t1Values(PARKS[3]!, '2026-09', 10, 80)),
      ],
    });
    await ok(app, 'consolidation.commit', { batchId: september.batchId });
  }, 60_000);
  afterAll(() => app.close());

  it('reads four clean files with no checks, matched to their parks', () => {
    expect(september.checks).toEqual([]);
    expect(september.parks.map((p) => p.reportingUnit).sort()).toEqual([...PARKS].sort());
    expect(september.parks.every((p) => p.parkId)).toBe(true);
  });

  it('flags a missing park, a breakdown that does not add up, a 本年累计 that fell, a wrong period, a park twice and an unreadable file', async () => {
    const junk = { fileName: '损坏的文件.xlsx', base64: Buffer.from('这不是 Excel 文件').toString('base64') };
    const run = await ok<DryRun>(app, 'consolidation.dryRun', {
      code: 'T1', period: '2026-10', files: [
        await workbookFile(app.dir, 'pinghu-10.xlsx', t1Values(PARKS[0]!, '2026-10', 120, 1020)),
        await workbookFile(app.dir, 'jiashan-10.xlsx', t1Values(' 中荷(嘉善)产业合作园 ', '2026-10', 60, 460, 12.5)),
        await workbookFile(app.dir, 'jiaxing-10.xlsx', t1Values(PARKS[2]!, '2026-10', 5, 250)),
        await workbookFile(app.dir, 'pinghu-10-again.xlsx', t1Values(PARKS[0]!, '2026-10', 1, 1)),
        await workbookFile(app.dir, 'haiyan-09-resent.xlsx', t1Values(PARKS[3]!, '2026-09', 10, 80)),
        junk,
      ],
    });
    const kinds = run.checks.map((c) => `${c.kind}:${c.park ?? c.fileName}`);
    expect(kinds).toEqual(expect.arrayContaining([
      `missing_park:${PARKS[3]}`,
      'sum_mismatch:中荷(嘉善)产业合作园',
      `ytd_decreased:${PARKS[2]}`,
      `duplicate_park:${PARKS[0]}`,
      'wrong_period:haiyan-09-resent.xlsx',
      'unreadable:损坏的文件.xlsx',
    ]));
    // The mismatch shows in 本月 and in 本年累计; 嘉兴's fall shows in 实际使用外资 and in its 欧盟 row.
    expect(run.checks.filter((c) => c.kind === 'sum_mismatch')).toHaveLength(2);
    expect(run.checks.filter((c) => c.kind === 'ytd_decreased').map((c) => c.message)).toEqual([
      '中德（嘉兴）产业合作园：实际使用外资本年累计 250 小于上期汇总的 300',
      '中德（嘉兴）产业合作园：欧盟本年累计 250 小于上期汇总的 300',
    ]);
    expect(run.checks).toHaveLength(8);
    expect(run.checks.find((c) => c.kind === 'unreadable')!.message).toMatch(/^损坏的文件\.xlsx 无法读取：.+/);
    expect(run.checks.some((c) => c.park === '杭州经济技术开发区')).toBe(false); // not a cooperation park
    // Half-width brackets and stray spaces still find the park (listed by its name in the store); the first 平湖 file counts.
    expect(run.parks.map((p) => [p.reportingUnit, p.parkId !== null, p.fileName])).toEqual([
      ['中德（嘉兴）产业合作园', true, 'jiaxing-10.xlsx'],
      ['中荷(嘉善)产业合作园', true, 'jiashan-10.xlsx'],
      ['中日（平湖）产业合作园', true, 'pinghu-10.xlsx'],
    ]);

    const listed = await ok<{ id: string; status: string }[]>(app, 'consolidation.list', { period: '2026-10' });
    expect(listed).toEqual([expect.objectContaining({ id: run.batchId, status: 'dry_run' })]);
    const committed = await ok<{ batch: { status: string } }>(app, 'consolidation.commit', { batchId: run.batchId });
    expect(committed.batch.status).toBe('committed');
    expect(await app.call('consolidation.commit', { batchId: run.batchId })).toMatchObject({ ok: false, error: { code: 'REPORT_STATE' } });
    const audit = app.store.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'consolidation_batch'").get() as { n: number };
    expect(audit.n).toBe(2);

    const summary = await ok<{ fileName: string; base64: string }>(app, 'consolidation.export', { batchId: run.batchId });
    expect(summary.fileName).toBe('园区利用外资情况汇总表_2026年10月.xlsx');
    const file = path.join(app.dir, summary.fileName);
    fs.writeFileSync(file, Buffer.from(summary.base64, 'base64'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    const texts = (r: number) => (sheet.getRow(r).values as unknown[]).filter((v) => v !== undefined && v !== null);
    expect(String(sheet.getCell(1, 1).value)).toContain('汇总表');
    const totalRow = [...Array(sheet.rowCount).keys()].map((i) => i + 1).find((r) => sheet.getCell(r, 2).value === '合计')!;
    expect(sheet.getCell(totalRow + 1, 2).value).toBe('中德（嘉兴）产业合作园');
    // 实际使用外资 is the 4th indicator: columns C.. hold 本月/本年累计 pairs → its 本月 is column 3 + 3×2 = 9.
    expect(sheet.getCell(7, 9).value).toBe('实际使用外资（万美元）');
    expect(sheet.getCell(totalRow, 9).value).toBe(185); // 5 + 120 + 60
    expect(sheet.getCell(totalRow, 10).value).toBe(1730); // 250 + 1020 + 460
    expect(texts(sheet.rowCount).join('')).toContain('说明');
    // 19 indicators × 2 figures print four A4 pages across (5 indicators a page), each repeating the header rows and
    // 序号/园区; the print area reaches the footer and 说明; the title sits over the first page's columns.
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 4, fitToHeight: 0, printTitlesRow: '7:8', printTitlesColumn: 'A:B' });
    expect(sheet.model.merges).toContain('A1:L1');
    const footerRow = [...Array(sheet.rowCount).keys()].map((i) => i + 1).find((r) => String(sheet.getCell(r, 3).value ?? '').startsWith('单位负责人：'))!;
    expect(String(sheet.getCell(footerRow + 1, 3).value)).toMatch(/^说明：/);
    const printedTo = Number(/^A1:AN(\d+)$/.exec(sheet.pageSetup.printArea ?? '')?.[1]);
    expect(printedTo).toBeGreaterThan(footerRow + 1);
  });

  it('consolidates T3 from every park of the store, and leaves out a workbook of another form', async () => {
    const run = await ok<DryRun>(app, 'consolidation.dryRun', {
      code: 'T3', period: '2026-Q3', files: [
        await workbookFile(app.dir, 'pinghu-q3.xlsx', t3Values(PARKS[0]!, '2026-Q3', 30, 90)),
        await workbookFile(app.dir, 'jiashan-t1.xlsx', t1Values(PARKS[1]!, '2026-09', 50, 400)),
      ],
    });
    expect(run.parks.map((p) => p.reportingUnit)).toEqual([PARKS[0]]);
    expect(run.checks.filter((c) => c.kind === 'missing_park').map((c) => c.park).sort()).toEqual([...PARKS.slice(1), '杭州经济技术开发区'].sort());
    expect(run.checks.find((c) => c.fileName === 'jiashan-t1.xlsx')).toMatchObject({ kind: 'unreadable' });
  });
});
