import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers/tempStore';

const park = { name: '杭州国家高新技术产业开发区', kind: 'high_tech', level: 'national', divisionCode: '330108', leadingIndustries: ['数字经济'] };

type Row = { code: string; annual: number | null; partial: boolean; annualSource: string | null; periods: { period: string; value: number | null; source: string | null }[] };

describe('indicators on a real SQLite file', () => {
  let app: TestApp;
  let parkId: string;
  beforeEach(async () => {
    app = openTestApp();
    parkId = ((await app.call('parks.create', park)) as { value: { id: string } }).value.id;
  });
  afterEach(() => app.close());

  const year = async (y: number) => {
    const result = (await app.call('indicators.year', { parkId, year: y })) as { ok: boolean; value: { indicators: Row[] } };
    return new Map(result.value.indicators.map((r) => [r.code, r]));
  };
  const save = (values: { code: string; period: string; value: string | number | null }[]) => app.call('indicators.save', { parkId, values });
  const quarters = (code: string, values: (string | null)[]) => values.map((value, i) => ({ code, period: `2025-Q${i + 1}`, value }));

  it('shows "no data" as null, never as zero', async () => {
    const rows = await year(2025);
    expect(rows.get('gdp')).toMatchObject({ annual: null, partial: false, periods: [{ period: '2025-Q1', value: null, source: null }, {}, {}, {}] });
    expect(rows.get('utilised_fdi')!.periods).toHaveLength(12);
    expect(rows.get('utilised_fdi')!.annual).toBeNull();
    expect(rows.get('rd_intensity')!.annual).toBeNull();
  });

  it('sums a flow only when every quarter is in, and says the year is incomplete otherwise', async () => {
    expect((await save(quarters('gdp', ['600000', '600000', '600000']))).ok).toBe(true);
    expect((await year(2025)).get('gdp')).toMatchObject({ annual: null, partial: true });
    await save([{ code: 'gdp', period: '2025-Q4', value: '600000.50' }]);
    expect((await year(2025)).get('gdp')).toMatchObject({ annual: 2400000.5, partial: false, annualSource: 'manual' });
  });

  it('recomputes a ratio from its parts, and takes the entered ratio only when the parts are missing', async () => {
    await save([{ code: 'rd_intensity', period: '2025', value: '9.99' }]);
    expect((await year(2025)).get('rd_intensity')).toMatchObject({ annual: 9.99, annualSource: 'manual' });
    await save([...quarters('gdp', ['600000', '600000', '600000', '600000']), ...quarters('rd_spending', ['45000', '45000', '45000', '45000'])]);
    expect((await year(2025)).get('rd_intensity')).toMatchObject({ annual: 7.5, annualSource: 'parts' });
  });

  it('gives no figure for a zero base instead of Infinity', async () => {
    await save([...quarters('gdp', ['1', '1', '1', '1']), ...quarters('employees', ['0', '0', '0', '0'])]);
    const rows = await year(2025);
    expect(rows.get('employees')!.annual).toBe(0);
    expect(rows.get('labour_productivity')!.annual).toBeNull();
    expect(JSON.stringify([...rows.values()])).not.toMatch(/Infinity|NaN/);
  });

  it('checks each value against its definition and writes nothing when one is wrong', async () => {
    const before = (app.store.sqlite.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n;
    const result = await save([
      { code: 'gdp', period: '2025-13', value: '1' },
      { code: 'employees', period: '2025-Q1', value: '12.5' },
      { code: 'utilised_fdi', period: '2025-01', value: '3' },
      { code: 'tax_revenue', period: '2025-Q1', value: '1.234' },
      { code: 'land_area_mu', period: '2025', value: '-3' },
      { code: 'gdp', period: '2025-Q1', value: '100' },
    ]);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const paths = (result as { error: { details: { fields: { path: string; key: string }[] } } }).error.details.fields.map((f) => `${f.path}:${f.key}`);
    expect(paths).toEqual([
      'values.0.period:indicator.period',
      'values.1.value:indicator.value',
      'values.2.code:indicator.computed',
      'values.3.value:indicator.value',
      'values.4.value:indicator.value',
    ]);
    expect((app.store.sqlite.prepare('SELECT COUNT(*) AS n FROM indicator_values').get() as { n: number }).n).toBe(0);
    expect((app.store.sqlite.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n).toBe(before);
  });

  it('audits each change and clears a value back to "no data" with an empty entry', async () => {
    await save([{ code: 'land_area_mu', period: '2025', value: '20000' }]);
    await save([{ code: 'land_area_mu', period: '2025', value: '20000' }]);
    await save([{ code: 'land_area_mu', period: '2025', value: '' }]);
    expect((await year(2025)).get('land_area_mu')!.annual).toBeNull();
    const audit = app.store.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'indicator_value' ORDER BY seq").all() as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
  });

  it('computes the monthly FDI figures from arrivals, in 万美元 with two decimals', async () => {
    const enterprise = (await app.call('enterprises.create', { name: '硅谷云计算（杭州）有限公司', countryCode: 'US', industryCode: '651', parkId })) as { ok: boolean; value: { id: string } };
    expect(enterprise.ok).toBe(true);
    const project = (await app.call('projects.create', {
      name: '云计算中心', enterpriseId: enterprise.value.id, parkId, type: 'new', stage: 'signed', stageOn: '2025-01-10', totalInvestmentWan: '1000', contractedFdiWan: '800', sourceCountry: 'US', industryCode: '651',
    })) as { ok: boolean; value: { id: string }; error?: unknown };
    expect(project.ok, JSON.stringify(project.error)).toBe(true);
    await app.call('arrivals.add', { projectId: project.value.id, arrivedOn: '2025-02-03', amount: '12.3456' });
    const rows = await year(2025);
    expect(rows.get('utilised_fdi')!.periods.find((p) => p.period === '2025-02')).toMatchObject({ value: 12.35, source: 'computed' });
    expect(rows.get('utilised_fdi')!.periods.find((p) => p.period === '2025-03')!.value).toBeNull();
    expect(rows.get('contracted_fdi')!.annual).toBe(800);
    expect(rows.get('new_fdi_projects')!.annual).toBe(1);
  });
});
