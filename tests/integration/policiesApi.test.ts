import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, signedProject } from '../helpers/investmentFixtures';
import { openTestApp, type TestApp } from '../helpers/tempStore';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seed = (name: string) => fs.readFileSync(path.join(SEEDS, name), 'utf8');

interface Parsed {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  effectiveOn: string | null;
  fullText: string;
  clauses: { level: number; number: string; parentIndex: number | null; heading: string; text: string; leadUnit: string | null; responsibleUnits: string[] }[];
}

interface Detail {
  policy: { id: string; docNumber: string | null };
  status: string;
  clauses: { id: string; path: string; heading: string; leadUnit: string | null; responsibleUnits: string[]; parentId: string | null; level: number }[];
  supersedes: { policyId: string; kind: string; status: string }[];
  supersededBy: { policyId: string; title: string }[];
  grantedYuan: string;
}

function count(app: TestApp, table: string): number {
  return (app.store.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function fieldKeys(result: Awaited<ReturnType<TestApp['call']>>): string[] {
  return result.ok ? [] : (result.error.details?.fields ?? []).map((f) => `${f.path}:${f.key}`);
}

async function importSeed(app: TestApp, file: string, extra: Record<string, unknown> = {}) {
  const parsed = await ok<Parsed>(app, 'policies.parseText', { text: seed(file) });
  return ok<Detail>(app, 'policies.create', {
    title: parsed.title,
    docNumber: parsed.docNumber,
    issuer: parsed.issuer ?? '',
    level: 'provincial',
    issuedOn: parsed.issuedOn,
    effectiveOn: parsed.effectiveOn,
    fullText: parsed.fullText,
    clauses: parsed.clauses,
    ...extra,
  });
}

describe('policy library', () => {
  let app: TestApp;
  beforeEach(() => {
    app = openTestApp();
  });
  afterEach(() => app.close());

  it('imports both source documents with their clause tree and units, and finds clause text by Chinese fragments', async () => {
    const dev = await importSeed(app, '002_c44c67dad684ba31.txt', { categories: ['foreign_investment', 'land'] });
    const hiTech = await importSeed(app, '004_ee0e13f537ce6e54.txt', { categories: ['technology', 'talent'] });
    expect(dev.policy.docNumber).toBe('浙政办发〔2018〕9号');
    expect(dev.clauses.filter((c) => c.level === 1)).toHaveLength(5);
    expect(hiTech.clauses.filter((c) => c.level === 2)).toHaveLength(21);
    const lead = hiTech.clauses.find((c) => c.path === '七/（一）')!;
    expect(lead.parentId).toBe(hiTech.clauses.find((c) => c.path === '七')!.id);
    expect(lead.leadUnit).toBe('省委组织部');

    const search = await ok<{ hits: { entity: string; path: string | null; snippet: string; policyId: string }[] }>(app, 'policies.search', { query: '外国高端人才' });
    expect(search.hits).toHaveLength(1);
    expect(search.hits[0]).toMatchObject({ entity: 'policy_clause', path: '二/（二）', policyId: hiTech.policy.id });
    expect(search.hits[0]!.snippet).toContain('【外国高端人才】');

    const byDocNumber = await ok<{ hits: { entity: string; policyId: string }[] }>(app, 'policies.search', { query: '浙政办发(２０１８)9号' });
    expect(byDocNumber.hits).toEqual([expect.objectContaining({ entity: 'policy', policyId: dev.policy.id })]);

    const twoChars = await ok<{ hits: { entity: string }[] }>(app, 'policies.search', { query: '海关', unit: '杭州海关' });
    expect(twoChars.hits.map((h) => h.entity)).toEqual(['policy_clause']);

    const byUnit = await ok<{ rows: { id: string }[] }>(app, 'policies.list', { unit: '省委组织部' });
    expect(byUnit.rows.map((r) => r.id)).toEqual([hiTech.policy.id]);
    const byCategory = await ok<{ rows: { id: string }[] }>(app, 'policies.list', { category: 'land', search: '亩产效益' });
    expect(byCategory.rows.map((r) => r.id)).toEqual([dev.policy.id]);
    const units = await ok<{ unit: string; clauses: number }[]>(app, 'policies.units', {});
    expect(units.slice(0, 2).map((u) => u.unit).sort()).toEqual(['省商务厅', '省科技厅']);
  });

  it('derives 已废止 from the repealing policy and shows what replaced it', async () => {
    const old = await ok<{ policy: { id: string } }>(app, 'policies.create', {
      title: '浙江省人民政府关于开展创建省级高新技术产业园区工作的通知', docNumber: '浙政发［２０１２］94号', level: 'provincial', issuedOn: '2012-12-01',
    });
    const repealing = await importSeed(app, '004_ee0e13f537ce6e54.txt', { supersedes: [{ policyId: old.policy.id, kind: 'repeals' }] });
    expect(repealing.supersedes).toEqual([expect.objectContaining({ policyId: old.policy.id, kind: 'repeals', status: 'repealed' })]);
    const oldDetail = await ok<Detail>(app, 'policies.get', { id: old.policy.id });
    expect(oldDetail.policy.docNumber).toBe('浙政发〔2012〕94号');
    expect(oldDetail.status).toBe('repealed');
    expect(oldDetail.supersededBy).toEqual([expect.objectContaining({ policyId: repealing.policy.id })]);
    const repealed = await ok<{ rows: { id: string; status: string }[] }>(app, 'policies.list', { status: 'repealed' });
    expect(repealed.rows.map((r) => r.id)).toEqual([old.policy.id]);
    expect(fieldKeys(await app.call('policies.link', { fromPolicyId: old.policy.id, toPolicyId: repealing.policy.id, kind: 'amends' }))).toEqual(['toPolicyId:policy.link.cycle']);
  });

  it('refuses bad input at the field and saves nothing', async () => {
    await ok(app, 'policies.create', { title: '甲', docNumber: '浙政办发〔2018〕9号', level: 'provincial' });
    const before = count(app, 'policies');
    expect(fieldKeys(await app.call('policies.create', { title: '乙', docNumber: '浙政办发(2018)9号', level: 'provincial', clauses: [{ level: 1, number: '一', text: '总体要求' }] })))
      .toEqual(['docNumber:policy.docNumber.taken']);
    expect(fieldKeys(await app.call('policies.create', { title: '丙', level: 'provincial', effectiveOn: '2021-07-15', expiresOn: '2021-01-01' })))
      .toEqual(['expiresOn:policy.dates.expiryBeforeEffective']);
    expect(fieldKeys(await app.call('policies.create', { title: '丁', docNumber: '九号文', level: 'provincial' }))).toEqual(['docNumber:policy.docNumber.format']);
    expect(fieldKeys(await app.call('policies.create', { title: '戊', level: 'provincial', clauses: [{ level: 2, number: '（一）', parentIndex: 0 }] })))
      .toEqual(['clauses.0.parentIndex:policy.clause.parent']);
    expect(fieldKeys(await app.call('policies.create', { title: '己', level: 'provincial', supersedes: [{ policyId: '00000000-0000-4000-8000-000000000000', kind: 'repeals' }] })))
      .toEqual(['supersedes.0.policyId:policy.unknown']);
    expect(fieldKeys(await app.call('policies.parseText', { text: '关于某事的通知\n请各单位认真贯彻执行。' }))).toEqual(['text:policy.text.noClauses']);
    expect(count(app, 'policies')).toBe(before);
    expect(count(app, 'policy_clauses')).toBe(0);
    expect(count(app, 'policy_links')).toBe(0);
  });
});

describe('benefits granted and applicability', () => {
  let app: TestApp;
  beforeEach(() => {
    app = openTestApp();
  });
  afterEach(() => app.close());

  it('computes 三免两减半 and 两免三减半 schedules year by year', async () => {
    const schedule = await ok<{ years: { year: number; regime: string; ratePercent: string }[] }>(app, 'benefits.taxHolidaySchedule', { exemptYears: 3, halvedYears: 2, firstProfitYear: 2024 });
    expect(schedule.years.map((y) => `${y.year}:${y.regime}:${y.ratePercent}`)).toEqual(['2024:exempt:0', '2025:exempt:0', '2026:exempt:0', '2027:halved:12.5', '2028:halved:12.5', '2029:full:25']);
    const highTech = await ok<{ years: { regime: string; ratePercent: string }[] }>(app, 'benefits.taxHolidaySchedule', { exemptYears: 2, halvedYears: 3, firstProfitYear: 2025, standardRatePercent: '15', fullYearsAfter: 0 });
    expect(highTech.years.map((y) => `${y.regime}:${y.ratePercent}`)).toEqual(['exempt:0', 'exempt:0', 'halved:7.5', 'halved:7.5', 'halved:7.5']);
    expect(fieldKeys(await app.call('benefits.taxHolidaySchedule', { exemptYears: 0, halvedYears: 0, firstProfitYear: 2025 }))).toEqual(['halvedYears:benefit.taxHoliday.years']);
  });

  it('grants a benefit under a clause, totals it exactly, and stops offering a clause once granted', async () => {
    const { enterpriseId, projectId } = await signedProject(app);
    const enterprise = { id: enterpriseId };
    const project = { id: projectId };
    const parsed = await ok<Parsed>(app, 'policies.parseText', { text: seed('004_ee0e13f537ce6e54.txt') });
    const policy = await ok<Detail>(app, 'policies.create', { title: parsed.title, level: 'provincial', issuedOn: parsed.issuedOn, effectiveOn: parsed.effectiveOn, clauses: parsed.clauses });
    const talent = policy.clauses.find((c) => c.path === '二/（二）')!;
    const invest = policy.clauses.find((c) => c.path === '四/（三）')!;
    await ok(app, 'policyClauses.update', { id: talent.id, responsibleUnits: talent.responsibleUnits, applicability: { tagsAny: ['fortune500', 'high_tech'], countries: ['DE', 'JP'] } });
    await ok(app, 'policyClauses.update', { id: invest.id, responsibleUnits: invest.responsibleUnits, indicatorCode: 'hitech.investment', applicability: { projectTypes: ['capital_increase'], minProjectUsd: 100_000_000 } });

    const applicable = await ok<{ clauseId: string; matched: { condition: string; value: string }[]; granted: boolean; viaProjectId: string | null }[]>(app, 'policies.applicableTo', { enterpriseId: enterprise.id });
    expect(applicable.map((a) => a.clauseId).sort()).toEqual([talent.id, invest.id].sort());
    const viaProject = applicable.find((a) => a.clauseId === invest.id)!;
    expect(viaProject.viaProjectId).toBe(project.id);
    expect(viaProject.matched.map((m) => m.condition)).toEqual(['projectTypes', 'minProjectUsd']);
    expect(applicable.find((a) => a.clauseId === talent.id)!.matched).toEqual([{ condition: 'tagsAny', met: true, value: 'fortune500' }, { condition: 'countries', met: true, value: 'DE' }]);

    const benefit = await ok<{ id: string; amountFen: number; amountWan: string; evidenceName: string; taxHoliday: { years: unknown[] } }>(app, 'benefits.create', {
      enterpriseId: enterprise.id, projectId: project.id, policyId: policy.policy.id, clauseId: invest.id, kind: 'tax_relief',
      amountYuan: '1234567.89', grantedOn: '2026-06-30', periodFrom: '2026-01', periodTo: '2026-12',
      evidence: { name: '减免税批复.pdf', base64: Buffer.from('%PDF-1.4 批复').toString('base64') }, taxHoliday: { exemptYears: 3, halvedYears: 2, firstProfitYear: 2026 },
    });
    expect(benefit).toMatchObject({ amountFen: 123456789, amountWan: '123.456789' });
    expect(benefit.taxHoliday.years).toHaveLength(6);
    const evidence = await ok<{ name: string; base64: string }>(app, 'benefits.readEvidence', { id: benefit.id });
    expect(evidence.name).toBe('减免税批复.pdf');
    expect(Buffer.from(evidence.base64, 'base64').toString()).toBe('%PDF-1.4 批复');
    await ok(app, 'benefits.create', { enterpriseId: enterprise.id, policyId: policy.policy.id, clauseId: talent.id, kind: 'talent', amountYuan: 0.1, grantedOn: '2026-07-01' });
    await ok(app, 'benefits.create', { enterpriseId: enterprise.id, policyId: policy.policy.id, kind: 'subsidy', amountYuan: '0.2', grantedOn: '2026-07-02' });

    const ofPolicy = await ok<{ totalFen: number; totalYuan: string; enterprises: number; byClause: { path: string; count: number }[] }>(app, 'benefits.ofPolicy', { id: policy.policy.id });
    expect(ofPolicy).toMatchObject({ totalFen: 123456819, totalYuan: '1,234,568.19', enterprises: 1 });
    expect(ofPolicy.byClause.map((c) => c.path)).toEqual(['二/（二）', '四/（三）']);
    const ofEnterprise = await ok<{ rows: { policyTitle: string }[]; totalWan: string }>(app, 'benefits.ofEnterprise', { id: enterprise.id });
    expect(ofEnterprise.rows).toHaveLength(3);
    expect(ofEnterprise.totalWan).toBe('123.456819');

    const after = await ok<{ clauseId: string; granted: boolean }[]>(app, 'policies.applicableTo', { enterpriseId: enterprise.id });
    expect(after.every((a) => a.granted)).toBe(true);
    expect(await ok<unknown[]>(app, 'policies.reach', { id: policy.policy.id })).toEqual([]);
    expect(fieldKeys(await app.call('policies.delete', { id: policy.policy.id }))).toEqual(['id:policy.hasBenefits']);
  });

  it('refuses a clause of another policy, a bad amount and evidence that is not base64', async () => {
    const { enterpriseId } = await signedProject(app);
    const enterprise = { id: enterpriseId };
    const a = await ok<Detail>(app, 'policies.create', { title: '甲', level: 'park', clauses: [{ level: 1, number: '一', text: '奖励' }] });
    const b = await ok<Detail>(app, 'policies.create', { title: '乙', level: 'park' });
    const base = { enterpriseId: enterprise.id, policyId: b.policy.id, kind: 'subsidy', amountYuan: '100', grantedOn: '2026-01-05' };
    expect(fieldKeys(await app.call('benefits.create', { ...base, clauseId: a.clauses[0]!.id }))).toEqual(['clauseId:policy.clause.otherPolicy']);
    expect(fieldKeys(await app.call('benefits.create', { ...base, amountYuan: '1.234' }))).toEqual(['amountYuan:benefit.amount']);
    expect(fieldKeys(await app.call('benefits.create', { ...base, evidence: { name: 'x.pdf', base64: '不是base64' } }))).toEqual(['evidence.base64:checklist.attachment.badBase64']);
    expect(count(app, 'policy_benefits')).toBe(0);
  });
});
