import { withCheckCharacter } from '../../db/reference/creditCode';
import { ok } from './investmentFixtures';
import type { TestApp } from './tempStore';

/**
 * One park with four projects and arrivals whose T1 figures for 2026-10 are worked out by hand in
 * reportBuilders.test.ts (amounts chosen to land on 0.005 万美元):
 * A 新设 DE 367 世界500强, signed 2026-10-08, 总投资 15000 万, 合同 8000 万, arrival 2026-10-15 1000.1234 万
 * B 增资 HK 391, signed 2026-03-01, 总投资 2000 万, 合同 1000 万, arrivals 2026-05-15 100 万, 2026-10-10 0.0050 万
 * C 新设 TH 65, signed 2026-10-20, 总投资 500.0050 万, 合同 300.0049 万, arrival 2026-10-25 20.0049 万
 * D 新设 US 358, signed 2025-06-01, 总投资 3500 万, 合同 2000 万, arrivals 2025-07-01 500 万, 2025-11-03 100 万
 */
export async function reportPark(app: TestApp, name = '中日（平湖）产业合作园') {
  const park = await ok<{ id: string }>(app, 'parks.create', { name, kind: 'international_cooperation', level: 'provincial', partnerCountries: ['JP'], divisionCode: '330482' });
  let n = 0;
  const project = async (p: { enterprise: string; country: string; industry: string; tags?: string[]; type: string; signedOn: string; total: string; contracted: string }) => {
    n += 1;
    const enterprise = await ok<{ id: string }>(app, 'enterprises.create', {
      name: p.enterprise, creditCode: withCheckCharacter(`91330482MA2B7K${String(n).padStart(2, '0')}X`), countryCode: p.country, industryCode: p.industry, parkId: park.id, tags: p.tags ?? [],
    });
    const created = await ok<{ id: string }>(app, 'projects.create', {
      name: `${p.enterprise}项目`, enterpriseId: enterprise.id, parkId: park.id, type: p.type, sourceCountry: p.country, industryCode: p.industry,
      totalInvestmentWan: p.total, contractedFdiWan: p.contracted, stage: 'signed', stageOn: p.signedOn,
    });
    return created.id;
  };
  const arrive = (projectId: string, arrivedOn: string, amount: string) => ok(app, 'arrivals.add', { projectId, arrivedOn, amount, currency: 'USD' });
  const a = await project({ enterprise: '蒂森克虏伯（平湖）有限公司', country: 'DE', industry: '367', tags: ['fortune500'], type: 'new', signedOn: '2026-10-08', total: '15000', contracted: '8000' });
  const b = await project({ enterprise: '港资电脑（平湖）有限公司', country: 'HK', industry: '391', type: 'capital_increase', signedOn: '2026-03-01', total: '2000', contracted: '1000' });
  const c = await project({ enterprise: '泰华软件（平湖）有限公司', country: 'TH', industry: '65', type: 'new', signedOn: '2026-10-20', total: '500.005', contracted: '300.0049' });
  const d = await project({ enterprise: '美医器械（平湖）有限公司', country: 'US', industry: '358', type: 'new', signedOn: '2025-06-01', total: '3500', contracted: '2000' });
  await arrive(a, '2026-10-15', '1000.1234');
  await arrive(b, '2026-05-15', '100');
  await arrive(b, '2026-10-10', '0.005');
  await arrive(c, '2026-10-25', '20.0049');
  await arrive(d, '2025-07-01', '500');
  await arrive(d, '2025-11-03', '100');
  return { parkId: park.id, projects: { a, b, c, d } };
}

/** Locks the park's arrivals for the months given (the report's months must be locked before it validates). */
export async function lockMonths(app: TestApp, parkId: string, months: string[]) {
  for (const period of months) await ok(app, 'arrivals.lockMonth', { parkId, period });
}
