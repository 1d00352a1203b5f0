import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseCreditCode } from '../../db/reference/creditCode';
import { ok } from '../helpers/investmentFixtures';
import { openTestApp, type TestApp } from '../helpers/tempStore';

describe('demo data from the source documents', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = openTestApp();
    await ok(app, 'system.initialize', { withDemoData: true });
  });
  afterAll(() => app.close());

  it('gives every demo investor a credit code that passes the GB 32100 check', async () => {
    const { rows } = await ok<{ rows: { creditCode: string | null }[] }>(app, 'enterprises.list', { limit: 500 });
    expect(rows.length).toBeGreaterThanOrEqual(9);
    for (const row of rows) expect(analyseCreditCode(row.creditCode ?? '').checkDigitOk).toBe(true);
  });

  it('has projects in every pipeline stage shape the reports count (large, Fortune 500)', async () => {
    const all = await ok<{ rows: { stage: string; isLarge: boolean; isFortune500: boolean }[] }>(app, 'projects.list', { limit: 500 });
    expect(new Set(all.rows.map((r) => r.stage))).toEqual(new Set(['lead', 'negotiating', 'signed', 'registered', 'under_construction', 'in_production']));
    expect(all.rows.filter((r) => r.isLarge).length).toBe(3);
    expect(all.rows.filter((r) => r.isFortune500).length).toBe(4);
  });

  it('never dates an arrival before its project was signed, nor above the contracted FDI', () => {
    const early = app.store.sqlite.prepare('SELECT COUNT(*) AS n FROM fdi_arrivals a JOIN projects p ON p.id = a.project_id WHERE a.arrived_on < p.signed_on').get() as { n: number };
    expect(early.n).toBe(0);
    const over = app.store.sqlite
      .prepare('SELECT COUNT(*) AS n FROM projects p WHERE (SELECT coalesce(sum(amount_usd), 0) FROM fdi_arrivals a WHERE a.project_id = p.id) > p.contracted_fdi_usd')
      .get() as { n: number };
    expect(over.n).toBe(0);
  });

  it('seeds the targeting matrix with source 003 pairs and the demo targets in their cells', async () => {
    const cells = await ok<{ countryCode: string; division: string; targets: number; theme: string | null }[]>(app, 'targeting.matrix', {});
    expect(cells).toContainEqual(expect.objectContaining({ countryCode: 'DE', division: '34', theme: '机器人', targets: 2 }));
    expect(cells).toContainEqual(expect.objectContaining({ countryCode: 'US', division: '64', theme: '云计算' }));
  });

  it('adds nothing when seeded a second time', async () => {
    const before = app.store.sqlite.prepare('SELECT (SELECT COUNT(*) FROM projects) + (SELECT COUNT(*) FROM fdi_arrivals) + (SELECT COUNT(*) FROM targets) AS n').get();
    await ok(app, 'system.initialize', { withDemoData: true });
    expect(app.store.sqlite.prepare('SELECT (SELECT COUNT(*) FROM projects) + (SELECT COUNT(*) FROM fdi_arrivals) + (SELECT COUNT(*) FROM targets) AS n').get()).toEqual(before);
  });
});
