import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withCheckCharacter } from '../../db/reference/creditCode';
import { ok, PINGHU_PARK, signedProject } from '../helpers/investmentFixtures';
import { openTestApp, type TestApp } from '../helpers/tempStore';

function count(app: TestApp, table: string): number {
  return (app.store.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('enterprises', () => {
  let app: TestApp;
  beforeEach(() => {
    app = openTestApp();
  });
  afterEach(() => app.close());

  const base = { name: '喜力啤酒（嘉善）有限公司', countryCode: 'NL', industryCode: '151' };

  it('stores a real credit code normalised, and refuses the same code twice at the code field', async () => {
    const code = withCheckCharacter('91330421MA28A1B2C');
    const created = await ok<{ creditCode: string }>(app, 'enterprises.create', { ...base, creditCode: ` ${code.toLowerCase()} ` });
    expect(created.creditCode).toBe(code);
    const again = await app.call('enterprises.create', { ...base, name: '另一家公司', creditCode: code });
    expect(again).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'creditCode', key: 'enterprise.creditCode.taken' }] } } });
  });

  it('warns about a wrong check character with the expected one, and accepts it with a reason', async () => {
    const good = withCheckCharacter('91330421MA28A1B2C');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const warned = await app.call('enterprises.create', { ...base, creditCode: bad });
    expect(warned).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'creditCode', key: 'enterprise.creditCode.checkDigit', params: { expected: good[17] } }] } } });
    expect(count(app, 'enterprises')).toBe(0);
    const kept = await ok<{ creditCodeOverride: string }>(app, 'enterprises.create', { ...base, creditCode: bad, creditCodeOverride: '营业执照原件如此，已核对' });
    expect(kept.creditCodeOverride).toBe('营业执照原件如此，已核对');
  });

  it('refuses a malformed code, an unknown country and an unknown industry, writing nothing', async () => {
    const result = await app.call('enterprises.create', { ...base, creditCode: '12345', countryCode: 'XX', industryCode: '999' });
    const keys = result.ok ? [] : (result.error.details?.fields ?? []).map((f) => `${f.path}:${f.key}`);
    expect(keys).toEqual(expect.arrayContaining(['creditCode:enterprise.creditCode.format', 'countryCode:field.unknownCountry', 'industryCode:field.unknownIndustry']));
    expect(count(app, 'enterprises')).toBe(0);
  });

  it('says 必填 for a country and industry left empty, in the same pass as a malformed code', async () => {
    const result = await app.call('enterprises.create', { name: '德合精工', creditCode: 'abc', countryCode: '', industryCode: undefined });
    const keys = result.ok ? [] : (result.error.details?.fields ?? []).map((f) => `${f.path}:${f.key}`);
    expect(keys.sort()).toEqual(['countryCode:field.required', 'creditCode:enterprise.creditCode.format', 'industryCode:field.required']);
  });

  it('flags a same-name enterprise as a possible duplicate until the user confirms', async () => {
    await ok(app, 'enterprises.create', base);
    expect(await app.call('enterprises.create', base)).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'name', key: 'enterprise.name.duplicate' }] } } });
    expect((await app.call('enterprises.create', { ...base, confirmDuplicateName: true })).ok).toBe(true);
  });

  it('keeps registered capital in whole dollars from 万美元', async () => {
    const created = await ok<{ registeredCapitalUsd: number }>(app, 'enterprises.create', { ...base, registeredCapitalWan: '1234.5678' });
    expect(created.registeredCapitalUsd).toBe(12_345_678);
  });
});

