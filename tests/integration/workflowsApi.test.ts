import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, signedProject } from '../helpers/investmentFixtures';
import type { TestApp } from '../helpers/tempStore';
import { ALL_MATERIALS, countRows, createTestTemplate, openWorkflowApp, refusal, TEST_TEMPLATE, type Detail } from './workflowsTestApp';

type Step = (typeof TEST_TEMPLATE.steps)[number];
const withStep = (i: number, patch: Partial<Step>) => ({ ...TEST_TEMPLATE, steps: TEST_TEMPLATE.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) });

describe('workflow templates', () => {
  let app: TestApp;
  beforeEach(() => {
    app = openWorkflowApp();
  });
  afterEach(() => app.close());

  it('refuses zero steps, a negative limit, promised above statutory, a repeated material or department — and writes nothing', async () => {
    expect(await refusal(app, 'workflowTemplates.create', { ...TEST_TEMPLATE, steps: [] })).toMatchObject({ path: 'steps', key: 'workflow.template.noSteps' });
    expect(await refusal(app, 'workflowTemplates.create', withStep(1, { statutoryDays: -1 }))).toMatchObject({ path: 'steps.1.statutoryDays', key: 'workflow.limit.negative' });
    expect(await refusal(app, 'workflowTemplates.create', withStep(0, { statutoryDays: 2.5 }))).toMatchObject({ key: 'workflow.limit.wholeDays' });
    expect(await refusal(app, 'workflowTemplates.create', withStep(0, { statutoryDays: 3, promisedDays: 4 }))).toMatchObject({ path: 'steps.0.promisedDays', key: 'workflow.limit.promisedOverStatutory', params: { statutory: 3 } });
    expect(await refusal(app, 'workflowTemplates.create', withStep(1, { materials: [{ name: '营业执照', mandatory: true }] }))).toMatchObject({ path: 'steps.1.materials.0.name', key: 'workflow.material.duplicate', params: { name: '营业执照' } });
    expect(await refusal(app, 'workflowTemplates.create', withStep(1, { departments: ['商务局', '商务局'] }))).toMatchObject({ path: 'steps.1.departments.1', key: 'workflow.step.duplicateDepartment' });
    expect(await refusal(app, 'workflowTemplates.create', withStep(0, { departments: [] }))).toMatchObject({ key: 'workflow.step.noDepartment' });
    expect(countRows(app, 'workflow_templates')).toBe(0);
  });

  it('makes a new version on edit; an application filed on the old one keeps its steps, new ones file on the new', async () => {
    const { enterpriseId } = await signedProject(app);
    const v1 = await createTestTemplate(app);
    const filed = await ok<Detail>(app, 'applications.create', { templateId: v1, enterpriseId, subject: '旧版本上的申请', submittedOn: '2026-11-02' });
    const v2 = await ok<{ id: string; version: number; familyId: string; limits: { statutoryDays: number } }>(app, 'workflowTemplates.update', { ...withStep(0, { statutoryDays: 8 }), id: v1 });
    expect(v2).toMatchObject({ version: 2, familyId: v1, limits: { statutoryDays: 16 } });

    const old = await ok<Detail>(app, 'applications.get', { id: filed.id });
    expect(old.templateVersion).toBe(1);
    expect(old.steps[0]!.statutoryDays).toBe(5);
    expect(await refusal(app, 'applications.create', { templateId: v1, enterpriseId, subject: '又一件', submittedOn: '2026-11-02' })).toMatchObject({ path: 'templateId', key: 'workflow.template.superseded', params: { version: 2 } });
    expect(await refusal(app, 'workflowTemplates.update', { ...TEST_TEMPLATE, id: v1 })).toMatchObject({ key: 'workflow.template.superseded' });

    const page = await ok<{ currentId: string; versions: { version: number; supersededAt: string | null }[] }>(app, 'workflowTemplates.get', { id: v1 });
    expect(page.currentId).toBe(v2.id);
    expect(page.versions.map((v) => [v.version, v.supersededAt !== null])).toEqual([[1, true], [2, false]]);
    expect((await ok<unknown[]>(app, 'workflowTemplates.list', {})).length).toBe(1);
    expect((await ok<unknown[]>(app, 'workflowTemplates.list', { includeSuperseded: true })).length).toBe(2);
    const byFamily = await ok<{ total: number }>(app, 'applications.list', { templateId: v2.id });
    expect(byFamily.total).toBe(1);
  });

  it('installs the five reference procedures once, with departments for the queue picker', async () => {
    expect(await ok(app, 'workflowTemplates.installReference', {})).toEqual({ added: 5 });
    expect(await ok(app, 'workflowTemplates.installReference', {})).toEqual({ added: 0 });
    const list = await ok<{ name: string; category: string; limits: { statutoryDays: number; promisedDays: number } }[]>(app, 'workflowTemplates.list', {});
    expect(list.map((t) => t.name).sort()).toEqual(['企业投资项目备案', '外商投资企业设立备案', '外国高端人才工作许可（最长 5 年）', '建设项目用地预审', '海关进出口货物收发货人备案'].sort());
    for (const t of list) expect(t.limits.promisedDays).toBeLessThanOrEqual(t.limits.statutoryDays);
    expect(await ok(app, 'workflowTemplates.departments', {})).toEqual(expect.arrayContaining(['商务局', '属地海关', '自然资源和规划局', '农业农村局']));
  });
});

