import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../helpers/tempStore';

const pinghu = {
  name: '中日（平湖）产业合作园',
  kind: 'international_cooperation',
  level: 'provincial',
  partnerCountries: ['JP'],
  divisionCode: '330482',
  leadingIndustries: ['汽车零部件'],
  areaMu: 1234.5,
};

function auditCount(app: TestApp): number {
  return (app.store.sqlite.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n;
}

describe('parks API on a real SQLite file', () => {
  let app: TestApp;
  beforeEach(() => {
    app = openTestApp();
  });
  afterEach(() => app.close());

  it('creates a park, lists it, and records who created it', async () => {
    const created = await app.call('parks.create', pinghu);
    expect(created.ok).toBe(true);
    const list = await app.call('parks.list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 1, rows: [{ name: pinghu.name, partnerCountries: ['JP'], areaMu: 1234.5 }] } });
    const id = (created as { value: { id: string } }).value.id;
    const history = await app.call('parks.history', { id });
    expect(history).toMatchObject({ ok: true, value: [{ action: 'create', actor: '测试员', before: null, after: { name: pinghu.name } }] });
  });

  it('refuses a duplicate name at the name field and writes nothing', async () => {
    await app.call('parks.create', pinghu);
    const before = auditCount(app);
    const second = await app.call('parks.create', { ...pinghu, name: `  ${pinghu.name} ` });
    expect(second).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { fields: [{ path: 'name', key: 'park.name.taken' }] } } });
    expect(auditCount(app)).toBe(before);
  });

  it('names every bad field of a malformed park and writes nothing', async () => {
    const result = await app.call('parks.create', {
      name: '',
      kind: 'casino',
      level: 'provincial',
      divisionCode: '110101',
      partnerCountries: ['XX'],
      areaMu: -3,
      establishedOn: '2099-01-01',
    });
    expect(result.ok).toBe(false);
    const fields = !result.ok ? (result.error.details?.fields ?? []) : [];
    const byPath = Object.fromEntries(fields.map((f) => [f.path, f.key]));
    expect(byPath).toMatchObject({
      name: 'field.required',
      kind: 'park.kind.required',
      divisionCode: 'park.division.unknown',
      'partnerCountries.0': 'park.partnerCountries.unknown',
      areaMu: 'field.negative',
      establishedOn: 'field.futureDate',
    });
    expect(auditCount(app)).toBe(0);
  });

  it('allows at most three leading industries for a high-tech zone', async () => {
    const result = await app.call('parks.create', {
      ...pinghu,
      name: '宁波国家高新技术产业开发区',
      kind: 'high_tech',
      level: 'national',
      leadingIndustries: ['新材料', '智能装备', '电子信息', '生物医药'],
    });
    expect(result).toMatchObject({ ok: false, error: { details: { fields: [{ path: 'leadingIndustries', key: 'park.leadingIndustries.highTechMax' }] } } });
    const cooperation = await app.call('parks.create', { ...pinghu, leadingIndustries: ['一', '二', '三', '四'] });
    expect(cooperation.ok).toBe(true);
  });

  it('updates with before/after in the audit log and detects a stale edit', async () => {
    const created = await app.call('parks.create', pinghu);
    const park = (created as { value: { id: string; updatedAt: string } }).value;
    await new Promise((r) => setTimeout(r, 5));
    const updated = await app.call('parks.update', { ...pinghu, id: park.id, level: 'national', expectedUpdatedAt: park.updatedAt });
    expect(updated).toMatchObject({ ok: true, value: { level: 'national' } });
    const stale = await app.call('parks.update', { ...pinghu, id: park.id, expectedUpdatedAt: park.updatedAt });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const history = await app.call('parks.history', { id: park.id });
    expect(history).toMatchObject({ ok: true, value: [{ action: 'create' }, { action: 'update', before: { level: 'provincial' }, after: { level: 'national' } }] });
  });

  it('deletes softly: the park leaves the list, its name is free again, the row stays', async () => {
    const created = await app.call('parks.create', pinghu);
    const id = (created as { value: { id: string } }).value.id;
    expect(await app.call('parks.delete', { id })).toMatchObject({ ok: true });
    expect(await app.call('parks.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
    expect(await app.call('parks.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await app.call('parks.create', pinghu)).ok).toBe(true);
    const rows = app.store.sqlite.prepare('SELECT COUNT(*) AS n FROM parks').get() as { n: number };
    expect(rows.n).toBe(2);
  });

  it('refuses to delete a zone that still hosts a 园中园', async () => {
    const host = await app.call('parks.create', { ...pinghu, name: '杭州经济技术开发区', kind: 'economic_development', level: 'national', divisionCode: '330114', partnerCountries: [] });
    const hostId = (host as { value: { id: string } }).value.id;
    await app.call('parks.create', { ...pinghu, name: '新加坡杭州科技园', divisionCode: '330114', partnerCountries: ['SG'], hostParkId: hostId });
    expect(await app.call('parks.delete', { id: hostId })).toMatchObject({ ok: false, error: { code: 'PARK_HAS_HOSTED' } });
  });

  it('refuses to delete a park that still has enterprises or projects, saying how many', async () => {
    await app.call('system.initialize', { withDemoData: true });
    const id = (app.store.sqlite.prepare("SELECT id FROM parks WHERE name = '中日（平湖）产业合作园'").get() as { id: string }).id;
    const refused = await app.call('parks.delete', { id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PARK_HAS_RECORDS', details: { params: { enterprises: 5, projects: 5 } } } });
    expect((refused as { error: { message: string } }).error.message).toBe('该园区下还有 5 家企业、5 个项目，请先将它们调整到其他园区或删除');
    expect(await app.call('parks.get', { id })).toMatchObject({ ok: true });
  });

  it('filters by kind, level and city, searches by a Chinese fragment, and sorts', async () => {
    await app.call('system.initialize', { withDemoData: true });
    const jiaxing = await app.call('parks.list', { cityCode: '330400', sortBy: 'name' });
    const names = jiaxing.ok ? (jiaxing.value as { rows: { name: string }[] }).rows.map((r) => r.name) : [];
    expect(names).toEqual(expect.arrayContaining(['中荷（嘉善）产业合作园', '中日（平湖）产业合作园', '中法（海盐）产业合作园']));
    expect(names.every((n) => n.length > 0)).toBe(true);
    expect(names).not.toContain('中意宁波生态园');

    const national = await app.call('parks.list', { level: 'national', kind: 'high_tech' });
    expect(national).toMatchObject({ ok: true, value: { total: 2 } });

    const search = await app.call('parks.list', { search: '平湖' });
    expect(search).toMatchObject({ ok: true, value: { total: 1, rows: [{ name: '中日（平湖）产业合作园' }] } });

    const wildcard = await app.call('parks.list', { search: '%' });
    expect(wildcard).toMatchObject({ ok: true, value: { total: 0 } });

    const desc = await app.call('parks.list', { sortBy: 'divisionCode', sortDir: 'desc' });
    const codes = desc.ok ? (desc.value as { rows: { divisionCode: string }[] }).rows.map((r) => r.divisionCode) : [];
    expect(codes).toEqual([...codes].sort().reverse());
  });

  it('seeds the demo parks once, with the 园中园 linked to its host zone', async () => {
    const first = await app.call('system.initialize', { withDemoData: true });
    expect(first).toMatchObject({ ok: true, value: { added: 11 } });
    const again = await app.call('system.initialize', { withDemoData: true });
    expect(again).toMatchObject({ ok: true, value: { added: 0 } });
    const list = await app.call('parks.list', { search: '新加坡' });
    const singapore = list.ok ? (list.value as { rows: { hostParkId: string | null }[] }).rows[0] : undefined;
    const host = await app.call('parks.get', { id: singapore?.hostParkId });
    expect(host).toMatchObject({ ok: true, value: { name: '杭州经济技术开发区' } });
    expect(await app.call('system.status', {})).toMatchObject({ ok: true, value: { initialized: true, parkCount: 11 } });
  });

  it('refuses an unknown method and input of the wrong shape before anything runs', async () => {
    expect(await app.call('parks.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await app.call('parks.get', { id: 'not-a-uuid' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await app.call('parks.create', 'DROP TABLE parks')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
