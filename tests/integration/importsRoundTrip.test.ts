import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, PINGHU_PARK } from '../helpers/investmentFixtures';
import { openTestApp, type TestApp } from '../helpers/tempStore';

/**
 * The app's own export read back in: a T2 ledger exported and re-imported unchanged must change nothing, and the
 * texts it carries (names, 投资方, 责任人, 需协调事项) must come back exactly — full-width brackets and letters too.
 */

type DryRun = { batchId: string; parkId: string; problems: unknown[]; preview: { creates: number; updates: number; unchanged: number } };

/** Full-width brackets, letters, digits and an inner ideographic space: what NFKC folding would have changed. */
const FULL_WIDTH = {
  enterprise: '蒂森克虏伯ＡＢＣ汽车部件（平湖）有限公司',
  investor: 'ｔｈｙｓｓｅｎｋｒｕｐｐ（德国）ＡＧ',
  project: '转向系统（二期）ＥＰＳ１２３项目',
  owner: '王　芳（招商一部）',
  phone: '０５７３－８５１２３４５６',
  issues: '用地指标：１２０亩，需协调（市自然资源局）；电力增容ＡＢＣ。',
};

let demo: TestApp;

beforeEach(async () => {
  demo = openTestApp();
  await ok(demo, 'system.initialize', { withDemoData: true });
});
afterEach(() => demo.close());

async function pinghuId(app: TestApp): Promise<string> {
  const parks = await ok<{ rows: { id: string; name: string }[] }>(app, 'parks.list', { search: PINGHU_PARK.name });
  return parks.rows.find((p) => p.name === PINGHU_PARK.name)!.id;
}

/** 平湖's September 2026 T2 (its FDI months are locked in the demo), validated and exported as the user would. */
async function exportT2(app: TestApp): Promise<{ fileName: string; base64: string }> {
  const view = await ok<{ submission: { id: string } }>(app, 'reports.open', { parkId: await pinghuId(app), code: 'T2', period: '2026-09' });
  expect(await ok(app, 'reports.validate', { submissionId: view.submission.id })).toMatchObject({ ok: true });
  return ok(app, 'reports.export', { submissionId: view.submission.id });
}

function projectTexts(app: TestApp, projectName: string) {
  return app.store.sqlite
    .prepare(`SELECT e.name AS enterprise, e.name_original AS investor, p.name AS project, p.owner, p.owner_phone AS phone, p.issues
              FROM projects p JOIN enterprises e ON e.id = p.enterprise_id WHERE p.name = ? AND p.deleted_at IS NULL`)
    .get(projectName) as Record<keyof typeof FULL_WIDTH, string> | undefined;
}

describe('re-importing an exported T2 ledger', () => {
  it('changes nothing: no creates, no updates, no problems', async () => {
    const file = await exportT2(demo);
    const dry = await ok<DryRun>(demo, 'imports.dryRun', file);
    expect(dry.problems).toEqual([]);
    expect(dry.preview).toMatchObject({ creates: 0, updates: 0 });
    expect(dry.preview.unchanged).toBeGreaterThan(0);
  });

  it('keeps full-width brackets, letters and digits in every text column, byte for byte', async () => {
    const target = demo.store.sqlite
      .prepare(`SELECT p.id, p.enterprise_id AS enterpriseId FROM projects p JOIN enterprises e ON e.id = p.enterprise_id
                WHERE p.park_id = ? AND e.name LIKE '蒂森克虏伯%' AND p.deleted_at IS NULL`)
      .get(await pinghuId(demo)) as { id: string; enterpriseId: string };
    demo.store.sqlite.prepare('UPDATE enterprises SET name = ?, name_original = ? WHERE id = ?').run(FULL_WIDTH.enterprise, FULL_WIDTH.investor, target.enterpriseId);
    demo.store.sqlite.prepare('UPDATE projects SET name = ?, owner = ?, owner_phone = ?, issues = ? WHERE id = ?').run(FULL_WIDTH.project, FULL_WIDTH.owner, FULL_WIDTH.phone, FULL_WIDTH.issues, target.id);
    const file = await exportT2(demo);

    const same = await ok<DryRun>(demo, 'imports.dryRun', file);
    expect(same.problems).toEqual([]);
    expect(same.preview).toMatchObject({ creates: 0, updates: 0 });

    // Into an empty store with the same park: what is stored is what was exported.
    const fresh = openTestApp();
    try {
      await ok(fresh, 'parks.create', PINGHU_PARK);
      const dry = await ok<DryRun>(fresh, 'imports.dryRun', file);
      expect(dry.problems).toEqual([]);
      await ok(fresh, 'imports.commit', { batchId: dry.batchId });
      const stored = projectTexts(fresh, FULL_WIDTH.project);
      expect(stored).toEqual(FULL_WIDTH);
      for (const key of Object.keys(FULL_WIDTH) as (keyof typeof FULL_WIDTH)[]) {
        expect(Buffer.from(stored![key]).equals(Buffer.from(FULL_WIDTH[key]))).toBe(true);
      }
    } finally {
      fresh.close();
    }
  });
});