describe('applications', () => {
  let app: TestApp;
  let templateId: string;
  let enterpriseId: string;
  let projectId: string;
  beforeEach(async () => {
    app = openWorkflowApp();
    templateId = await createTestTemplate(app);
    ({ enterpriseId, projectId } = await signedProject(app));
  });
  afterEach(() => app.close());

  const intake = (extra: Record<string, unknown> = {}) => ok<Detail>(app, 'applications.create', { templateId, enterpriseId, projectId, subject: '蒂森克虏伯增资项目联合审批', contactName: '王经理', submittedOn: '2026-11-02', ...extra });

  it('numbers intakes by year and checks the enterprise and that the project is its own', async () => {
    expect((await intake()).serial).toBe('2026-0001');
    expect((await intake({ subject: '第二件' })).serial).toBe('2026-0002');
    expect(await refusal(app, 'applications.create', { templateId, enterpriseId: crypto.randomUUID(), subject: 'x' })).toMatchObject({ path: 'enterpriseId', key: 'workflow.enterprise.unknown' });
    const other = await ok<{ id: string }>(app, 'enterprises.create', { name: '喜力啤酒（嘉善）有限公司', countryCode: 'NL', industryCode: '151' });
    expect(await refusal(app, 'applications.create', { templateId, enterpriseId: other.id, projectId, subject: 'x' })).toMatchObject({ path: 'projectId', key: 'workflow.project.otherEnterprise' });
    expect(await refusal(app, 'applications.create', { templateId, enterpriseId, subject: 'x', submittedOn: '2026-11-24' })).toMatchObject({ path: 'submittedOn', key: 'field.futureDate' });
  });

  it('refuses acceptance with a mandatory material missing unless 容缺, and only where the steps allow it', async () => {
    const { id } = await intake();
    expect(await refusal(app, 'applications.accept', { id, materialsReceived: ['申请表', '可行性研究报告'] })).toMatchObject({ path: 'materialsReceived', key: 'workflow.material.missing', params: { names: '营业执照' } });
    expect(await refusal(app, 'applications.accept', { id, materialsReceived: [...ALL_MATERIALS, '房产证'] })).toMatchObject({ key: 'workflow.material.unknown', params: { names: '房产证' } });
    expect(await refusal(app, 'applications.acceptWithMissing', { id, materialsReceived: ['申请表', '营业执照'], supplyBy: '2026-12-01' })).toMatchObject({ key: 'workflow.material.notMissable', params: { names: '可行性研究报告' } });
    expect(await refusal(app, 'applications.acceptWithMissing', { id, materialsReceived: ['申请表', '可行性研究报告'], supplyBy: '2026-11-03', on: '2026-11-03' })).toMatchObject({ path: 'supplyBy', key: 'workflow.missing.supplyBy' });
    expect((await ok<Detail>(app, 'applications.get', { id })).status).toBe('submitted');

    const accepted = await ok<Detail & { supplyBy: string }>(app, 'applications.acceptWithMissing', { id, materialsReceived: ['申请表', '可行性研究报告'], supplyBy: '2026-12-01', on: '2026-11-03' });
    expect(accepted).toMatchObject({ status: 'in_review', materialsOutstanding: ['营业执照'], supplyBy: '2026-12-01', currentStep: { stepNo: 1 } });
    expect(await refusal(app, 'applications.supplyMissing', { id, materials: ['申请表'] })).toMatchObject({ key: 'workflow.missing.notOutstanding', params: { names: '申请表' } });

    const customs = await ok<{ id: string }>(app, 'workflowTemplates.create', { name: '海关备案（测试）', category: 'customs', steps: [{ name: '备案审核', departments: ['属地海关'], statutoryDays: 3, promisedDays: 1, materials: [{ name: '报关单位备案信息表' }] }] });
    const other = await ok<Detail>(app, 'applications.create', { templateId: customs.id, enterpriseId, subject: '海关备案', submittedOn: '2026-11-02' });
    expect(await refusal(app, 'applications.acceptWithMissing', { id: other.id, materialsReceived: [], supplyBy: '2026-12-01' })).toMatchObject({ path: 'status', key: 'workflow.missing.notAllowed' });
  });

  it('runs the steps in order with 会签, then completes once the 容缺 material is supplied — every action on the timeline', async () => {
    const { id } = await intake();
    await ok(app, 'applications.acceptWithMissing', { id, materialsReceived: ['申请表', '可行性研究报告'], supplyBy: '2026-12-01', on: '2026-11-03' });
    expect(await refusal(app, 'applications.approveStep', { id, stepNo: 2, department: '商务局' })).toMatchObject({ path: 'stepNo', key: 'workflow.step.notCurrent', params: { current: 1 } });
    expect(await refusal(app, 'applications.approveStep', { id, stepNo: 1, department: '市场监管局' })).toMatchObject({ path: 'department', key: 'workflow.step.departmentNotInStep', params: { department: '市场监管局' } });
    await ok(app, 'applications.approveStep', { id, stepNo: 1, department: '商务局', on: '2026-11-05', comment: '材料齐全' });

    const cosign = await ok<Detail>(app, 'applications.approveStep', { id, stepNo: 2, department: '市场监管局', on: '2026-11-06' });
    expect(cosign.currentStep).toMatchObject({ stepNo: 2, pendingDepartments: ['商务局'] });
    expect(await refusal(app, 'applications.approveStep', { id, stepNo: 2, department: '市场监管局' })).toMatchObject({ key: 'workflow.step.alreadyApproved' });
    expect((await ok<Detail[]>(app, 'applications.queue', { department: '市场监管局' })).length).toBe(0);
    expect((await ok<Detail[]>(app, 'applications.queue', { department: '商务局' })).map((r) => r.id)).toEqual([id]);

    const third = await ok<Detail>(app, 'applications.approveStep', { id, stepNo: 2, department: '商务局', on: '2026-11-09' });
    expect(third.steps.map((s) => [s.state, s.startedOn, s.completedOn])).toEqual([
      ['done', '2026-11-03', '2026-11-05'],
      ['done', '2026-11-05', '2026-11-09'],
      ['current', '2026-11-09', null],
    ]);
    const approved = await ok<Detail>(app, 'applications.approveStep', { id, stepNo: 3, department: '商务局', on: '2026-11-10' });
    expect(approved).toMatchObject({ status: 'approved', currentStep: null, light: 'on_time' });
    expect(await refusal(app, 'applications.complete', { id })).toMatchObject({ key: 'workflow.missing.outstanding', params: { names: '营业执照' } });
    await ok(app, 'applications.supplyMissing', { id, materials: ['营业执照'], on: '2026-11-12' });
    const done = await ok<Detail>(app, 'applications.complete', { id, on: '2026-11-13' });
    expect(done).toMatchObject({ status: 'completed', materialsOutstanding: [] });
    expect(done.steps.map((s) => s.light)).toEqual(['on_time', 'on_time', 'on_time']);
    expect(done.events.map((e) => e.kind)).toEqual(['submit', 'accept_with_missing', 'approve_step', 'approve_step', 'approve_step', 'approve_step', 'supply_missing', 'complete']);
    expect(done.events[2]).toMatchObject({ actor: '测试员', comment: '材料齐全', on: '2026-11-05', payload: { stepNo: 1, department: '商务局', stepCompleted: true, pledge: true } });
    expect(done.events[3]).toMatchObject({ payload: { stepNo: 2, department: '市场监管局', stepCompleted: false } });

    expect(await refusal(app, 'applications.withdraw', { id })).toMatchObject({ path: 'status', key: 'workflow.state.completed' });
    const audits = app.store.sqlite.prepare(`SELECT COUNT(*) AS n FROM audit_log WHERE entity = 'workflow_application' AND entity_id = ?`).get(id) as { n: number };
    expect(audits.n).toBe(8);
  });

  it('stops both clocks during 补正 over the 2026 国庆 holiday and moves the due dates by the working days lost', async () => {
    const long = await ok<{ id: string }>(app, 'workflowTemplates.create', { name: '用地预审（测试）', category: 'land', steps: [{ name: '审查', departments: ['自然资源和规划局'], statutoryDays: 10, promisedDays: 5 }] });
    const { id } = await ok<Detail>(app, 'applications.create', { templateId: long.id, enterpriseId, subject: '补正跨国庆', submittedOn: '2026-09-18' });
    const accepted = await ok<Detail>(app, 'applications.accept', { id, on: '2026-09-21' });
    expect(accepted.overall.statutory.dueOn).toBe('2026-10-12');
    await ok(app, 'applications.returnForCorrection', { id, reason: '补正：拟用地范围图坐标有误', on: '2026-09-24' });

    const during = await ok<Detail & { pause: { kind: string; from: string } }>(app, 'applications.get', { id, asOf: '2026-10-09' });
    expect(during).toMatchObject({ status: 'correction', paused: true, pause: { kind: 'correction', from: '2026-09-24' } });
    // If work resumed on Friday 10-09: Sat 10-10 (make-up), Mon 12 … Mon 19 are the remaining seven.
    expect(during.overall.statutory).toMatchObject({ elapsed: 3, remaining: 7, paused: true, dueOn: '2026-10-19' });

    await ok(app, 'applications.resubmit', { id, on: '2026-10-12' });
    const after = await ok<Detail>(app, 'applications.get', { id, asOf: '2026-10-12' });
    expect(after.overall.statutory).toMatchObject({ elapsed: 3, pausedDays: 7, dueOn: '2026-10-21', light: 'green' });
    expect(after.overall.promised).toMatchObject({ dueOn: '2026-10-14' });
    expect(after.currentStep!.clocks.statutory.dueOn).toBe('2026-10-21');
    const today = await ok<Detail>(app, 'applications.get', { id });
    expect(today.overall.statutory).toMatchObject({ overdue: 23, light: 'red' });
  });

  it('stops the clock while suspended, and refuses actions dated before the previous one or in the future', async () => {
    const { id } = await intake();
    await ok(app, 'applications.accept', { id, materialsReceived: ALL_MATERIALS, on: '2026-11-16' });
    await ok(app, 'applications.suspend', { id, reason: '等待专家评审意见', on: '2026-11-17' });
    expect(await refusal(app, 'applications.resume', { id, on: '2026-11-16' })).toMatchObject({ path: 'on', key: 'workflow.date.beforePrevious', params: { date: '2026-11-17' } });
    expect(await refusal(app, 'applications.resume', { id, on: '2026-11-24' })).toMatchObject({ path: 'on', key: 'field.futureDate' });
    const paused = await ok<Detail>(app, 'applications.get', { id });
    expect(paused.currentStep!.clocks.promised).toMatchObject({ elapsed: 1, remaining: 2, pausedDays: 4, paused: true, dueOn: '2026-11-25' });
    const resumed = await ok<Detail>(app, 'applications.resume', { id });
    expect(resumed).toMatchObject({ status: 'in_review', paused: false });
    expect(resumed.currentStep!.clocks.promised).toMatchObject({ elapsed: 1, pausedDays: 4, dueOn: '2026-11-25', light: 'green' });
  });

  it('reads the overall limit as the sum of the steps and records a late step', async () => {
    const { id } = await intake();
    await ok(app, 'applications.accept', { id, materialsReceived: ALL_MATERIALS, on: '2026-11-02' });
    const late = await ok<Detail>(app, 'applications.approveStep', { id, stepNo: 1, department: '商务局', on: '2026-11-06' });
    expect(late.overall.statutory.limit).toBe(13);
    expect(late.overall.promised.limit).toBe(6);
    expect(late.steps[0]).toMatchObject({ light: 'late', clocks: { statutory: { light: 'on_time', elapsed: 4 }, promised: { light: 'late', overdue: 1 } } });
  });
});

