import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/investmentFixtures';
import { openTestApp, type TestApp } from '../helpers/tempStore';

interface Listed {
  id: string;
  parkName: string;
  reportCode: string;
  period: string;
  status: string;
  revision: number;
  revisions: number;
}

describe('demo reports', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = openTestApp();
    await ok(app, 'system.initialize', { withDemoData: true });
  });
  afterAll(() => app.close());

  it('has submissions in every state, one of them under revision', async () => {
    const rows = await ok<Listed[]>(app, 'reports.list', {});
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['draft', 'validated', 'submitted', 'locked']));
    expect(rows.find((r) => r.revisions === 2)).toMatchObject({ reportCode: 'T1', period: '2026-08', revision: 2, status: 'draft' });
  });

  it('gives the demo parks T3 and T4 figures, and its 已校验 reports still validate', async () => {
    const rows = await ok<Listed[]>(app, 'reports.list', {});
    for (const row of rows.filter((r) => r.status === 'validated')) {
      expect(await ok(app, 'reports.validate', { submissionId: row.id })).toMatchObject({ ok: true });
    }
    const t4 = rows.find((r) => r.reportCode === 'T4')!;
    const parkId = await parkIdOf(app, t4.parkName);
    const view = await ok<{ values: { indicators: Record<string, Record<string, number | null>> } }>(app, 'reports.open', { parkId, code: 'T4', period: '2025' });
    expect(view.values.indicators.rd_intensity!.this_year).toBeGreaterThan(5);
    expect(view.values.indicators.tax_per_mu).toMatchObject({ target: 42 });
    expect(await ok(app, 'reports.validate', { submissionId: t4.id })).toMatchObject({ ok: true });
    const changes = await ok<unknown[]>(app, 'reports.diff', { submissionId: rows.find((r) => r.revisions === 2)!.id });
    expect(Array.isArray(changes)).toBe(true);
  });

  it("lets 嘉善's October 2026 T1 go straight to export, while 平湖's October still needs its lock", async () => {
    const jiashan = await ok<{ validation: unknown[]; values: { indicators: Record<string, Record<string, number | null>> } }>(app, 'reports.open', { parkId: await parkIdOf(app, '中荷（嘉善）产业合作园'), code: 'T1', period: '2026-10' });
    expect(jiashan.validation).toEqual([]);
    expect(jiashan.values.indicators.utilised_fdi!.month).toBeGreaterThan(0);
    const pinghu = await ok<{ validation: { row: string; column: string }[] }>(app, 'reports.open', { parkId: await parkIdOf(app, '中日（平湖）产业合作园'), code: 'T1', period: '2026-10' });
    expect(pinghu.validation).toEqual([expect.objectContaining({ row: 'period', column: '2026-10' })]);
  });

  it('adds no indicator values or submissions when seeded again', async () => {
    const count = () => app.store.sqlite.prepare('SELECT (SELECT count(*) FROM indicator_values) + (SELECT count(*) FROM report_submissions) AS n').get();
    const before = count();
    await ok(app, 'system.initialize', { withDemoData: true });
    expect(count()).toEqual(before);
  });
});

async function parkIdOf(app: TestApp, name: string): Promise<string> {
  const parks = await ok<{ rows: { id: string; name: string }[] }>(app, 'parks.list', { search: name });
  return parks.rows.find((p) => p.name === name)!.id;
}
