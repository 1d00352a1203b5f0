import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSessionTestApp, parkInput, type SessionTestApp } from './dataSafetyTestApp';

describe('the audit trail', () => {
  let app: SessionTestApp;
  beforeEach(() => {
    app = openSessionTestApp('wangfang');
  });
  afterEach(() => app.close());

  it('is append-only: UPDATE and DELETE on audit_log are aborted by the triggers', async () => {
    await app.call('parks.create', parkInput('中德（嘉兴）产业合作园'));
    const sqlite = app.session.current.sqlite;
    expect(() => sqlite.prepare(`UPDATE audit_log SET actor = '别人'`).run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(sqlite.prepare('SELECT actor FROM audit_log').all()).toEqual([{ actor: 'wangfang' }]);
  });

  it('records the operator name chosen in the app from then on, and the OS account before that', async () => {
    expect((await app.call('operator.get', {})).value).toEqual({ name: 'wangfang', chosen: false });
    await app.call('parks.create', parkInput('甲园'));
    expect((await app.call('operator.set', { name: ' 王芳 ' })).value).toEqual({ name: '王芳', chosen: true });
    await app.call('parks.create', parkInput('乙园'));
    const rows = (await app.call('audit.list', { entity: 'park' })).value.rows;
    expect(rows.map((r: { actor: string; recordName: string }) => [r.actor, r.recordName])).toEqual([
      ['王芳', '乙园'],
      ['wangfang', '甲园'],
    ]);
    expect((await app.call('system.status', {})).value).toMatchObject({ operatorName: '王芳', storeOnNetworkDrive: false });
    expect((await app.call('operator.set', { name: '   ' })).ok).toBe(false);
  });

  it('shows field-level changes, old → new, and only the fields that changed', async () => {
    const park = (await app.call('parks.create', parkInput('中德（嘉兴）产业合作园'))).value;
    await app.call('parks.update', { ...parkInput('中德（嘉兴）国际产业合作园'), id: park.id, areaMu: 250, expectedUpdatedAt: park.updatedAt });
    const [update, create] = (await app.call('audit.list', { entity: 'park', entityId: park.id })).value.rows;
    expect(update).toMatchObject({ action: 'update', source: 'ui', recordName: '中德（嘉兴）国际产业合作园' });
    expect(update.changes).toEqual([
      { field: 'name', old: '中德（嘉兴）产业合作园', new: '中德（嘉兴）国际产业合作园' },
      { field: 'areaMu', old: '100', new: '250' },
    ]);
    expect(create.changes).toEqual(expect.arrayContaining([{ field: 'partnerCountries', old: null, new: 'DE' }]));
  });

  it('filters by operator, by record type and by time range, newest first, paged', async () => {
    for (let i = 0; i < 12; i += 1) await app.call('parks.create', parkInput(`园区${i}`));
    await app.call('operator.set', { name: '李明' });
    await app.call('system.setLocale', { locale: 'en' });
    const page2 = (await app.call('audit.list', { actor: 'wangfang', entity: 'park', page: 2, pageSize: 5 })).value;
    expect(page2.total).toBe(12);
    expect(page2.rows.map((r: { recordName: string }) => r.recordName)).toEqual(['园区6', '园区5', '园区4', '园区3', '园区2']);
    const byLi = (await app.call('audit.list', { actor: '李明' })).value.rows;
    // Naming oneself is already recorded under the new name: it is the same person at the desk.
    expect(byLi).toEqual([
      expect.objectContaining({ entity: 'settings', entityId: 'locale', changes: [{ field: 'value', old: null, new: 'en' }] }),
      expect.objectContaining({ entity: 'settings', entityId: 'operatorName', changes: [{ field: 'value', old: null, new: '李明' }] }),
    ]);
    const all = (await app.call('audit.list', {})).value.rows as { at: string }[];
    const cut = all[3]!.at;
    const upTo = (await app.call('audit.list', { toAt: cut })).value;
    expect(upTo.total).toBe(all.length - 4);
    expect((await app.call('audit.facets', {})).value).toEqual({ actors: ['wangfang', '李明'], entities: ['park', 'settings'] });
  });

  it('exports what the filter shows as .xlsx, with formula-like text neutralised', async () => {
    await app.call('parks.create', parkInput('=HYPERLINK("http://evil.example","点我")'));
    await app.call('parks.create', parkInput('中意（宁波）生态园'));
    const exported = (await app.call('audit.export', { entity: 'park' })).value;
    expect(exported.fileName).toMatch(/^操作记录-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '时间', '操作员', '操作', '来源', '记录类型', '记录', '记录编号', '字段变化']);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getCell(2, 6).value).toBe(`'=HYPERLINK("http://evil.example","点我")`);
    expect(sheet.getCell(3, 2).value).toBe('wangfang');
    expect(sheet.getCell(3, 3).value).toBe('新增');
    expect(String(sheet.getCell(3, 8).value)).toContain('名称: （空） → 中意（宁波）生态园');
  });
});

describe('deleted parks', () => {
  let app: SessionTestApp;
  beforeEach(() => {
    app = openSessionTestApp('wangfang');
  });
  afterEach(() => app.close());

  it('stay in the store and can be restored from the trail, itself audited; a live namesake blocks it', async () => {
    const park = (await app.call('parks.create', parkInput('中德（嘉兴）产业合作园'))).value;
    await app.call('parks.delete', { id: park.id });
    expect((await app.call('parks.list', {})).value.total).toBe(0);
    const restored = await app.call('parks.restore', { id: park.id });
    expect(restored).toMatchObject({ ok: true, value: { id: park.id, name: '中德（嘉兴）产业合作园' } });
    expect((await app.call('parks.list', {})).value.total).toBe(1);
    const [last] = (await app.call('audit.list', { entity: 'park', entityId: park.id })).value.rows;
    expect(last).toMatchObject({ action: 'restore', actor: 'wangfang' });
    expect(await app.call('parks.restore', { id: park.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    await app.call('parks.delete', { id: park.id });
    await app.call('parks.create', parkInput('中德（嘉兴）产业合作园'));
    expect(await app.call('parks.restore', { id: park.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { fields: [{ key: 'park.name.taken' }] } } });
  });
});
