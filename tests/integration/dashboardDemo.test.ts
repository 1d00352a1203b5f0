import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClockLight } from '../../db/reference/workflows';
import { domainFiltersFromParams, toOpenItemsQuery } from '../../renderer/src/pages/checklists/domain/domainItemFilters';
import { DEFAULT_SORT, filtersFromParams, toProjectQuery } from '../../renderer/src/pages/projects/projectQuery';
import { filtersFromLink } from '../../renderer/src/pages/workflows/applicationFilters';
import { openSessionTestApp, type SessionTestApp } from './dataSafetyTestApp';

interface Link {
  route: string;
  params: Record<string, string>;
}

/** Every dashboard query on the demo store, with figures checked by hand from db/seed/demoShowcase.ts and demoIndicators.ts. */
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
    expect(value.link).toEqual({ route: 'projects', params: { park: parkId('中意宁波生态园'), from: '2026-01', to: '2026-03' } });
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
    expect(value.stages.find((s: { stage: string }) => s.stage === 'signed').link).toEqual({ route: 'projects', params: { park, from: '2025-12', to: '2026-11', stage: 'signed' } });
  });

  it('contracted FDI by source country and by industry (中德（长兴）: two German projects, 3 500 + 15 000 万美元)', async () => {
    const park = parkId('中德（长兴）国际产业合作园');
    const bySource = await ask('dashboard.investmentBySource', { parkIds: [park], from: '2025-12', to: '2026-11' });
    expect(bySource.rows).toEqual([{ key: 'DE', projects: 2, contractedUsd: 185_000_000, totalUsd: 350_000_000, link: { route: 'projects', params: { park, from: '2025-12', to: '2026-11', country: 'DE' } } }]);
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
      expect(light.link).toEqual({ route: 'workflows', params: { tab: 'applications', light: light.light, from: '2025-01', to: '2026-11' } });
    }
    const overdue = await ask('checklistItems.open', { overdueOnly: true, limit: 1000 });
    expect(value.overdueItems.count).toBe(overdue.total);
    expect(value.overdueItems.count).toBeGreaterThan(0);
  });

  /*
   * Figures by hand from db/seed/demoIndicators.ts (the one source of demo T3/T4 values). 2025 is y = 1; the four
   * quarters' shares add up to 1, so a year's flow is the annual figure; employees are a stock: Q4's.
   *   杭州高新 (index 9): land 6000 + 1500·2 = 9 000 亩; growth 1.06; value added 9 000 · (95 + 4·8) · 1.06 = 1 211 580;
   *     GDP × 1.55 = 1 877 949; high-tech × 0.73 = 884 453.4; tax 9 000 · (36 + 3·2) · 1.06 = 400 680;
   *     R&D = GDP × 0.07 = 131 456.43; employees round(1 877 949 / 50) + 3·120 = 37 919.
   *     → 亩均税收 400 680 / 9 000 = 44.52; R&D 7 %; high-tech 73 %; 1 877 949 / 37 919 = 49.53 万元/人.
   *   宁波高新 (index 10): land 6000 + 1500·3 = 10 500; growth 1.07; value added 10 500 · 95 · 1.07 = 1 067 325;
   *     GDP 1 654 353.75; high-tech × 0.77 = 821 840.25; tax 10 500 · (36 + 4·2) · 1.07 = 494 340;
   *     R&D = GDP × 0.075 = 124 076.53; employees round(1 654 353.75 / 46) + 360 = 36 324.
   *   Both (ratio of the summed parts): 895 020 / 19 500 = 45.90; 255 532.96 / 3 532 302.75 = 7.23 %;
   *     1 706 293.65 / 2 278 905 = 74.87 %; 3 532 302.75 / 74 243 = 47.58 万元/人.
   */
  it('gauges: 2025 is the latest complete year; with no park chosen, ratios of the parts summed over the two high-tech zones', async () => {
    const both = await ask('dashboard.gauges', { from: '2025-12', to: '2026-11' });
    expect(both.year).toBe(2025);
    expect(both.highTechZones).toBe(true);
    const values = Object.fromEntries(both.gauges.map((g: { code: string; value: number | null }) => [g.code, g.value]));
    expect(values).toEqual({ tax_per_mu: 45.9, rd_intensity: 7.23, high_tech_share: 74.87, labour_productivity: 47.58 });
    expect(both.gauges.every((g: { parks: number }) => g.parks === 2)).toBe(true);
    const chosen = await ask('dashboard.gauges', { parkIds: [parkId('杭州国家高新技术产业开发区'), parkId('宁波国家高新技术产业开发区')], from: '2025-12', to: '2026-11' });
    expect(chosen.gauges.map((g: { value: number }) => g.value)).toEqual([45.9, 7.23, 74.87, 47.58]);
    const hangzhou = await ask('dashboard.gauges', { parkIds: [parkId('杭州国家高新技术产业开发区')], from: '2025-01', to: '2025-12' });
    expect(hangzhou.highTechZones).toBe(false);
    expect(hangzhou.gauges.map((g: { value: number }) => g.value)).toEqual([44.52, 7, 73, 49.53]);
    expect(hangzhou.gauges.find((g: { code: string }) => g.code === 'rd_intensity')).toMatchObject({ target: 8, progressPercent: 87.5 });
  });

  it('gauges say "no data" (null, not 0) for years before the demo’s figures', async () => {
    const none = await ask('dashboard.gauges', { parkIds: [parkId('中意宁波生态园')], from: '2023-01', to: '2023-12' });
    expect(none.year).toBeNull();
    expect(none.gauges.every((g: { value: null; progressPercent: null }) => g.value === null && g.progressPercent === null)).toBe(true);
  });

  it('compares the chosen parks side by side', async () => {
    const chosen = [parkId('中荷（嘉善）产业合作园'), parkId('中意宁波生态园')];
    const value = await ask('dashboard.parkComparison', { parkIds: chosen, from: '2026-01', to: '2026-03' });
    expect(value.rows.map((r: { parkId: string }) => r.parkId).sort()).toEqual([...chosen].sort());
    expect(value.rows.find((r: { parkId: string }) => r.parkId === chosen[1])).toMatchObject({ utilisedUsd: 8_208_000, projects: 2, contractedUsd: 84_000_000, fortune500: 0 });
  });

  /** What the projects list shows for a link, read from the address the way the page reads it. */
  const projectsOpenedBy = async (link: Link) => {
    expect(link.route).toBe('projects');
    return (await ask('projects.list', { ...toProjectQuery(filtersFromParams(link.params), DEFAULT_SORT), limit: 1 })).total as number;
  };

  const fourParks = () => [parkId('中日（平湖）产业合作园'), parkId('中德（长兴）国际产业合作园'), parkId('中意宁波生态园'), parkId('中法（海盐）产业合作园')];
  const without = (link: Link, ...keys: string[]): Link => ({ ...link, params: Object.fromEntries(Object.entries(link.params).filter(([k]) => !keys.includes(k))) });

  it('for several parks and a period, every project chart counts exactly the projects its link opens', async () => {
    const parks = fourParks();
    // 2025-H1: 11 of the four parks' 13 projects had entered the pipeline; the list must leave the other two out.
    const scope = { parkIds: parks, from: '2025-01', to: '2025-06' };
    const byStage = await ask('dashboard.projectsByStage', scope);
    expect(byStage.total).toBe(11);
    for (const s of byStage.stages) expect(await projectsOpenedBy(s.link), s.stage).toBe(s.count);
    const first = byStage.stages[0].link as Link;
    expect(first.params).toMatchObject({ park: parks.join(','), from: '2025-01', to: '2025-06' });
    expect(await projectsOpenedBy(without(first, 'stage'))).toBe(11);
    expect(await projectsOpenedBy(without(first, 'stage', 'from', 'to'))).toBe(13);
    const groups = [...(await ask('dashboard.investmentBySource', scope)).rows, ...(await ask('dashboard.investmentByIndustry', scope)).rows];
    expect(groups.length).toBeGreaterThan(2);
    for (const g of groups) expect(await projectsOpenedBy(g.link), g.key).toBe(g.projects);
    const comparison = await ask('dashboard.parkComparison', scope);
    expect(comparison.rows).toHaveLength(4);
    for (const r of comparison.rows) expect(await projectsOpenedBy(r.link), r.parkName).toBe(r.projects);
  });

  it('for several parks or a period, the approvals by light count exactly the applications their links open', async () => {
    const opened = async (link: Link) => (await ask('applications.list', { ...filtersFromLink(link.params.light as ClockLight, link.params), limit: 1000 })).total as number;
    const check = async (scope: { parkIds: string[]; from: string; to: string }, widened: string[]) => {
      const value = await ask('dashboard.approvals', scope);
      let counted = 0;
      let wider = 0;
      for (const light of value.lights as { light: ClockLight; count: number; link: Link }[]) {
        expect(await opened(light.link), light.light).toBe(light.count);
        counted += light.count;
        wider += await opened(without(light.link, ...widened));
      }
      return { counted, wider };
    };
    // Four parks: one application of each light; all parks have more, so the park filter must bite.
    const parks = await check({ parkIds: fourParks(), from: '2025-01', to: '2026-11' }, ['park']);
    expect(parks.counted).toBe(3);
    expect(parks.wider).toBeGreaterThan(3);
    // Every park, submitted in 2026-11 (the demo's running intakes are from 2026-09 to 2026-11): earlier ones stay out.
    const period = await check({ parkIds: [], from: '2026-11', to: '2026-11' }, ['from', 'to']);
    expect(period.counted).toBeGreaterThan(0);
    expect(period.wider).toBeGreaterThan(period.counted);
  });

  it('for several parks, one park or none, the overdue checklist items count exactly the items their link opens', async () => {
    const opened = async (link: Link) => {
      expect(link.route).toBe('checklists');
      return (await ask('checklistItems.open', { ...toOpenItemsQuery(domainFiltersFromParams(link.params)), limit: 1 })).total as number;
    };
    const overdueIn = async (parkIds: string[]) => (await ask('dashboard.approvals', { parkIds, from: '2026-11', to: '2026-11' })).overdueItems as { count: number; link: Link };
    // The demo's overdue items are in 平湖 and 嘉善; one more in 新加坡杭州科技园 (left out of the chosen parks) makes the park filter bite.
    const singapore = parkId('新加坡杭州科技园');
    const lilly = await ask('checklistItems.open', { parkIds: [singapore], limit: 1000 });
    const permit = lilly.rows.find((r: { itemKey: string; dueOn: string | null }) => r.itemKey === 'fa.work_permit' && r.dueOn === null);
    await ask('checklistItems.update', { id: permit.id, dueOn: '2025-06-30' });

    const chosen = [parkId('中日（平湖）产业合作园'), parkId('中荷（嘉善）产业合作园'), parkId('中德（长兴）国际产业合作园')];
    const several = await overdueIn(chosen);
    expect(several.link).toEqual({ route: 'checklists', params: { tab: 'domain', overdue: '1', park: chosen.join(',') } });
    expect(await opened(several.link)).toBe(several.count);
    const each = await Promise.all(chosen.map((park) => overdueIn([park])));
    for (const [i, one] of each.entries()) {
      expect(one.link.params.park).toBe(chosen[i]);
      expect(await opened(one.link)).toBe(one.count);
    }
    expect(each.map((one) => one.count > 0)).toEqual([true, true, false]);
    expect(several.count).toBe(each.reduce((sum, one) => sum + one.count, 0));

    const every = await overdueIn([]);
    expect(every.link.params).toEqual({ tab: 'domain', overdue: '1' });
    expect(await opened(every.link)).toBe(every.count);
    expect(every.count).toBe(several.count + (await overdueIn([singapore])).count);
    expect(every.count).toBeGreaterThan(several.count);
  });

  it('a dropped Fortune 500 project leaves the bar and the list its bar opens alike (runs last: it changes the store)', async () => {
    const park = parkId('中日（平湖）产业合作园');
    const scope = { parkIds: [park], from: '2025-01', to: '2026-11' };
    const before = (await ask('dashboard.fortune500', scope)).rows[0];
    expect(before.projects).toBe(2);
    const listed = await ask('projects.list', { parkId: park, fortune500Only: true });
    const dropped = listed.rows[0].id as string;
    await ask('projects.drop', { id: dropped, reason: '投资方调整全球布局', on: '2026-11-20' });

    const after = (await ask('dashboard.fortune500', scope)).rows[0];
    expect(after.projects).toBe(1);
    expect(await projectsOpenedBy(after.link)).toBe(1);
    // Without the link's 不含已终止 part the list would still show the dropped one.
    expect(await projectsOpenedBy(without(after.link, 'open'))).toBe(2);
  });

  it('refuses a range that ends before it starts', async () => {
    const result = await app.call('dashboard.fdiByMonth', { from: '2026-05', to: '2026-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