describe('queries, reports, calendar and settings', () => {
  let app: TestApp;
  let templateId: string;
  let enterpriseId: string;
  beforeEach(async () => {
    app = openWorkflowApp();
    templateId = await createTestTemplate(app);
    ({ enterpriseId } = await signedProject(app));
  });
  afterEach(() => app.close());

  async function accepted(subject: string, on: string): Promise<string> {
    const { id } = await ok<Detail>(app, 'applications.create', { templateId, enterpriseId, subject, submittedOn: on });
    await ok(app, 'applications.accept', { id, materialsReceived: ALL_MATERIALS, on });
    return id;
  }

  it('filters by status, light, department of the current step and enterprise; sorts by urgency', async () => {
    const red = await accepted('超期', '2026-11-02'); // step 1: 3 promised days ended 11-05
    const yellow = await accepted('临期', '2026-11-19'); // Thu: Fri 20, Mon 23 → 1 promised day left
    const green = await accepted('正常', '2026-11-23');
    await ok(app, 'applications.create', { templateId, enterpriseId, subject: '待受理', submittedOn: '2026-11-23' });
    const ids = async (input: Record<string, unknown>) => (await ok<{ rows: { id: string }[] }>(app, 'applications.list', input)).rows.map((r) => r.id);

    expect(await ids({ light: 'red' })).toEqual([red]);
    expect(await ids({ light: 'yellow' })).toEqual([yellow]);
    expect(await ids({ light: 'green' })).toEqual([green]);
    expect(await ids({ status: 'in_review', sortBy: 'light' })).toEqual([red, yellow, green]);
    expect((await ids({ status: 'submitted' })).length).toBe(1);
    expect((await ids({ department: '商务局' })).length).toBe(3);
    expect(await ids({ department: '市场监管局' })).toEqual([]);
    expect((await ids({ enterpriseId })).length).toBe(4);
    expect(await ids({ search: '临期' })).toEqual([yellow]);
    expect(await ids({ light: 'red', asOf: '2026-11-04' })).toEqual([]);

    await ok(app, 'workflowSettings.update', { warnDays: 3 });
    expect(await ok(app, 'workflowSettings.get', {})).toEqual({ warnDays: 3 });
    expect(await ids({ light: 'yellow', sortBy: 'serial', sortDir: 'asc' })).toEqual([yellow, green]);
    expect(await refusal(app, 'workflowSettings.update', { warnDays: -1 })).toMatchObject({ key: 'field.negative' });
  });

  it('lists overdue rows with enterprise, template, step, department, both due dates and working days overdue', async () => {
    const id = await accepted('超期件', '2026-11-02');
    await ok(app, 'applications.approveStep', { id, stepNo: 1, department: '商务局', on: '2026-11-03' });
    await accepted('正常件', '2026-11-23');
    const report = await ok<{ asOf: string; rows: Record<string, unknown>[] }>(app, 'workflowReports.overdue', {});
    expect(report.asOf).toBe('2026-11-23');
    // Step 2 started Tue 11-03: statutory 5 → due 11-10, promised 2 → due 11-05; on 11-23 14 working days have passed.
    expect(report.rows).toEqual([
      expect.objectContaining({ enterpriseName: '蒂森克虏伯汽车零部件（平湖）有限公司', templateName: TEST_TEMPLATE.name, stepNo: 2, stepName: '联合会签', department: '商务局', stepStatutoryDueOn: '2026-11-10', stepPromisedDueOn: '2026-11-05', stepStatutoryOverdueDays: 9, stepPromisedOverdueDays: 12, overallStatutoryDueOn: '2026-11-19', overallStatutoryOverdueDays: 2 }),
      expect.objectContaining({ department: '市场监管局', stepStatutoryOverdueDays: 9 }),
    ]);
    expect((await ok<{ rows: unknown[] }>(app, 'workflowReports.overdue', { department: '市场监管局' })).rows).toHaveLength(1);
    expect((await ok<{ rows: unknown[] }>(app, 'workflowReports.overdue', { asOf: '2026-11-05' })).rows).toHaveLength(0);
  });

  it('gives each department its on-time rate for a period, by statutory and by promised limit', async () => {
    const fast = await accepted('快', '2026-11-02');
    await ok(app, 'applications.approveStep', { id: fast, stepNo: 1, department: '商务局', on: '2026-11-03' });
    await ok(app, 'applications.approveStep', { id: fast, stepNo: 2, department: '市场监管局', on: '2026-11-04' });
    const slow = await accepted('慢', '2026-11-02');
    await ok(app, 'applications.approveStep', { id: slow, stepNo: 1, department: '商务局', on: '2026-11-06' }); // 4 days: statutory ok, promised late
    await ok(app, 'applications.approveStep', { id: slow, stepNo: 2, department: '市场监管局', on: '2026-11-16' }); // 6 days: both late
    const { rows } = await ok<{ rows: Record<string, unknown>[] }>(app, 'workflowReports.onTimeRate', { from: '2026-11-01', to: '2026-11-30' });
    expect(rows).toEqual([
      { department: '商务局', completed: 2, onTimeStatutory: 2, lateStatutory: 0, onTimePromised: 1, latePromised: 1, rateStatutory: 1, ratePromised: 0.5 },
      { department: '市场监管局', completed: 2, onTimeStatutory: 1, lateStatutory: 1, onTimePromised: 1, latePromised: 1, rateStatutory: 0.5, ratePromised: 0.5 },
    ]);
    expect((await ok<{ rows: unknown[] }>(app, 'workflowReports.onTimeRate', { from: '2026-11-05', to: '2026-11-10', department: '商务局' })).rows).toHaveLength(1);
    expect(await refusal(app, 'workflowReports.onTimeRate', { from: '2026-11-30', to: '2026-11-01' })).toMatchObject({ path: 'to', key: 'workflow.period.order' });
  });

  it('warns beyond the package into 2027 until the notice is entered by hand, and counts the override', async () => {
    const info = await ok<{ packageYears: { from: number; to: number }; coveredThrough: number; todayCovered: boolean }>(app, 'calendar.info', {});
    expect(info).toMatchObject({ packageYears: { from: 2004, to: 2026 }, coveredThrough: 2026, todayCovered: true });

    const crossing = await ok<{ id: string }>(app, 'workflowTemplates.create', { name: '跨年（测试）', category: 'other', steps: [{ name: '审查', departments: ['商务局'], statutoryDays: 30, promisedDays: 30 }] });
    const late = await ok<Detail>(app, 'applications.create', { templateId: crossing.id, enterpriseId, subject: '跨年', submittedOn: '2026-11-23' });
    const before = await ok<Detail>(app, 'applications.accept', { id: late.id, on: '2026-11-23' });
    // 30 working days after Monday 11-23: 28 left in 2026, then Friday 2027-01-01 (no notice yet) and Monday 01-04.
    expect(before.overall.statutory.dueOn).toBe('2027-01-04');
    expect(before.beyondCoverage).toBe(true);

    await ok(app, 'calendar.setOverride', { date: '2027-01-01', kind: 'holiday', note: '2027 元旦（国务院办公厅通知，手工录入）' });
    const after = await ok<Detail>(app, 'applications.get', { id: late.id });
    expect(after.overall.statutory.dueOn).toBe('2027-01-05');
    expect(after.beyondCoverage).toBe(false);
    expect(await ok(app, 'calendar.info', {})).toMatchObject({ overrideYears: [2027], coveredThrough: 2027 });
    const january = await ok<{ covered: boolean; days: { date: string; working: boolean; kind: string; source: string }[] }>(app, 'calendar.month', { month: '2027-01' });
    expect(january.covered).toBe(true);
    expect(january.days[0]).toMatchObject({ date: '2027-01-01', working: false, kind: 'holiday', source: 'override' });
    expect(january.days).toHaveLength(31);

    await ok(app, 'calendar.removeOverride', { date: '2027-01-01' });
    expect((await ok<Detail>(app, 'applications.get', { id: late.id })).overall.statutory.dueOn).toBe('2027-01-04');
    expect(await app.call('calendar.removeOverride', { date: '2027-01-01' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('shows a month of the package calendar with 国庆 and its make-up Saturday', async () => {
    const october = await ok<{ covered: boolean; days: { date: string; working: boolean; kind: string; holiday: { zh: string } | null }[] }>(app, 'calendar.month', { month: '2026-10' });
    expect(october.covered).toBe(true);
    expect(october.days.find((d) => d.date === '2026-10-01')).toMatchObject({ working: false, kind: 'holiday', holiday: { zh: '国庆节' } });
    expect(october.days.find((d) => d.date === '2026-10-10')).toMatchObject({ working: true, kind: 'makeup_workday' });
    expect(await ok(app, 'calendar.overrides', { year: 2026 })).toEqual([]);
  });
});
