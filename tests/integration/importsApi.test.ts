import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, PINGHU_PARK } from '../helpers/investmentFixtures';
import { creditCodeFor, ledgerRecord } from '../helpers/ledgerFixtures';
import { cellOf, writeForm } from '../helpers/ledgerWorkbook';
import { openTestApp, type TestApp } from '../helpers/tempStore';

let app: TestApp;
let parkId: string;

function count(table: string): number {
  return (app.store.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

beforeEach(async () => {
  app = openTestApp();
  parkId = (await ok<{ id: string }>(app, 'parks.create', PINGHU_PARK)).id;
});
afterEach(() => app.close());

type DryRun = { batchId: string; code: string; parkId: string; problems: { sheet: string; row: number; column: string; message: string }[]; preview: any; duplicateOf?: any };

describe('imports.* with real .xlsx files', () => {
  it('dry run of a ledger with mistakes: each problem at the cell a person would look at, and nothing written', async () => {
    const wrongCheck = creditCodeFor(2).slice(0, 17) + (creditCodeFor(2).endsWith('1') ? '2' : '1');
    const records = [
      ledgerRecord(1),
      ledgerRecord(2, { credit_code: wrongCheck }),
      ledgerRecord(3, { total_investment: -1200 }),
      ledgerRecord(4, { signed_on: '2026-13-45' }),
      ledgerRecord(5, { country: '瓦坎达' }),
    ];
    const form = await writeForm(app.dir, '十月台账.xlsx', 'T2', '2026-10', PINGHU_PARK.name, { ledger: records });
    const dry = await ok<DryRun>(app, 'imports.dryRun', { fileName: form.fileName, base64: form.base64 });
    expect(dry.code).toBe('T2');
    expect(dry.parkId).toBe(parkId);
    const expectAt = async (header: string, n: number, message: string | RegExp) =>
      expect(dry.problems).toContainEqual({ ...(await cellOf(form.file, header, `第${n}号精密制造项目`)), message: expect.stringMatching(message), messageEn: expect.any(String) });
    await expectAt('统一社会信用代码', 2, /校验位不符/);
    await expectAt('总投资', 3, /负数/);
    await expectAt('签约日期', 4, /日期/);
    await expectAt('国别(地区)', 5, /瓦坎达/);
    expect(dry.problems.every((p) => p.row > 0)).toBe(true);
    expect(count('enterprises')).toBe(0);
    expect(await app.call('imports.commit', { batchId: dry.batchId })).toMatchObject({ ok: false, error: { code: 'IMPORT_HAS_PROBLEMS' } });
  });

  it('commits a clean ledger after a backup, shows the batch record by record, and recognises the same file again', async () => {
    const records = Array.from({ length: 30 }, (_, i) => ledgerRecord(i + 1));
    const form = await writeForm(app.dir, '十月台账.xlsx', 'T2', '2026-10', PINGHU_PARK.name, { ledger: records });
    const dry = await ok<DryRun>(app, 'imports.dryRun', { fileName: form.fileName, base64: form.base64 });
    expect(dry.problems).toEqual([]);
    expect(dry.preview).toMatchObject({ creates: 60, byEntity: { enterprise: { creates: 30 }, project: { creates: 30 } } });
    const committed = await ok<{ summary: { backup: string } }>(app, 'imports.commit', { batchId: dry.batchId });
    expect(fs.existsSync(path.join(app.dir, 'backups', committed.summary.backup))).toBe(true);
    expect(count('projects')).toBe(30);
    const view = await ok<{ batch: any; records: any[]; recordsTotal: number }>(app, 'imports.get', { batchId: dry.batchId, limit: 5 });
    expect(view.batch).toMatchObject({ status: 'committed', fileName: '十月台账.xlsx', reportCode: 'T2', rowCount: 30, problemCount: 0 });
    expect(view.recordsTotal).toBe(60);
    expect(view.records[0]).toMatchObject({ entity: 'enterprise', action: 'create', label: '浙江平湖第1精密机械有限公司', row: (await cellOf(form.file, '项目名称', '第1号精密制造项目')).row });

    const again = await ok<DryRun>(app, 'imports.dryRun', { fileName: '十月台账-副本.xlsx', base64: form.base64 });
    expect(again.duplicateOf).toMatchObject({ batchId: dry.batchId, fileName: '十月台账.xlsx' });
    expect(again.preview).toMatchObject({ creates: 0, updates: 0, unchanged: 30 });
    const refused = await app.call('imports.commit', { batchId: again.batchId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'IMPORT_DUPLICATE', details: { duplicateOf: { batchId: dry.batchId } } } });
  });

  it('a later ledger updates the enterprise with the same credit code and its project', async () => {
    const first = await writeForm(app.dir, '九月.xlsx', 'T2', '2026-09', PINGHU_PARK.name, { ledger: [ledgerRecord(1)] });
    await ok(app, 'imports.commit', { batchId: (await ok<DryRun>(app, 'imports.dryRun', first)).batchId });
    const later = await writeForm(app.dir, '十月.xlsx', 'T2', '2026-10', PINGHU_PARK.name, {
      ledger: [ledgerRecord(1, { enterprise_name: '浙江平湖第1精密机械股份有限公司', stage: '开工', construction_on: '2026-06-18', total_investment: 2500 })],
    });
    const dry = await ok<DryRun>(app, 'imports.dryRun', later);
    expect(dry.preview).toMatchObject({ creates: 0, updates: 2 });
    await ok(app, 'imports.commit', { batchId: dry.batchId });
    expect(app.store.sqlite.prepare('SELECT e.name, p.stage, p.under_construction_on AS started, p.total_investment_usd AS usd FROM projects p JOIN enterprises e ON e.id = p.enterprise_id').all()).toEqual([
      { name: '浙江平湖第1精密机械股份有限公司', stage: 'under_construction', started: '2026-06-18', usd: 25_000_000 },
    ]);
    const audit = app.store.sqlite.prepare("SELECT action, entity, source FROM audit_log WHERE source = 'import' AND action = 'update' ORDER BY seq").all();
    expect(audit).toEqual([{ action: 'update', entity: 'enterprise', source: 'import' }, { action: 'update', entity: 'project', source: 'import' }]);
  });

  it('all or nothing: a failure while writing the 150th project leaves no row of the batch, and the batch says why', async () => {
    app.store.sqlite.exec("CREATE TRIGGER fail_late BEFORE INSERT ON projects WHEN (SELECT COUNT(*) FROM projects) >= 149 BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");
    const form = await writeForm(app.dir, '台账.xlsx', 'T2', '2026-10', PINGHU_PARK.name, { ledger: Array.from({ length: 200 }, (_, i) => ledgerRecord(i + 1)) });
    const dry = await ok<DryRun>(app, 'imports.dryRun', form);
    const failed = await app.call('imports.commit', { batchId: dry.batchId });
    expect(failed).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED', message: expect.stringContaining('已全部撤销') } });
    expect([count('enterprises'), count('projects'), count('import_batch_records')]).toEqual([0, 0, 0]);
    expect((app.store.sqlite.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE source = 'import'").get() as { n: number }).n).toBe(0);
    const list = await ok<{ rows: any[] }>(app, 'imports.list', {});
    expect(list.rows[0]).toMatchObject({ id: dry.batchId, status: 'failed', summary: { error: { code: 'IMPORT_FAILED' } } });
  });

  it('T3 quarterly form → indicator values of the park and quarter, from the imported batch', async () => {
    const form = await writeForm(app.dir, 'T3-2026Q3.xlsx', 'T3', '2026-Q3', PINGHU_PARK.name, {
      indicators: { industrial_value_added: { quarter: 52_345.67, ytd: 150_000, last_ytd: 140_000, yoy: 7.14 }, employees: { quarter: 18_650, ytd: 18_650, last_ytd: 17_900, yoy: 4.19 } },
    });
    const dry = await ok<DryRun>(app, 'imports.dryRun', form);
    expect(dry).toMatchObject({ code: 'T3', problems: [] });
    await ok(app, 'imports.commit', { batchId: dry.batchId });
    expect(app.store.sqlite.prepare('SELECT indicator_code AS code, period, scaled_value AS v, source, import_batch_id AS batch FROM indicator_values ORDER BY indicator_code').all()).toEqual([
      { code: 'employees', period: '2026-Q3', v: 18_650, source: 'imported', batch: dry.batchId },
      { code: 'industrial_value_added', period: '2026-Q3', v: 5_234_567, source: 'imported', batch: dry.batchId },
    ]);
  });

  it("problem copy: the user's own workbook with the bad cells filled and commented, the rest untouched", async () => {
    const records = [ledgerRecord(1), ledgerRecord(2, { country: '瓦坎达' }), ledgerRecord(3)];
    const form = await writeForm(app.dir, '我的台账.xlsx', 'T2', '2026-10', PINGHU_PARK.name, { ledger: records });
    const dry = await ok<DryRun>(app, 'imports.dryRun', form);
    const copy = await ok<{ fileName: string; mimeType: string; base64: string }>(app, 'imports.problemCopy', { batchId: dry.batchId });
    expect(copy.fileName).toBe('我的台账-问题标注.xlsx');
    const file = path.join(app.dir, 'copy.xlsx');
    fs.writeFileSync(file, Buffer.from(copy.base64, 'base64'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const bad = await cellOf(form.file, '国别(地区)', '第2号精密制造项目');
    const good = await cellOf(form.file, '国别(地区)', '第3号精密制造项目');
    const sheet = workbook.getWorksheet(bad.sheet)!;
    const badCell = sheet.getCell(`${bad.column}${bad.row}`);
    expect(badCell.value).toBe('瓦坎达');
    expect(badCell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(JSON.stringify(badCell.note)).toContain('未知的国别（地区）“瓦坎达”');
    const goodCell = sheet.getCell(`${good.column}${good.row}`);
    expect(goodCell.value).toBe('新加坡');
    expect(goodCell.note).toBeUndefined();
  });
});
