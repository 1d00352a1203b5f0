import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/investmentFixtures';
import type { TestApp } from '../helpers/tempStore';
import type { ChecklistDetail } from './checklistsTestApp';
import { countRows, openWorkflowApp } from './workflowsTestApp';

describe('demo service checklists', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = openWorkflowApp();
    await ok(app, 'system.initialize', { withDemoData: true });
  });
  afterAll(() => app.close());

  it('installs the six templates and three checklists, once', async () => {
    expect(countRows(app, 'checklist_templates')).toBe(6);
    expect(countRows(app, 'checklists')).toBe(3);
    const items = countRows(app, 'checklist_items');
    await ok(app, 'system.initialize', { withDemoData: true });
    expect([countRows(app, 'checklist_templates'), countRows(app, 'checklists'), countRows(app, 'checklist_items')]).toEqual([6, 3, items]);
  });

  it('shows the German investor with done, blocked and overdue items', async () => {
    const { rows } = await ok<{ rows: { id: string; name: string }[] }>(app, 'enterprises.list', { search: '蒂森克虏伯' });
    const page = await ok<{ checklists: (ChecklistDetail['checklist'] & { blocked: unknown[]; overdue: { itemKey: string }[]; progress: { counts: Record<string, number> } })[] }>(app, 'checklists.ofEnterprise', { enterpriseId: rows[0]!.id });
    const [checklist] = page.checklists;
    expect(checklist!.blocked).toHaveLength(1);
    expect(checklist!.overdue.map((i) => i.itemKey)).toContain('insp.import_goods');
    expect(checklist!.progress.counts).toMatchObject({ done: 2, not_applicable: 1, blocked: 1 });
    const open = await ok<{ total: number }>(app, 'checklistItems.open', { overdueOnly: true });
    expect(open.total).toBeGreaterThanOrEqual(1);
  });
});
