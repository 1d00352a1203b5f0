import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/seedDemo';
import { ok } from '../helpers/investmentFixtures';
import { openTestApp, type TestApp } from '../helpers/tempStore';

function count(app: TestApp, table: string): number {
  return (app.store.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('demo policy library', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = openTestApp();
    await ok(app, 'system.initialize', { withDemoData: true });
  });
  afterAll(() => app.close());

  it('holds sources 002 and 004 with their clauses, and the three documents 004 repealed, shown as 已废止 and linked to it', async () => {
    const { rows } = await ok<{ rows: { id: string; title: string; docNumber: string | null; status: string; clauseCount: number }[] }>(app, 'policies.list', { sortBy: 'title', sortDir: 'asc' });
    expect(rows).toHaveLength(5);
    const dev = rows.find((r) => r.docNumber === '浙政办发〔2018〕9号')!;
    expect(dev).toMatchObject({ status: 'in_force', clauseCount: 22 });
    const hiTech = rows.find((r) => r.title.includes('高质量发展的实施意见') && r.docNumber === null)!;
    expect(hiTech).toMatchObject({ status: 'in_force', clauseCount: 21 });
    const repealed = rows.filter((r) => r.status === 'repealed');
    expect(repealed.map((r) => r.docNumber).sort()).toEqual(['浙政办发〔2012〕66号', '浙政办发〔2014〕5号', '浙政发〔2012〕94号']);
    const one = await ok<{ supersededBy: { policyId: string }[] }>(app, 'policies.get', { id: repealed[0]!.id });
    expect(one.supersededBy.map((l) => l.policyId)).toEqual([hiTech.id]);
  });

  it('has a 三免两减半 benefit for the demo investor and clauses that still reach other investors', async () => {
    const { rows: enterprises } = await ok<{ rows: { id: string; name: string }[] }>(app, 'enterprises.list', { limit: 500 });
    const tk = enterprises.find((e) => e.name.startsWith('蒂森克虏伯'))!;
    const benefits = await ok<{ rows: { kind: string; amountYuan: string; taxHoliday: { years: { regime: string; ratePercent: string }[] } }[] }>(app, 'benefits.ofEnterprise', { id: tk.id });
    expect(benefits.rows).toHaveLength(1);
    expect(benefits.rows[0]!.amountYuan).toBe('3,256,800');
    expect(benefits.rows[0]!.taxHoliday.years.map((y) => y.ratePercent)).toEqual(['0', '0', '0', '12.5', '12.5', '25']);
    const applicable = await ok<{ path: string; granted: boolean }[]>(app, 'policies.applicableTo', { enterpriseId: tk.id });
    expect(applicable).toEqual(expect.arrayContaining([expect.objectContaining({ path: '四/（一）', granted: true }), expect.objectContaining({ path: '二/（一）', granted: false })]));

    const lithium = enterprises.find((e) => e.name.startsWith('利天万世'))!;
    const forLithium = await ok<{ path: string; policyTitle: string }[]>(app, 'policies.applicableTo', { enterpriseId: lithium.id });
    expect(forLithium.map((a) => a.path)).toEqual(expect.arrayContaining(['二/（二）', '三/（一）', '四/（三）']));
  });

  it('adds nothing when seeded again', () => {
    const before = ['policies', 'policy_clauses', 'policy_links', 'policy_benefits'].map((t) => count(app, t));
    seedDemoData(app.store, '测试员');
    expect(['policies', 'policy_clauses', 'policy_links', 'policy_benefits'].map((t) => count(app, t))).toEqual(before);
  });
});
