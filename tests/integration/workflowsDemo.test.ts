import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/investmentFixtures';
import type { TestApp } from '../helpers/tempStore';
import { countRows, openWorkflowApp, type Detail } from './workflowsTestApp';

interface Row extends Detail {
  subject: string;
  enterpriseName: string;
  supplyOverdue: boolean;
}

describe('demo approval workflows', () => {
  let app: TestApp;
  let rows: Row[];
  const find = (subject: string) => rows.find((r) => r.subject.startsWith(subject))!;

  beforeAll(async () => {
    app = openWorkflowApp();
    await ok(app, 'system.initialize', { withDemoData: true });
    rows = (await ok<{ rows: Row[] }>(app, 'applications.list', { limit: 1000 })).rows;
  });
  afterAll(() => app.close());

  it('ships the five reference procedures', async () => {
    expect((await ok<unknown[]>(app, 'workflowTemplates.list', {})).length).toBe(5);
  });

  it('has applications in every state, for the demo investors', () => {
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['submitted', 'in_review', 'correction', 'suspended', 'approved', 'completed', 'rejected', 'withdrawn']));
    expect(rows).toHaveLength(14);
  });

  it('shows every light: red, yellow, green, on time and late', () => {
    expect(new Set(rows.map((r) => r.light))).toEqual(new Set(['red', 'yellow', 'green', 'on_time', 'late', null]));
    expect(rows.find((r) => r.enterpriseName.startsWith('喜力'))).toMatchObject({ status: 'in_review', light: 'red' });
    expect(find('转向系统扩产项目新增用地预审')).toMatchObject({ light: 'red', currentStep: { stepNo: 2, pendingDepartments: ['农业农村局'] } });
    expect(find('燃油系统增资项目备案')).toMatchObject({ status: 'in_review', light: 'yellow' });
    expect(find('活塞环及密封件新建项目用地预审')).toMatchObject({ status: 'completed', light: 'late' });
    expect(find('转向系统增资扩产项目备案')).toMatchObject({ status: 'completed', light: 'on_time' });
  });

  it('keeps a 补正 that began before 国庆 paused, and one that spanned it completed on time', async () => {
    const paused = find('锂电池及系统总成二期用地预审');
    expect(paused).toMatchObject({ status: 'correction', paused: true, supplyOverdue: true, materialsOutstanding: ['项目备案或核准文件'] });
    expect(paused.overall.statutory).toMatchObject({ elapsed: 5, paused: true });
    const spanned = await ok<Detail>(app, 'applications.get', { id: find('日本电产新能源驱动电机公司设立').id });
    expect(spanned).toMatchObject({ status: 'completed', light: 'on_time' });
    // Returned 09-22, resubmitted 10-12: 09-23, 24, 28, 29, 30, 10-08, 09, 10 (make-up) and 12 did not count.
    expect(spanned.overall.statutory).toMatchObject({ elapsed: 2, pausedDays: 9 });
    expect(spanned.events.map((e) => e.kind)).toEqual(['submit', 'accept', 'return_for_correction', 'resubmit', 'approve_step', 'approve_step', 'complete']);
  });

  it('has a suspended one, an approved one still owed a 容缺 material, and a queue per department', async () => {
    expect(find('美籍首席科学家')).toMatchObject({ status: 'suspended', paused: true });
    expect(find('日籍电机研发部长')).toMatchObject({ status: 'approved', materialsOutstanding: ['体检证明'] });
    const queue = await ok<Row[]>(app, 'applications.queue', { department: '自然资源和规划局' });
    expect(queue.map((r) => r.subject)).toEqual(['锂电池及系统总成二期用地预审（180 亩）']);
    expect((await ok<Row[]>(app, 'applications.queue', { department: '农业农村局' }))[0]).toMatchObject({ light: 'red' });
    const overdue = await ok<{ rows: { enterpriseName: string }[] }>(app, 'workflowReports.overdue', {});
    expect(new Set(overdue.rows.map((r) => r.enterpriseName))).toEqual(new Set(['喜力啤酒（嘉善）有限公司', '蒂森克虏伯汽车零部件（平湖）有限公司']));
  });

  it('adds nothing when seeded a second time', async () => {
    const before = [countRows(app, 'workflow_applications'), countRows(app, 'workflow_events'), countRows(app, 'workflow_templates')];
    await ok(app, 'system.initialize', { withDemoData: true });
    expect([countRows(app, 'workflow_applications'), countRows(app, 'workflow_events'), countRows(app, 'workflow_templates')]).toEqual(before);
  });
});
