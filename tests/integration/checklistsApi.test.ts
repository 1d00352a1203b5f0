import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../helpers/investmentFixtures';
import type { TestApp } from '../helpers/tempStore';
import { keysOf, templateIdsByDomain, twoInvestors, type ChecklistDetail, type ItemRow } from './checklistsTestApp';
import { ALL_MATERIALS, countRows, createTestTemplate, openWorkflowApp, refusal } from './workflowsTestApp';

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('service checklists', () => {
  let app: TestApp;
  let templates: Record<string, string>;
  let investors: Awaited<ReturnType<typeof twoInvestors>>;
  const allDomains = () => Object.values(templates);

  beforeEach(async () => {
    app = openWorkflowApp();
    templates = await templateIdsByDomain(app);
    investors = await twoInvestors(app);
  });
  afterEach(() => app.close());

  async function germanChecklist(): Promise<ChecklistDetail> {
    return ok<ChecklistDetail>(app, 'checklists.create', {
      enterpriseId: investors.german.enterpriseId, projectId: investors.german.projectId, templateIds: allDomains(), hasForeignStaff: true, imports: true, exports: false,
    });
  }

  const item = (detail: ChecklistDetail, key: string): ItemRow => detail.items.find((i) => i.itemKey === key)!;

  it('ships six reference templates with bilingual items and demo limits, installed once', async () => {
    expect(Object.keys(templates).sort()).toEqual(['customs', 'foreign_affairs', 'inspection', 'ip', 'talent', 'tax']);
    expect(await ok(app, 'checklistTemplates.installReference', {})).toEqual({ added: 0 });
    const fa = await ok<{ template: { items: { titleZh: string; titleEn: string; agencyEn: string; demoLimit: boolean }[] } }>(app, 'checklistTemplates.get', { id: templates.foreign_affairs });
    expect(fa.template.items.map((i) => i.titleZh)).toEqual(expect.arrayContaining([expect.stringContaining('5 年'), expect.stringContaining('居留许可'), expect.stringContaining('邀请函'), expect.stringContaining('APEC')]));
    expect(fa.template.items.every((i) => i.titleEn && i.agencyEn && i.demoLimit)).toBe(true);
  });

  it('keeps only what applies: a German manufacturer importing with foreign staff gets customs and 外事 items; a software company without trade gets none', async () => {
    const german = await germanChecklist();
    expect(german.checklist.profile).toMatchObject({ isManufacturer: true, projectType: 'capital_increase' });
    expect(keysOf(german)).toEqual(expect.arrayContaining([
      'customs.consignee', 'customs.aeo', 'customs.bonded', 'customs.duty_exemption', 'fa.work_permit', 'fa.residence', 'fa.invitation',
      'insp.import_goods', 'tax.reinvestment', 'talent.social_insurance', 'ip.customs_record',
    ]));
    // Not an exporter, not APEC, not tagged high-tech.
    expect(keysOf(german)).not.toEqual(expect.arrayContaining(['insp.export_food']));
    for (const key of ['insp.export_food', 'tax.export_rebate', 'fa.apec_card', 'tax.high_tech_rate', 'ip.patent']) expect(keysOf(german)).not.toContain(key);

    const software = await ok<ChecklistDetail>(app, 'checklists.create', { enterpriseId: investors.softwareId, templateIds: allDomains(), projectType: 'new' });
    expect(software.checklist.profile.isManufacturer).toBe(false);
    expect(software.items.filter((i) => ['customs', 'inspection', 'foreign_affairs'].includes(i.domain))).toEqual([]);
    expect(keysOf(software)).toEqual(expect.arrayContaining(['ip.patent', 'ip.pledge', 'tax.high_tech_rate', 'tax.registration']));
    expect(keysOf(software)).not.toContain('ip.customs_record');

    expect(await refusal(app, 'checklists.create', { enterpriseId: investors.softwareId, templateIds: [templates.customs] })).toMatchObject({ path: 'templateIds', key: 'checklist.nothingApplies' });
    expect(await refusal(app, 'checklists.create', { enterpriseId: investors.softwareId, templateIds: [] })).toMatchObject({ path: 'templateIds', key: 'checklist.templates.required' });
  });

  it('versions templates: an edit makes v2, older checklists keep their items, a checklist cannot start on v1', async () => {
    const before = await germanChecklist();
    const v1 = await ok<{ template: { domain: string; nameZh: string; nameEn: string; note: string; items: { key: string; timeLimitDays: number }[] } }>(app, 'checklistTemplates.get', { id: templates.customs });
    const items = v1.template.items.map((i) => (i.key === 'customs.consignee' ? { ...i, timeLimitDays: 3 } : i));
    const v2 = await ok<{ id: string; version: number }>(app, 'checklistTemplates.update', { id: templates.customs, domain: 'customs', nameZh: v1.template.nameZh, nameEn: v1.template.nameEn, note: v1.template.note, items });
    expect(v2.version).toBe(2);
    const versions = await ok<{ currentId: string; versions: { version: number; supersededAt: string | null }[] }>(app, 'checklistTemplates.get', { id: templates.customs });
    expect(versions.currentId).toBe(v2.id);
    expect(versions.versions.map((v) => [v.version, v.supersededAt === null])).toEqual([[1, false], [2, true]]);

    const kept = await ok<ChecklistDetail>(app, 'checklists.get', { id: before.checklist.id });
    expect(item(kept, 'customs.consignee')).toMatchObject({ timeLimitDays: 1, templateId: templates.customs });
    expect(await refusal(app, 'checklists.create', { enterpriseId: investors.softwareId, templateIds: [templates.customs] })).toMatchObject({ key: 'checklist.template.superseded', params: { version: 2 } });
    expect(await refusal(app, 'checklistTemplates.update', { id: templates.customs, domain: 'customs', nameZh: 'x', items })).toMatchObject({ path: 'id', key: 'checklist.template.superseded' });
    const fresh = await ok<ChecklistDetail>(app, 'checklists.create', { enterpriseId: investors.german.enterpriseId, templateIds: [v2.id], imports: true });
    expect(item(fresh, 'customs.consignee').timeLimitDays).toBe(3);
  });

  it('walks an item through every status: 受阻 needs a reason, 已完成 needs the required materials, reopen and 不适用', async () => {
    const detail = await germanChecklist();
    const { id, materials } = item(detail, 'fa.work_permit');
    const setStatus = (status: string, extra: Record<string, unknown> = {}) => app.call('checklistItems.setStatus', { id, status, ...extra });

    expect(await refusal(app, 'checklistItems.setStatus', { id, status: 'blocked' })).toMatchObject({ path: 'reason', key: 'checklist.item.blockedReason' });
    expect((await setStatus('blocked', { reason: '等待无犯罪记录证明公证认证' })).ok).toBe(true);
    expect(await refusal(app, 'checklistItems.setStatus', { id, status: 'done' })).toMatchObject({ path: 'status', key: 'checklist.item.transition' });
    const started = await ok<ItemRow>(app, 'checklistItems.setStatus', { id, status: 'in_progress' });
    expect(started).toMatchObject({ status: 'in_progress', statusReason: '', startOn: '2026-11-23' });

    const refused = await refusal(app, 'checklistItems.setStatus', { id, status: 'done' });
    expect(refused).toMatchObject({ path: 'materials', key: 'checklist.item.materialsMissing' });
    expect(String(refused.params?.names)).toContain('无犯罪记录证明');
    expect((await ok<ItemRow>(app, 'checklistItems.get', { id })).status).toBe('in_progress');

    expect(await refusal(app, 'checklistItems.setMaterials', { id, checked: ['不存在的材料'] })).toMatchObject({ path: 'checked', key: 'checklist.item.materialUnknown' });
    const ticked = await ok<ItemRow>(app, 'checklistItems.setMaterials', { id, checked: materials.filter((m) => m.required).map((m) => m.name) });
    expect(ticked.missingMaterials).toEqual([]);
    expect(await ok<ItemRow>(app, 'checklistItems.setStatus', { id, status: 'done' })).toMatchObject({ status: 'done', doneOn: '2026-11-23' });
    expect(await refusal(app, 'checklistItems.setMaterials', { id, checked: [] })).toMatchObject({ key: 'checklist.item.doneNeedsMaterials' });
    expect(await ok<ItemRow>(app, 'checklistItems.setStatus', { id, status: 'in_progress' })).toMatchObject({ status: 'in_progress', doneOn: null });
    expect(await ok<ItemRow>(app, 'checklistItems.setStatus', { id, status: 'not_applicable', reason: '外籍员工改由集团派驻，不在华就业' })).toMatchObject({ status: 'not_applicable', statusReason: '外籍员工改由集团派驻，不在华就业' });
    expect(await refusal(app, 'checklistItems.setStatus', { id, status: 'done' })).toMatchObject({ key: 'checklist.item.transition' });
    expect((await ok<ItemRow>(app, 'checklistItems.setStatus', { id, status: 'not_started' })).status).toBe('not_started');
    expect(await refusal(app, 'checklistItems.setStatus', { id, status: 'in_progress', on: '2026-12-01' })).toMatchObject({ path: 'on', key: 'field.futureDate' });
    const history = app.store.sqlite.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'checklist_item' AND entity_id = ?").get(`${detail.checklist.id}/${id}`) as { n: number };
    expect(history.n).toBe(7);
  });

  it('dates the due day in working days across 2026 国庆 and refuses a due day before the start', async () => {
    const detail = await germanChecklist();
    const permit = item(detail, 'fa.work_permit');
    expect(permit.timeLimitDays).toBe(10);
    // 09-29, 09-30, then 10-01…07 off, 10-08, 10-09, 10-10 (调休 Saturday), 10-12…10-16.
    // Open and past its due day by today (2026-11-23): overdue, started or not.
    expect(await ok<ItemRow>(app, 'checklistItems.update', { id: permit.id, startOn: '2026-09-28', assignee: '李娜' })).toMatchObject({ startOn: '2026-09-28', dueOn: '2026-10-16', assignee: '李娜', overdue: true });
    expect(await refusal(app, 'checklistItems.update', { id: permit.id, dueOn: '2026-09-01' })).toMatchObject({ path: 'dueOn', key: 'checklist.due.beforeStart', params: { start: '2026-09-28' } });
    expect((await ok<ItemRow>(app, 'checklistItems.get', { id: permit.id })).dueOn).toBe('2026-10-16');
    expect(await ok<ItemRow>(app, 'checklistItems.setStatus', { id: permit.id, status: 'in_progress' })).toMatchObject({ startOn: '2026-09-28', dueOn: '2026-10-16', overdue: true });
    expect(await ok<ItemRow>(app, 'checklistItems.update', { id: permit.id, dueOn: '2026-12-31' })).toMatchObject({ dueOn: '2026-12-31', overdue: false });
  });

  it('stores an attachment once per content, reads it back, refuses too large, bad base64 and empty with nothing written, and names a missing file', async () => {
    const detail = await germanChecklist();
    const [a, b] = [item(detail, 'fa.work_permit'), item(detail, 'fa.residence')];
    const root = path.join(app.dir, 'attachments');
    const content = b64('%PDF-1.7 劳动合同（演示）');
    const first = await ok<{ attachmentId: string; item: ItemRow }>(app, 'checklistItems.addAttachment', { itemId: a.id, name: '劳动合同.pdf', mime: 'application/pdf', base64: content });
    await ok(app, 'checklistItems.addAttachment', { itemId: b.id, name: 'contract-copy.pdf', mime: 'application/pdf', base64: content });
    const files = filesUnder(root);
    expect(files).toHaveLength(1);
    const sha = first.item.attachments[0]!.sha256;
    expect(files[0]!.split(path.sep)).toEqual([sha.slice(0, 2), sha]);
    expect(countRows(app, 'checklist_attachments')).toBe(2);
    expect(await ok(app, 'checklistItems.readAttachment', { id: first.attachmentId })).toMatchObject({ name: '劳动合同.pdf', mime: 'application/pdf', base64: content });

    await ok(app, 'checklistSettings.update', { attachmentMaxMb: 1 });
    const big = Buffer.alloc(1024 * 1024 + 1, 7).toString('base64');
    expect(await refusal(app, 'checklistItems.addAttachment', { itemId: a.id, name: 'big.bin', base64: big })).toMatchObject({ path: 'base64', key: 'checklist.attachment.tooLarge', params: { max: '1.0 MB' } });
    expect(await refusal(app, 'checklistItems.addAttachment', { itemId: a.id, name: 'bad.pdf', base64: 'not base64!!' })).toMatchObject({ path: 'base64', key: 'checklist.attachment.badBase64' });
    expect(await refusal(app, 'checklistItems.addAttachment', { itemId: a.id, name: 'empty.pdf', base64: '' })).toMatchObject({ path: 'base64', key: 'checklist.attachment.empty' });
    expect(filesUnder(root)).toHaveLength(1);
    expect(countRows(app, 'checklist_attachments')).toBe(2);

    fs.rmSync(path.join(root, files[0]!));
    const missing = await refusal(app, 'checklistItems.readAttachment', { id: first.attachmentId });
    expect(missing).toMatchObject({ path: 'id', key: 'checklist.attachment.fileMissing', params: { name: '劳动合同.pdf' } });
    const removed = await ok<ItemRow>(app, 'checklistItems.removeAttachment', { id: first.attachmentId });
    expect(removed.attachments).toEqual([]);
  });

  it('counts progress per checklist and per domain, leaving 不适用 out of the percentage', async () => {
    const detail = await ok<ChecklistDetail>(app, 'checklists.create', { enterpriseId: investors.german.enterpriseId, templateIds: [templates.foreign_affairs], hasForeignStaff: true });
    expect(keysOf(detail)).toEqual(['fa.invitation', 'fa.work_permit', 'fa.residence']);
    const [invitation, permit, residence] = detail.items as [ItemRow, ItemRow, ItemRow];
    await ok(app, 'checklistItems.setMaterials', { id: invitation.id, checked: invitation.materials.map((m) => m.name) });
    await ok(app, 'checklistItems.setStatus', { id: invitation.id, status: 'done' });
    await ok(app, 'checklistItems.setStatus', { id: permit.id, status: 'not_applicable' });
    await ok(app, 'checklistItems.setStatus', { id: residence.id, status: 'blocked', reason: '护照在使馆换发' });
    const after = await ok<ChecklistDetail>(app, 'checklists.get', { id: detail.checklist.id });
    expect(after.progress).toEqual({ total: 3, applicable: 2, percentDone: 50, counts: { not_started: 0, in_progress: 0, done: 1, not_applicable: 1, blocked: 1 } });
    expect(after.progressByDomain).toEqual([expect.objectContaining({ domain: 'foreign_affairs', percentDone: 50 })]);

    const page = await ok<{ checklists: { blocked: { itemKey: string; statusReason: string }[]; overdue: unknown[]; progress: { percentDone: number } }[] }>(app, 'checklists.ofEnterprise', { enterpriseId: investors.german.enterpriseId });
    expect(page.checklists).toHaveLength(1);
    expect(page.checklists[0]!.blocked).toEqual([expect.objectContaining({ itemKey: 'fa.residence', statusReason: '护照在使馆换发' })]);
  });

  it('lists open items per domain across the parks, by parks, status, assignee and overdue', async () => {
    const german = await germanChecklist();
    await ok(app, 'checklists.create', { enterpriseId: investors.softwareId, templateIds: allDomains() });
    const customs = await ok<{ total: number; rows: (ItemRow & { enterpriseName: string; parkName: string })[] }>(app, 'checklistItems.open', { domain: 'customs' });
    expect(customs.total).toBe(german.items.filter((i) => i.domain === 'customs').length);
    expect(new Set(customs.rows.map((r) => r.enterpriseName))).toEqual(new Set(['蒂森克虏伯汽车零部件（平湖）有限公司']));
    expect(customs.rows[0]!.parkName).toBe('中日（平湖）产业合作园');

    const consignee = item(german, 'customs.consignee');
    await ok(app, 'checklistItems.update', { id: consignee.id, startOn: '2026-11-02', assignee: '王强' });
    await ok(app, 'checklistItems.setStatus', { id: consignee.id, status: 'in_progress' });
    const overdue = await ok<{ rows: ItemRow[] }>(app, 'checklistItems.open', { overdueOnly: true });
    expect(overdue.rows.map((r) => r.itemKey)).toEqual(['customs.consignee']);
    expect(overdue.rows[0]).toMatchObject({ overdue: true, dueOn: '2026-11-03' });
    expect((await ok<{ rows: ItemRow[] }>(app, 'checklistItems.open', { overdueOnly: true, asOf: '2026-11-03' })).rows).toEqual([]);
    expect((await ok<{ total: number }>(app, 'checklistItems.open', { assignee: '王强' })).total).toBe(1);
    expect((await ok<{ total: number }>(app, 'checklistItems.open', { status: 'in_progress' })).total).toBe(1);
    const otherPark = await ok<{ id: string }>(app, 'parks.create', { name: '中德（嘉兴）产业合作园', kind: 'international_cooperation', level: 'provincial', partnerCountries: ['DE'], divisionCode: '330402' });
    const inGermanPark = (await ok<{ total: number }>(app, 'checklistItems.open', { parkIds: [investors.german.parkId] })).total;
    expect((await ok<{ total: number }>(app, 'checklistItems.open', { parkIds: [otherPark.id] })).total).toBe(0);
    expect(inGermanPark).toBeGreaterThan(customs.total);
    expect((await ok<{ total: number }>(app, 'checklistItems.open', { parkIds: [otherPark.id, investors.german.parkId] })).total).toBe(inGermanPark);
  });

  it('answers "what does a new German manufacturer need?" by domain without saving anything', async () => {
    const before = countRows(app, 'checklists') + countRows(app, 'checklist_items') + countRows(app, 'audit_log');
    const answer = await ok<{ profile: { isManufacturer: boolean }; total: number; domains: { domain: string; items: { key: string; required: boolean }[] }[] }>(app, 'checklistTemplates.applicable', {
      countryCode: 'DE', industryCode: '342', projectType: 'new', hasForeignStaff: true, imports: true, exports: true,
    });
    expect(answer.profile.isManufacturer).toBe(true);
    expect(answer.domains.map((d) => d.domain)).toEqual(['customs', 'ip', 'foreign_affairs', 'inspection', 'tax', 'talent']);
    const keys = answer.domains.flatMap((d) => d.items.map((i) => i.key));
    expect(keys).toEqual(expect.arrayContaining(['customs.duty_exemption', 'insp.export_food', 'tax.export_rebate', 'fa.work_permit']));
    expect(keys).not.toContain('tax.reinvestment');
    expect(keys).not.toContain('fa.apec_card');
    expect(countRows(app, 'checklists') + countRows(app, 'checklist_items') + countRows(app, 'audit_log')).toBe(before);
    expect(await refusal(app, 'checklistTemplates.applicable', { countryCode: 'XX', industryCode: '342' })).toMatchObject({ path: 'countryCode', key: 'field.unknownCountry' });
  });

  it('exports a bilingual .xlsx the investor can read: title block, both languages, bold frozen header, A4 landscape, formulas neutralised', async () => {
    const detail = await germanChecklist();
    const permit = item(detail, 'fa.work_permit');
    await ok(app, 'checklistItems.update', { id: permit.id, notes: '=HYPERLINK("http://example.invalid","点我")' });
    await ok(app, 'checklistItems.update', { id: item(detail, 'fa.residence').id, notes: '＝1+1' });
    const exported = await ok<{ fileName: string; base64: string; mime: string }>(app, 'checklists.export', { id: detail.checklist.id, language: 'both' });
    expect(exported.fileName).toBe('蒂森克虏伯汽车零部件（平湖）有限公司-服务事项清单-service-checklist-2026-11-23.xlsx');
    const file = path.join(app.dir, exported.fileName);
    fs.writeFileSync(file, Buffer.from(exported.base64, 'base64'));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('服务清单 Checklist')!;
    expect(sheet).toBeDefined();
    expect(String(sheet.getCell('A1').value)).toContain('蒂森克虏伯汽车零部件（平湖）有限公司');
    expect(String(sheet.getCell('A1').value)).toContain('Service checklist for thyssenkrupp');
    expect(String(sheet.getCell('A2').value)).toContain('2026-11-23');
    const headers = (sheet.getRow(3).values as unknown[]).slice(1).map(String);
    expect(headers).toEqual(expect.arrayContaining(['事项', 'Procedure', '办理机构', 'Agency', '所需材料', 'Materials', '状态', 'Status', '备注 Notes']));
    expect(sheet.getRow(3).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.getColumn(headers.indexOf('事项') + 1).width).toBeGreaterThan(30);

    const notesColumn = headers.indexOf('备注 Notes') + 1;
    const titleEnColumn = headers.indexOf('Procedure') + 1;
    const rows = Array.from({ length: detail.items.length }, (_, i) => sheet.getRow(4 + i));
    const permitRow = rows.find((r) => String(r.getCell(titleEnColumn).value).startsWith('Work permit'))!;
    expect(permitRow.getCell(notesColumn).value).toBe('\'=HYPERLINK("http://example.invalid","点我")');
    expect(permitRow.getCell(notesColumn).type).toBe(ExcelJS.ValueType.String);
    const residenceRow = rows.find((r) => String(r.getCell(titleEnColumn).value) === 'Residence permit for work')!;
    expect(residenceRow.getCell(notesColumn).value).toBe("'＝1+1");

    const english = await ok<{ fileName: string; base64: string }>(app, 'checklists.export', { id: detail.checklist.id, language: 'en' });
    const en = new ExcelJS.Workbook();
    await en.xlsx.load(Buffer.from(english.base64, 'base64') as unknown as ArrayBuffer);
    const enHeaders = (en.getWorksheet('Checklist')!.getRow(3).values as unknown[]).map(String);
    expect(enHeaders).toContain('Procedure');
    expect(enHeaders).not.toContain('事项');
  });

  it('starts an approval application from an item in the same transaction and shows its status and light', async () => {
    const detail = await germanChecklist();
    const workflowTemplateId = await createTestTemplate(app);
    const aeo = item(detail, 'customs.aeo');
    const linked = await ok<ItemRow>(app, 'checklistItems.startApplication', { itemId: aeo.id, templateId: workflowTemplateId, subject: 'AEO 高级认证 — 蒂森克虏伯' });
    expect(linked.application).toMatchObject({ status: 'submitted', serial: '2026-0001' });
    expect(linked).toMatchObject({ status: 'in_progress', startOn: '2026-11-23' });
    const apps = await ok<{ rows: { id: string; enterpriseId: string; projectId: string | null }[] }>(app, 'applications.list', {});
    expect(apps.rows).toEqual([expect.objectContaining({ id: linked.application!.id, enterpriseId: investors.german.enterpriseId, projectId: investors.german.projectId })]);
    expect(await refusal(app, 'checklistItems.startApplication', { itemId: aeo.id, templateId: workflowTemplateId, subject: '再来一次' })).toMatchObject({ path: 'itemId', key: 'checklist.item.hasApplication', params: { serial: '2026-0001' } });

    await ok(app, 'applications.accept', { id: linked.application!.id, materialsReceived: ALL_MATERIALS });
    const after = await ok<ItemRow>(app, 'checklistItems.get', { id: aeo.id });
    expect(after.application).toMatchObject({ status: 'in_review', light: 'green' });

    // A refused filing (a future date) leaves neither an application nor a changed item.
    const other = item(detail, 'customs.consignee');
    expect(await refusal(app, 'checklistItems.startApplication', { itemId: other.id, templateId: workflowTemplateId, subject: '备案', submittedOn: '2026-12-01' })).toMatchObject({ path: 'submittedOn', key: 'field.futureDate' });
    expect(countRows(app, 'workflow_applications')).toBe(1);
    expect(await ok<ItemRow>(app, 'checklistItems.get', { id: other.id })).toMatchObject({ status: 'not_started', application: null });
  });
});
