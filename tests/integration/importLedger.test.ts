import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../electron/services/imports/commitImport';
import { dryRunImport } from '../../electron/services/imports/dryRun';
import { openTestApp, type TestApp } from '../helpers/tempStore';
import { ok, PINGHU_PARK } from '../helpers/investmentFixtures';
import { fixtureHost } from '../helpers/importHostFixture';
import { columnOf, creditCodeFor, FIRST_LEDGER_ROW, LEDGER_SHEET, ledgerRecord, parsedLedger } from '../helpers/ledgerFixtures';

let app: TestApp;
let parkId: string;

function count(sql: string, ...params: unknown[]): number {
  return (app.store.sqlite.prepare(sql).get(...params) as { n: number }).n;
}

beforeEach(async () => {
  app = openTestApp();
  parkId = (await ok<{ id: string }>(app, 'parks.create', PINGHU_PARK)).id;
});
afterEach(() => app.close());

describe('T2 ledger import (service)', () => {
  it('points each problem at its cell and refuses to commit until the workbook is fixed', async () => {
    const { host, upload } = fixtureHost(app.store, app.dir);
    const records = [
      ledgerRecord(1),
      ledgerRecord(2, { credit_code: `${creditCodeFor(2).slice(0, 17)}${creditCodeFor(2).endsWith('0') ? '1' : '0'}` }),
      ledgerRecord(3, { total_investment: -5 }),
      ledgerRecord(4, { signed_on: '2026-02-30' }),
      ledgerRecord(5, { country: '亚特兰蒂斯' }),
    ];
    const result = await dryRunImport(host, { fileName: '台账.xlsx', base64: upload(parsedLedger(records, PINGHU_PARK.name)) });
    const at = (row: number, key: Parameters<typeof columnOf>[0]) => expect.objectContaining({ sheet: LEDGER_SHEET, row: FIRST_LEDGER_ROW + row, column: columnOf(key) });
    expect(result.problems).toEqual([
      at(1, 'credit_code'),
      at(2, 'total_investment'),
      at(3, 'signed_on'),
      at(4, 'country'),
    ]);
    expect(result.problems[0]!.message).toContain('校验位不符');
    expect(result.problems[1]!.message).toBe('总投资不能为负数');
    expect(result.problems[3]!.message).toContain('亚特兰蒂斯');
    expect(result.parkId).toBe(parkId);
    await expect(commitImport(host, { batchId: result.batchId })).rejects.toMatchObject({ code: 'IMPORT_HAS_PROBLEMS' });
    expect(count('SELECT COUNT(*) AS n FROM enterprises')).toBe(0);
  });

  it('commits all rows in one go: enterprises and projects with exact dollars, audit rows from the import, a backup first', async () => {
    const { host, upload } = fixtureHost(app.store, app.dir);
    const records = [ledgerRecord(1, { total_investment: 1234.56, contracted_fdi: 0.0001 }), ledgerRecord(2), ledgerRecord(3, { enterprise_name: '浙江平湖第1精密机械有限公司', credit_code: creditCodeFor(1), project_name: '二期项目' })];
    const dry = await dryRunImport(host, { fileName: '台账.xlsx', base64: upload(parsedLedger(records, PINGHU_PARK.name)) });
    expect(dry.problems).toEqual([]);
    expect(dry.preview).toMatchObject({ creates: 5, updates: 0, byEntity: { enterprise: { creates: 2 }, project: { creates: 3 } } });

    const committed = await commitImport(host, { batchId: dry.batchId });
    expect(committed.summary).toMatchObject({ creates: 5, updates: 0 });
    const project = app.store.sqlite.prepare("SELECT * FROM projects WHERE name = '第1号精密制造项目'").get() as Record<string, unknown>;
    expect(project).toMatchObject({ total_investment_usd: 12_345_600, contracted_fdi_usd: 1, stage: 'signed', signed_on: '2026-03-05', park_id: parkId, source_country: 'JP' });
    expect(count("SELECT COUNT(*) AS n FROM audit_log WHERE source = 'import'")).toBe(6);
    expect(count('SELECT COUNT(*) AS n FROM import_batch_records WHERE batch_id = ?', dry.batchId)).toBe(5);
    expect(fs.readdirSync(path.join(app.dir, 'backups')).some((f) => f.startsWith('parkdesk-before-import-'))).toBe(true);
    const batch = await ok<{ batch: { status: string }; records: unknown[] }>(app, 'imports.get', { batchId: dry.batchId });
    expect(batch.batch.status).toBe('committed');
    expect(batch.records).toHaveLength(5);
  });

  it('updates the enterprise with the same credit code instead of adding a second one, and only moves stages forward', async () => {
    const { host, upload } = fixtureHost(app.store, app.dir);
    const first = await dryRunImport(host, { fileName: 'a.xlsx', base64: upload(parsedLedger([ledgerRecord(7)], PINGHU_PARK.name)) });
    await commitImport(host, { batchId: first.batchId });
    const renamed = ledgerRecord(7, { enterprise_name: '浙江平湖第7精密机械股份有限公司', stage: '投产', construction_on: '2026-05-01', production_on: '2026-09-01', fortune500: true });
    const second = await dryRunImport(host, { fileName: 'b.xlsx', base64: upload(parsedLedger([renamed], PINGHU_PARK.name)) });
    expect(second.preview).toMatchObject({ creates: 0, updates: 2 });
    await commitImport(host, { batchId: second.batchId });
    expect(count('SELECT COUNT(*) AS n FROM enterprises')).toBe(1);
    expect(app.store.sqlite.prepare('SELECT name, is_fortune500 AS f FROM enterprises').get()).toEqual({ name: '浙江平湖第7精密机械股份有限公司', f: 1 });
    expect(app.store.sqlite.prepare('SELECT stage, in_production_on AS p FROM projects').get()).toEqual({ stage: 'in_production', p: '2026-09-01' });

    const backwards = await dryRunImport(host, { fileName: 'c.xlsx', base64: upload(parsedLedger([ledgerRecord(7, { stage: '洽谈' })], PINGHU_PARK.name)) });
    expect(backwards.problems).toEqual([expect.objectContaining({ column: columnOf('stage'), message: expect.stringContaining('只能向前推进') })]);
  });

  it('recognises the same file imported twice and imports it again only when confirmed', async () => {
    const { host, upload } = fixtureHost(app.store, app.dir);
    const parsed = parsedLedger([ledgerRecord(1)], PINGHU_PARK.name);
    const first = await dryRunImport(host, { fileName: '十月台账.xlsx', base64: upload(parsed, 'same-bytes') });
    expect(first.duplicateOf).toBeUndefined();
    await commitImport(host, { batchId: first.batchId });
    const again = await dryRunImport(host, { fileName: '十月台账(1).xlsx', base64: upload(parsed, 'same-bytes') });
    expect(again.duplicateOf).toMatchObject({ batchId: first.batchId, fileName: '十月台账.xlsx' });
    await expect(commitImport(host, { batchId: again.batchId })).rejects.toMatchObject({ code: 'IMPORT_DUPLICATE' });
    await expect(commitImport(host, { batchId: again.batchId, confirmDuplicate: true })).resolves.toMatchObject({ summary: { creates: 0, updates: 0, unchanged: 1 } });
    await expect(commitImport(host, { batchId: first.batchId })).rejects.toMatchObject({ code: 'IMPORT_ALREADY_COMMITTED' });
  });

  it('a re-imported row with a cell the engine could not read is a problem row, not a 无变化 row', async () => {
    const { host, upload } = fixtureHost(app.store, app.dir);
    const first = await dryRunImport(host, { fileName: '十月台账.xlsx', base64: upload(parsedLedger([ledgerRecord(1), ledgerRecord(2)], PINGHU_PARK.name)) });
    await commitImport(host, { batchId: first.batchId });
    // Row 2's 总投资 typed as 很多钱: the engine reports it and leaves the cell blank (a blank keeps what is stored).
    const edited = parsedLedger([ledgerRecord(1), ledgerRecord(2, { total_investment: null })], PINGHU_PARK.name);
    edited.problems.push({ sheet: LEDGER_SHEET, row: FIRST_LEDGER_ROW + 1, column: columnOf('total_investment'), message: '“很多钱”不是数字', messageEn: '“很多钱” is not a number' });
    const again = await dryRunImport(host, { fileName: '十月台账（改）.xlsx', base64: upload(edited) });
    expect(again.problemCount).toBe(1);
    expect(again.preview).toMatchObject({ creates: 0, updates: 0, unchanged: 1 });
  });

  it('a commit cancelled half-way leaves nothing, and other changes are refused while it runs', async () => {
    const { host, upload } = fixtureHost(app.store, app.dir);
    const records = Array.from({ length: 3000 }, (_, i) => ledgerRecord(i + 1));
    const dry = await dryRunImport(host, { fileName: 'big.xlsx', base64: upload(parsedLedger(records, PINGHU_PARK.name)) });
    const controller = new AbortController();
    let refusedDuringImport: unknown;
    const running = commitImport(host, { batchId: dry.batchId }, async (update) => {
      if (update.done === 1500 && !controller.signal.aborted) {
        refusedDuringImport = await app.call('parks.create', { ...PINGHU_PARK, name: '导入中新建的园区' });
        controller.abort();
      }
    }, controller.signal);
    await expect(running).rejects.toMatchObject({ code: 'IMPORT_CANCELLED' });
    expect(refusedDuringImport).toMatchObject({ ok: false, error: { code: 'IMPORT_RUNNING' } });
    expect(count('SELECT COUNT(*) AS n FROM enterprises')).toBe(0);
    expect(count('SELECT COUNT(*) AS n FROM parks')).toBe(1);
    expect(count("SELECT COUNT(*) AS n FROM audit_log WHERE source = 'import'")).toBe(0);
    expect((await ok<{ batch: { status: string } }>(app, 'imports.get', { batchId: dry.batchId })).batch.status).toBe('cancelled');
    await expect(commitImport(host, { batchId: dry.batchId })).resolves.toMatchObject({ summary: { creates: 6000 } });
  });
});
