import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSessionTestApp, type SessionTestApp } from './dataSafetyTestApp';

/** Every dashboard query on the demo store, with figures that can be checked by hand from db/seed/demoShowcase.ts. */
describe('dashboard queries on the demo store', () => {
  let app: SessionTestApp;
  const parkId = (name: string) => (app.session.current.sqlite.prepare('SELECT id FROM parks WHERE name = ?').get(name) as { id: string }).id;
  const ask = async (method: string, input: object) => {
    const result = await app.call(method, input);
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    return result.value;
  };

  beforeAll(async () => {
    app = openSessionTestApp();
    expect((await app.call('demo.enter', {})).ok).toBe(true);
  });
  afterAll(() => app.close());

  it('utilised FDI by month with last year beside it (中意宁波生态园: 180 + 60 万美元 a month in 2025, +12 % and +20 % in 2026)', async () => {
    const value = await ask('dashboard.fdiByMonth', { parkIds: [parkId('中意宁波生态园')], from: '2026-01', to: '2026-03' });
    expect(value.months).toEqual([
      { period: '2026-01', amountUsd: 2_736_000, previousUsd: 2_400_000, yoyPercent: 14 },
      { period: '2026-02', amountUsd: 2_736_000, previousUsd: 2_400_000, yoyPercent: 14 },
      { period: '2026-03', amountUsd: 2_736_000, previousUsd: 2_400_000, yoyPercent: 14 },
    ]);
    expect(value.totalUsd).toBe(8_208_000);
    expect(value.link).toEqual({ route: 'projects', params: { park: parkId('中意宁波生态园') } });
  });

  it('has no previous year (null, not 0) before the first arrivals', async () => {
    const value = await ask('dashboard.fdiByMonth', { parkIds: [parkId('中意宁波生态园')], from: '2025-01', to: '2025-02' });
    expect(value.months.map((m: { previousUsd: number | null; yoyPercent: number | null }) => [m.previousUsd, m.yoyPercent])).toEqual([[null, null], [null, null]]);
  });

  it('projects by stage link to the list of that stage (中法（海盐）: one in production, one signed)', async () => {
    const park = parkId('中法（海盐）产业合作园');
    const value = await ask('dashboard.projectsByStage', { parkIds: [park], from: '2025-12', to: '2026-11' });
    const counts = Object.fromEntries(value.stages.map((s: { stage: string; count: number }) => [s.stage, s.count]));
    expect(counts).toMatchObject({ in_production: 1, signed: 1, lead: 0, dropped: 0 });
    expect(value.stages.find((s: { stage: string }) => s.stage === 'signed').link).toEqual({ route: 'projects', params: { park, stage: 'signed' } });
  });

  it('contracted FDI by source country and by industry (中德（长兴）: two German projects, 3 500 + 15 000 万美元)', async () => {
    const park = parkId('中德（长兴）国际产业合作园');
    const bySource = await ask('dashboard.investmentBySource', { parkIds: [park], from: '2025-12', to: '2026-11' });
    expect(bySource.rows).toEqual([{ key: 'DE', projects: 2, contractedUsd: 185_000_000, totalUsd: 350_000_000, link: { route: 'projects', params: { park, country: 'DE' } } }]);
    const byIndustry = await ask('dashboard.investmentByIndustry', { parkIds: [park], from: '2025-12', to: '2026-11' });
    expect(byIndustry.rows.map((r: { key: string; contractedUsd: number }) => [r.key, r.contractedUsd])).toEqual([['38', 150_000_000], ['34', 35_000_000]]);
  });

  it('Fortune 500 projects per park, linking to exactly those projects, with names masked on request', async () => {
    const value = await ask('dashboard.fortune500', { from: '2025-12', to: '2026-11' });
    const pinghu = value.rows.find((r: { parkName: string }) => r.parkName === '中日（平湖）产业合作园');
    expect(pinghu).toMatchObject({ projects: 2, link: { route: 'projects', params: { fortune500: '1' } } });
    expect(pinghu.investors).toContain('蒂森克虏伯汽车零部件（平湖）有限公司');
    const listed = await ask('projects.list', { parkId: pinghu.link.params.park, fortune500Only: true });
    expect(listed.total).toBe(2);
    const masked = await ask('dashboard.fortune500', { from: '2025-12', to: '2026-11', masked: true });
    const names = masked.rows.flatMap((r: { investors: string[] }) => r.investors);
    expect(names).toContain('蒂**司');
    expect(names.every((n: string) => /^.\*\*.$/u.test(n))).toBe(true);
  });

  it('approvals by light and overdue checklist items agree with the lists they link to', async () => {
    const value = await ask('dashboard.approvals', { from: '2025-01', to: '2026-11' });
    const total = value.lights.reduce((s: number, l: { count: number }) => s + l.count, 0);
    expect(total).toBe(value.running);
    for (const light of value.lights) {
      const listed = await ask('applications.list', { light: light.light, limit: 1000 });
      expect(listed.total, light.light).toBe(light.count);
      expect(light.link).toEqual({ route: 'workflows', params: { tab: 'applications', light: light.light } });
    }
    const overdue = await ask('checklistItems.open', { overdueOnly: true, limit: 1000 });
    expect(value.overdueItems.count).toBe(overdue.total);
    expect(value.overdueItems.count).toBeGreaterThan(0);
  });

  it('gauges: 2025 is the latest complete year; ratios of the parts summed over both high-tech zones', async () => {
    const both = await ask('dashboard.gauges', { from: '2025-12', to: '2026-11' });
    expect(both.year).toBe(2025);
    const values = Object.fromEntries(both.gauges.map((g: { code: string; value: number | null }) => [g.code, g.value]));
    // (760 000 + 240 000) / (20 000 + 9 000); (180 000 + 72 000) / 3 600 000; 1 524 000 / 1 920 000; 3 600 000 / 80 000.
    expect(values).toEqual({ tax_per_mu: 34.48, rd_intensity: 7, high_tech_share: 79.38, labour_productivity: 45 });
    const hangzhou = await ask('dashboard.gauges', { parkIds: [parkId('杭州国家高新技术产业开发区')], from: '2025-01', to: '2025-12' });
    expect(hangzhou.gauges.map((g: { value: number }) => g.value)).toEqual([38, 7.5, 82, 48]);
    expect(hangzhou.gauges.find((g: { code: string }) => g.code === 'rd_intensity')).toMatchObject({ target: 8, progressPercent: 93.75 });
    const none = await ask('dashboard.gauges', { parkIds: [parkId('中意宁波生态园')], from: '2025-01', to: '2025-12' });
    expect(none.year).toBeNull();
    expect(none.gauges.every((g: { value: null; progressPercent: null }) => g.value === null && g.progressPercent === null)).toBe(true);
  });

  it('compares the chosen parks side by side', async () => {
    const chosen = [parkId('中荷（嘉善）产业合作园'), parkId('中意宁波生态园')];
    const value = await ask('dashboard.parkComparison', { parkIds: chosen, from: '2026-01', to: '2026-03' });
    expect(value.rows.map((r: { parkId: string }) => r.parkId).sort()).toEqual([...chosen].sort());
    expect(value.rows.find((r: { parkId: string }) => r.parkId === chosen[1])).toMatchObject({ utilisedUsd: 8_208_000, projects: 2, contractedUsd: 84_000_000, fortune500: 0 });
  });

  it('refuses a range that ends before it starts', async () => {
    const result = await app.call('dashboard.fdiByMonth', { from: '2026-05', to: '2026-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
