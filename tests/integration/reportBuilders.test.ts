import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportValues } from '../../electron/services/reports/buildReportValues';
import { reportPark } from '../helpers/reportParkFixtures';
import { openTestApp, type TestApp } from '../helpers/tempStore';

/** Figures worked out by hand from the fixture (tests/helpers/reportParkFixtures.ts); amounts in 万美元. */
describe('report builders on a real store', () => {
  let app: TestApp;
  let parkId: string;
  beforeAll(async () => {
    app = openTestApp();
    ({ parkId } = await reportPark(app));
  });
  afterAll(() => app.close());

  const setIndicator = (code: string, period: string, scaled: number) =>
    app.store.sqlite
      .prepare("INSERT OR REPLACE INTO indicator_values (park_id, indicator_code, period, scaled_value, source, updated_at, updated_by) VALUES (?, ?, ?, ?, 'manual', '2026-11-01', '测试员')")
      .run(parkId, code, period, scaled);

  it('T1: sums in dollars and rounds once, half-up (0.005 万美元 → 0.01)', () => {
    const t1 = buildReportValues(app.store, 'T1', parkId, '2026-10').indicators;
    expect(t1.new_enterprises).toEqual({ month: 2, ytd: 2, last_ytd: 1, yoy: 100 });
    // 15000 + 500.005 = 15500.005 → 15500.01; with B's 2000 → 17500.01; (17500.01 − 3500) / 3500 = 400.0003 %
    expect(t1.total_investment).toEqual({ month: 15500.01, ytd: 17500.01, last_ytd: 3500, yoy: 400 });
    // 8000 + 300.0049 = 8300.0049 → 8300.00
    expect(t1.contracted_fdi).toEqual({ month: 8300, ytd: 9300, last_ytd: 2000, yoy: 365 });
    // 1000.1234 + 0.005 + 20.0049 = 1020.1333; +100 = 1120.1333; last year only July (November is after the period)
    expect(t1.utilised_fdi).toEqual({ month: 1020.13, ytd: 1120.13, last_ytd: 500, yoy: 124.03 });
    expect(t1.utilised_fdi_capital_increase).toEqual({ month: 0.01, ytd: 100.01, last_ytd: 0, yoy: null });
  });

  it('T1: nested large-project thresholds, Fortune 500, blank growth on a zero base', () => {
    const t1 = buildReportValues(app.store, 'T1', parkId, '2026-10').indicators;
    expect(t1.projects_over_10m).toEqual({ month: 1, ytd: 2, last_ytd: 1, yoy: 100 });
    expect(t1.projects_over_30m).toEqual({ month: 1, ytd: 1, last_ytd: 1, yoy: 0 });
    expect(t1.projects_over_100m).toEqual({ month: 1, ytd: 1, last_ytd: 0, yoy: null });
    expect(t1.fortune500_projects).toMatchObject({ month: 1, ytd: 1, last_ytd: 0 });
  });

  it('T1: utilised FDI by source group is exclusive and adds up to the total; high-tech by industry', () => {
    const t1 = buildReportValues(app.store, 'T1', parkId, '2026-10').indicators;
    expect(t1.fdi_hk_macao).toMatchObject({ month: 0.01, ytd: 100.01 });
    expect(t1.fdi_eu).toMatchObject({ month: 1000.12, ytd: 1000.12 });
    expect(t1.fdi_belt_and_road).toMatchObject({ month: 20, ytd: 20 }); // Thailand
    expect(t1.fdi_us).toMatchObject({ month: 0, ytd: 0, last_ytd: 500 });
    const groups = ['fdi_hk_macao', 'fdi_singapore', 'fdi_eu', 'fdi_us', 'fdi_japan', 'fdi_korea', 'fdi_belt_and_road', 'fdi_other'];
    const monthCents = groups.reduce((sum, row) => sum + Math.round((t1[row]!.month as number) * 100), 0);
    expect(monthCents).toBe(102013);
    expect(t1.fdi_high_tech_manufacturing).toEqual({ month: 0.01, ytd: 100.01, last_ytd: 500, yoy: -80 }); // 391 and 358; (100.01 − 500) / 500 = −79.998 %
    expect(t1.fdi_high_tech_services).toMatchObject({ month: 20, ytd: 20, last_ytd: 0 }); // 65 软件
  });

  it("T1's second sheet lists the month's signed projects with their month's arrivals", () => {
    const projects = buildReportValues(app.store, 'T1', parkId, '2026-10').lists.projects!;
    expect(projects.map((p) => [p.seq, p.enterprise_name, p.country, p.type, p.total_investment, p.contracted_fdi, p.utilised_fdi_month])).toEqual([
      [1, '蒂森克虏伯（平湖）有限公司', '德国', '新设', 15000, 8000, 1000.12],
      [2, '泰华软件（平湖）有限公司', '泰国', '新设', 500.01, 300, 20],
    ]);
    expect(projects[1]!.industry).toBe('65 软件和信息技术服务业');
  });

  it('T1 of a month with nothing recorded a year before leaves 上年同期 blank, not zero', () => {
    const t1 = buildReportValues(app.store, 'T1', parkId, '2025-10').indicators;
    expect(t1.utilised_fdi).toEqual({ month: 0, ytd: 500, last_ytd: null, yoy: null });
  });

  it('T2: one row per live project in signing order, with the year and total arrivals to the period', () => {
    const ledger = buildReportValues(app.store, 'T2', parkId, '2026-10').lists.ledger!;
    expect(ledger.map((r) => [r.seq, r.enterprise_name, r.type, r.utilised_fdi_year, r.utilised_fdi_total, r.stage, r.fortune500])).toEqual([
      [1, '美医器械（平湖）有限公司', '新设', 0, 600, '签约', false],
      [2, '港资电脑（平湖）有限公司', '增资', 100.01, 100.01, '签约', false],
      [3, '蒂森克虏伯（平湖）有限公司', '新设', 1000.12, 1000.12, '签约', true],
      [4, '泰华软件（平湖）有限公司', '新设', 20, 20, '签约', false],
    ]);
    expect(ledger[0]).toMatchObject({ country: '美国', industry_code: '358', industry_name: '医疗仪器设备及器械制造', signed_on: '2025-06-01' });
  });

  it('T3: flows summed over the quarters, stocks at the quarter end, ratios recomputed, a missing quarter blank', () => {
    // 税收收入 (万元, 2 decimals) 2026 Q1–Q3 and 2025 Q1–Q3; 用地 1000.00 亩; 从业人员 by quarter.
    for (const [period, scaled] of [['2026-Q1', 1_000_000], ['2026-Q2', 1_200_050], ['2026-Q3', 1_300_000], ['2025-Q1', 900_000], ['2025-Q2', 1_000_000], ['2025-Q3', 1_100_000]] as const) setIndicator('tax_revenue', period, scaled);
    setIndicator('land_area_mu', '2026', 100_000);
    setIndicator('land_area_mu', '2025', 100_000);
    setIndicator('employees', '2026-Q2', 5000);
    setIndicator('employees', '2026-Q3', 5200);
    setIndicator('industrial_value_added', '2026-Q1', 500_000);
    setIndicator('industrial_value_added', '2026-Q3', 600_000);
    const t3 = buildReportValues(app.store, 'T3', parkId, '2026-Q3').indicators;
    // 10000 + 12000.50 + 13000 = 35000.50 vs 30000 → +16.67 %
    expect(t3.tax_revenue).toEqual({ quarter: 13000, ytd: 35000.5, last_ytd: 30000, yoy: 16.67 });
    // 13000 / 1000 = 13; 35000.50 / 1000 = 35.0005 → 35.00; 30000 / 1000 = 30
    expect(t3.tax_per_mu).toEqual({ quarter: 13, ytd: 35, last_ytd: 30, yoy: 16.67 });
    expect(t3.employees).toEqual({ quarter: 5200, ytd: 5200, last_ytd: null, yoy: null });
    expect(t3.industrial_value_added).toEqual({ quarter: 6000, ytd: null, last_ytd: null, yoy: null });
    expect(t3.rd_spending).toEqual({ quarter: null, ytd: null, last_ytd: null, yoy: null });
    // Q3 2026 had no arrivals, but the register was kept that year: a real zero.
    expect(t3.utilised_fdi).toMatchObject({ quarter: 0, ytd: 100, last_ytd: 500 });
  });

  it('T4: targets from source 004, ratios from parts, else the entered ratio; growth from the printed figures', () => {
    setIndicator('rd_spending', '2025', 80_000_00);
    setIndicator('gdp', '2025', 1_000_000_00);
    setIndicator('rd_intensity', '2024', 7_50);
    const t4 = buildReportValues(app.store, 'T4', parkId, '2025').indicators;
    expect(t4.rd_intensity).toEqual({ target: 8, this_year: 8, last_year: 7.5, growth: 6.67 });
    expect(t4.tax_per_mu).toMatchObject({ target: 42, last_year: null });
    expect(t4.high_tech_share!.target).toBe(80);
    expect(t4.utilised_fdi).toEqual({ target: null, this_year: 600, last_year: null, growth: null });
  });
});
