import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../electron/services/imports/commitImport';
import { dryRunImport } from '../../electron/services/imports/dryRun';
import { ok, PINGHU_PARK } from '../helpers/investmentFixtures';
import { fixtureHost } from '../helpers/importHostFixture';
import { parsedIndicatorForm } from '../helpers/ledgerFixtures';
import { openTestApp, type TestApp } from '../helpers/tempStore';

let app: TestApp;
let parkId: string;

beforeEach(async () => {
  app = openTestApp();
  parkId = (await ok<{ id: string }>(app, 'parks.create', PINGHU_PARK)).id;
});
afterEach(() => app.close());

function values() {
  return app.store.sqlite.prepare('SELECT indicator_code AS code, period, scaled_value AS v, source, import_batch_id AS batch FROM indicator_values ORDER BY indicator_code').all();
}

describe('T3 / T4 import into indicator values', () => {
  it('stores the quarter column of T3 for the park and quarter, scaled exactly, linked to the batch; derived columns and computed indicators are left alone', async () => {
    const { host, upload } = fixtureHost(app.store, app.dir);
    const form = parsedIndicatorForm('T3', '2026-Q3', PINGHU_PARK.name, {
      industrial_value_added: { quarter: 123456.785, ytd: 300000 },
      tax_revenue: { quarter: '8,800.10', ytd: 20000 },
      high_tech_enterprises: { quarter: 42, ytd: 42 },
      employees: { quarter: null, ytd: 15000 },
      utilised_fdi: { quarter: 999, ytd: 999 },
    });
    const dry = await dryRunImport(host, { fileName: 'T3-2026Q3.xlsx', base64: upload(form) });
    expect(dry).toMatchObject({ code: 'T3', kind: 'indicators', parkId, period: '2026-Q3', problems: [], preview: { creates: 3 } });
    await commitImport(host, { batchId: dry.batchId });
    expect(values()).toEqual([
      { code: 'high_tech_enterprises', period: '2026-Q3', v: 42, source: 'imported', batch: dry.batchId },
      { code: 'industrial_value_added', period: '2026-Q3', v: 12345679, source: 'imported', batch: dry.batchId },
      { code: 'tax_revenue', period: '2026-Q3', v: 880010, source: 'imported', batch: dry.batchId },
    ]);
    const records = await ok<{ records: { entity: string; action: string; row: number }[] }>(app, 'imports.get', { batchId: dry.batchId });
    expect(records.records.map((r) => [r.entity, r.action, r.row])).toEqual([
      ['indicator_value', 'create', 7],
      ['indicator_value', 'create', 8],
      ['indicator_value', 'create', 9],
    ]);
  });

  it('updates a value imported before, points a negative value at its cell, and checks the period', async () => {
    const { host, upload } = fixtureHost(app.store, app.dir);
    const first = await dryRunImport(host, { fileName: 'a.xlsx', base64: upload(parsedIndicatorForm('T4', '2026', PINGHU_PARK.name, { rd_intensity: { this_year: 7.5 } })) });
    await commitImport(host, { batchId: first.batchId });
    const second = await dryRunImport(host, { fileName: 'b.xlsx', base64: upload(parsedIndicatorForm('T4', '2026', PINGHU_PARK.name, { rd_intensity: { this_year: 8.25 }, tax_per_mu: { this_year: 40 } })) });
    expect(second.preview).toMatchObject({ creates: 1, updates: 1 });
    await commitImport(host, { batchId: second.batchId });
    expect(values()).toMatchObject([{ code: 'rd_intensity', v: 825 }, { code: 'tax_per_mu', v: 4000 }]);

    const bad = await dryRunImport(host, {
      fileName: 'c.xlsx',
      period: '2025',
      base64: upload(parsedIndicatorForm('T4', '2026', PINGHU_PARK.name, { tax_per_mu: { this_year: -3 } })),
    });
    expect(bad.problems).toEqual([
      expect.objectContaining({ row: 0, message: '表上的报告期是 2026，与导入时选择的 2025 不同' }),
      expect.objectContaining({ sheet: '自评表', row: 7, column: 'F', message: '亩均税收不能为负数' }),
    ]);
  });

  it('asks for the park when the 填报单位 matches none', async () => {
    const { host, upload } = fixtureHost(app.store, app.dir);
    const dry = await dryRunImport(host, { fileName: 'x.xlsx', base64: upload(parsedIndicatorForm('T3', '2026-Q3', '不存在的园区', { tax_revenue: { quarter: 1 } })) });
    expect(dry.problems).toEqual([expect.objectContaining({ row: 0, message: expect.stringContaining('找不到填报单位“不存在的园区”') })]);
    const chosen = await dryRunImport(host, { fileName: 'x.xlsx', parkId, base64: upload(parsedIndicatorForm('T3', '2026-Q3', '不存在的园区', { tax_revenue: { quarter: 1 } })) });
    expect(chosen.problems).toEqual([]);
  });
});