describe('projects, stages and arrivals', () => {
  let app: TestApp;
  beforeEach(() => {
    app = openTestApp();
  });
  afterEach(() => app.close());

  it('derives the over-USD-100m and Fortune 500 flags instead of letting anyone type them', async () => {
    const { projectId } = await signedProject(app);
    const page = await ok<{ isLarge: boolean; isFortune500: boolean; project: { totalInvestmentUsd: number } }>(app, 'projects.get', { id: projectId });
    expect(page).toMatchObject({ isLarge: true, isFortune500: true, project: { totalInvestmentUsd: 150_000_000 } });
    const large = await ok<{ total: number }>(app, 'projects.list', { largeOnly: true, fortune500Only: true });
    expect(large.total).toBe(1);
  });

  it('moves a project forward through the pipeline and refuses to go back or to date before the last stage', async () => {
    const { projectId } = await signedProject(app, '2026-03-10');
    expect(await app.call('projects.advance', { id: projectId, stage: 'negotiating', on: '2026-04-01' })).toMatchObject({ ok: false, error: { details: { fields: [{ key: 'project.stage.backwards' }] } } });
    expect(await app.call('projects.advance', { id: projectId, stage: 'registered', on: '2026-03-01' })).toMatchObject({ ok: false, error: { details: { fields: [{ key: 'project.stage.dateBeforePrevious' }] } } });
    await ok(app, 'projects.advance', { id: projectId, stage: 'registered', on: '2026-04-02' });
    await ok(app, 'projects.advance', { id: projectId, stage: 'in_production', on: '2026-09-30' });
    const page = await ok<{ timeline: { stage: string; on: string | null }[] }>(app, 'projects.get', { id: projectId });
    expect(page.timeline.filter((t) => t.on).map((t) => `${t.stage}@${t.on}`)).toEqual(['signed@2026-03-10', 'registered@2026-04-02', 'in_production@2026-09-30']);
  });

  it('records a dropped project with its reason and refuses anything after', async () => {
    const { projectId } = await signedProject(app);
    expect(await app.call('projects.drop', { id: projectId, reason: '', on: '2026-05-01' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await ok(app, 'projects.drop', { id: projectId, reason: '投资方全球战略调整', on: '2026-05-01' });
    expect(await app.call('projects.advance', { id: projectId, stage: 'registered', on: '2026-06-01' })).toMatchObject({ ok: false, error: { details: { fields: [{ key: 'project.stage.dropped' }] } } });
    expect(await app.call('arrivals.add', { projectId, arrivedOn: '2026-06-01', amount: '100' })).toMatchObject({ ok: false, error: { details: { fields: [{ key: 'arrival.projectDropped' }] } } });
  });

  it('refuses negative or non-numeric amounts and contracted FDI above the total', async () => {
    const { parkId, enterpriseId } = await signedProject(app);
    const bad = await app.call('projects.create', { name: '坏数据', enterpriseId, parkId, type: 'new', sourceCountry: 'DE', industryCode: '367', totalInvestmentWan: '-5', stageOn: '2026-01-01' });
    expect(bad).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'totalInvestmentWan', key: 'field.amount' }] } } });
    const text = await app.call('projects.create', { name: '坏数据', enterpriseId, parkId, type: 'new', sourceCountry: 'DE', industryCode: '367', totalInvestmentWan: '一百万', stageOn: '2026-01-01' });
    expect(text.ok).toBe(false);
    const over = await app.call('projects.create', { name: '坏数据', enterpriseId, parkId, type: 'new', sourceCountry: 'DE', industryCode: '367', totalInvestmentWan: '100', contractedFdiWan: '200', stageOn: '2026-01-01' });
    expect(over).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'contractedFdiWan', key: 'project.contractedFdi.exceedsTotal' }] } } });
    expect(count(app, 'projects')).toBe(1);
  });

  it('says 必填 for an empty total and an empty source country, not "not an amount" or "unknown country"', async () => {
    const { parkId, enterpriseId } = await signedProject(app);
    const empty = await app.call('projects.create', { name: '空白', enterpriseId, parkId, type: 'new', sourceCountry: '', industryCode: '367', totalInvestmentWan: '', stageOn: '2026-01-01' });
    const keys = empty.ok ? [] : (empty.error.details?.fields ?? []).map((f) => `${f.path}:${f.key}`);
    expect(keys.sort()).toEqual(['sourceCountry:field.required', 'totalInvestmentWan:field.required']);
  });

  it('refuses an arrival of 0 万美元 (or 0 euros), writing nothing', async () => {
    const { projectId } = await signedProject(app, '2026-03-10');
    for (const input of [{ amount: '0' }, { amount: '0.0000' }, { currency: 'EUR', amount: '0', rateToUsd: '1.08' }]) {
      expect(await app.call('arrivals.add', { projectId, arrivedOn: '2026-04-15', ...input })).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'amount', key: 'arrival.amountZero' }] } } });
    }
    expect(count(app, 'fdi_arrivals')).toBe(0);
  });

  it('records arrivals in 万美元 and in euros at the month rate, and refuses one dated before signing', async () => {
    const { projectId } = await signedProject(app, '2026-03-10');
    await ok(app, 'arrivals.add', { projectId, arrivedOn: '2026-04-15', amount: '1200.5' });
    await ok(app, 'arrivals.add', { projectId, arrivedOn: '2026-05-20', currency: 'EUR', amount: '1000000', rateToUsd: '1.08325' });
    expect(await app.call('arrivals.add', { projectId, arrivedOn: '2026-03-01', amount: '10' })).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'arrivedOn', key: 'arrival.beforeSigning' }] } } });
    expect(await app.call('arrivals.add', { projectId, arrivedOn: '2026-04-15', currency: 'EUR', amount: '10', rateToUsd: '0' })).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'rateToUsd' }] } } });
    const page = await ok<{ arrivedUsd: number; arrivals: unknown[]; arrivalHistory: { action: string }[] }>(app, 'projects.get', { id: projectId });
    expect(page.arrivals).toHaveLength(2);
    expect(page.arrivedUsd).toBe(12_005_000 + 1_083_250);
    expect(page.arrivalHistory.map((h) => h.action)).toEqual(['create', 'create']);
    const list = await ok<{ rows: { arrivedUsd: number }[] }>(app, 'projects.list', {});
    expect(list.rows[0]!.arrivedUsd).toBe(12_005_000 + 1_083_250);
  });

  it('freezes a locked month: no new arrival, no deletion, until an unlock with a reason that is audited', async () => {
    const { projectId, parkId } = await signedProject(app, '2026-03-10');
    const arrival = await ok<{ id: string }>(app, 'arrivals.add', { projectId, arrivedOn: '2026-10-08', amount: '500' });
    await ok(app, 'arrivals.lockMonth', { parkId, period: '2026-10' });
    expect(await app.call('arrivals.add', { projectId, arrivedOn: '2026-10-20', amount: '1' })).toMatchObject({ ok: false, error: { details: { fields: [{ key: 'arrival.monthLocked', params: { period: '2026-10' } }] } } });
    expect(await app.call('arrivals.delete', { id: arrival.id })).toMatchObject({ ok: false, error: { details: { fields: [{ key: 'arrival.monthLocked' }] } } });
    expect(await app.call('arrivals.unlockMonth', { parkId, period: '2026-10', reason: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await ok(app, 'arrivals.unlockMonth', { parkId, period: '2026-10', reason: '省厅通知更正 10 月数据' });
    await ok(app, 'arrivals.delete', { id: arrival.id });
    const unlock = app.store.sqlite.prepare(`SELECT actor, after FROM audit_log WHERE action = 'unlock'`).get() as { actor: string; after: string };
    expect(unlock.actor).toBe('测试员');
    expect(JSON.parse(unlock.after)).toMatchObject({ reason: '省厅通知更正 10 月数据' });
  });

  it('sums arrivals by month for a year', async () => {
    const { projectId, parkId } = await signedProject(app, '2026-01-05');
    await ok(app, 'arrivals.add', { projectId, arrivedOn: '2026-01-20', amount: '100' });
    await ok(app, 'arrivals.add', { projectId, arrivedOn: '2026-01-28', amount: '50.5' });
    await ok(app, 'arrivals.add', { projectId, arrivedOn: '2026-02-03', amount: '1' });
    expect(await ok(app, 'arrivals.byMonth', { parkId, year: 2026 })).toEqual([
      { period: '2026-01', amountUsd: 1_505_000 },
      { period: '2026-02', amountUsd: 10_000 },
    ]);
  });

  it('finds a project by a fragment of its Chinese name or of its investor, with two or more characters', async () => {
    await signedProject(app);
    for (const fragment of ['转向系统', '克虏伯', '扩产', '转向', 'thyssenkrupp', 'TH']) {
      const found = await ok<{ total: number }>(app, 'projects.list', { search: fragment });
      expect(found.total, fragment).toBe(1);
    }
    expect((await ok<{ total: number }>(app, 'projects.list', { search: '喜力' })).total).toBe(0);
    expect((await ok<{ total: number }>(app, 'projects.list', { search: '"OR"' })).total).toBe(0);
  });
});

describe('精准招商 targets', () => {
  let app: TestApp;
  beforeEach(() => {
    app = openTestApp();
  });
  afterEach(() => app.close());

  it('takes a target from first visit to a project that keeps its follow-up history', async () => {
    const park = await ok<{ id: string }>(app, 'parks.create', PINGHU_PARK);
    const target = await ok<{ id: string }>(app, 'targets.create', { company: '发那科机器人', companyOriginal: 'FANUC', countryCode: 'JP', industryCode: '34', parkId: park.id, priority: 'A', status: 'negotiating', plan: '一企一策：对接其华东基地扩产需求' });
    await ok(app, 'followUps.add', { targetId: target.id, kind: 'visit', happenedOn: '2026-06-01', summary: '赴日拜访总部', nextStep: '云招商视频会', dueOn: '2026-07-01' });
    const listed = await ok<{ rows: { nextDueOn: string | null }[] }>(app, 'targets.list', {});
    expect(listed.rows[0]!.nextDueOn).toBe('2026-07-01');
    await ok(app, 'followUps.add', { targetId: target.id, kind: 'cloud_meeting', happenedOn: '2026-07-01', summary: '云招商会议，确认选址意向', nextStep: '实地考察', dueOn: '2026-09-15' });
    const relisted = await ok<{ rows: { nextDueOn: string | null }[] }>(app, 'targets.list', {});
    expect(relisted.rows[0]!.nextDueOn).toBe('2026-09-15');
    expect(await app.call('followUps.add', { targetId: target.id, kind: 'call', happenedOn: '2026-07-05', summary: 'x', dueOn: '2026-07-01' })).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'dueOn' }] } } });

    const converted = await ok<{ projectId: string }>(app, 'targets.convert', { id: target.id, parkId: park.id, name: '发那科机器人华东基地项目', totalInvestmentWan: '30000', on: '2026-08-01' });
    const page = await ok<{ project: { stage: string; targetId: string }; followUps: { summary: string }[]; enterprise: { name: string } }>(app, 'projects.get', { id: converted.projectId });
    expect(page.project).toMatchObject({ stage: 'negotiating', targetId: target.id });
    expect(page.enterprise.name).toBe('发那科机器人');
    expect(page.followUps.map((f) => f.summary)).toEqual(['赴日拜访总部', '云招商会议，确认选址意向']);
    expect(await app.call('targets.convert', { id: target.id, parkId: park.id, name: '再来一次', totalInvestmentWan: '1', on: '2026-08-02' })).toMatchObject({ ok: false, error: { details: { fields: [{ key: 'target.alreadyConverted' }] } } });

    const matrix = await ok<{ countryCode: string; division: string; targets: number; projects: number }[]>(app, 'targeting.matrix', {});
    expect(matrix).toContainEqual(expect.objectContaining({ countryCode: 'JP', division: '34', targets: 1, projects: 1 }));
  });
});
