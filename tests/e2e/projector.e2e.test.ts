import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, screenshot, type BrowserSession } from './browserMode';
import { clickTopBar } from './charts';

/**
 * A projector over the park's real data (here: the demo records loaded as a park's own, not demo mode): the names
 * the dashboard hides must stay hidden in the lists its charts open.
 */
describe('projector mode over real data, in the real renderer', () => {
  let session: BrowserSession;
  let page: Page;
  const fortune500Names = () =>
    session.app.store.sqlite
      .prepare("SELECT p.name AS project, e.name AS enterprise FROM projects p JOIN enterprises e ON e.id = p.enterprise_id WHERE e.is_fortune500 = 1")
      .all() as { project: string; enterprise: string }[];

  beforeAll(async () => {
    session = await openSession({ withDemo: true });
    ({ page } = session);
  });

  afterAll(() => session?.close());

  it('the dashboard says names are hidden, and the Fortune 500 bar opens a list without real names', async () => {
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('projector-on').click();
    await expect.poll(() => page.locator('.dash-masked-hint').innerText()).toBe('投影真实数据时，企业名称已隐去');
    // The operator-name reminder shown above every page is for the desk's user, not for the audience.
    expect(await page.getByTestId('operator-missing-action').count()).toBe(0);
    await clickTopBar(page, 'dash-f500-canvas');
    await page.waitForURL(/#\/projects\?.*fortune500=1/);
    const table = page.getByTestId('projects-table');
    await expect.poll(() => table.innerText()).toMatch(/已显示 [1-9]\d* \/ 共 [1-9]\d* 条/);
    const shown = await table.innerText();
    const count = Number(/共 (\d+) 条/.exec(shown)![1]);
    for (const { project, enterprise } of fortune500Names()) {
      expect(shown).not.toContain(project);
      expect(shown).not.toContain(enterprise);
    }
    // Each row keeps the first and last character of its names, so the presenter can still tell rows apart.
    expect(shown.match(/^.\*\*目$/gmu)).toHaveLength(count);
    expect(shown.match(/^.\*\*司$/gmu)).toHaveLength(count);
    expect(await page.getByTestId('masked-names-hint').innerText()).toBe('投影真实数据时，企业名称已隐去');
    await screenshot(page, 'projector-01-masked-projects');
  });

  it('the approvals a light opens show no enterprise names or subjects either', async () => {
    // In projector mode the menu is hidden: the dashboard's links are the way around.
    await page.goBack();
    const lights = ['green', 'yellow', 'red'].map((light) => page.getByTestId(`dash-light-${light}`));
    await lights[0]!.waitFor();
    const withApplications = await Promise.all(lights.map(async (l) => Number((await l.innerText()).match(/\d+/)?.[0] ?? 0)));
    await lights[withApplications.findIndex((n) => n > 0)]!.click();
    const table = page.getByTestId('applications-table');
    await expect.poll(() => table.innerText()).toMatch(/.\*\*司/u);
    const shown = await table.innerText();
    const realNames = session.app.store.sqlite.prepare('SELECT e.name AS enterprise, a.subject FROM workflow_applications a JOIN enterprises e ON e.id = a.enterprise_id').all() as { enterprise: string; subject: string }[];
    for (const { enterprise, subject } of realNames) {
      expect(shown).not.toContain(enterprise);
      expect(shown).not.toContain(subject);
    }
    expect(await page.getByTestId('masked-names-hint').isVisible()).toBe(true);
    await screenshot(page, 'projector-02-masked-applications');
  });

  it('so do the overdue checklist items', async () => {
    await page.goBack();
    await page.getByTestId('dash-overdue').click();
    const table = page.getByTestId('domain-items-table');
    await expect.poll(() => table.innerText()).toMatch(/.\*\*司/u);
    const shown = await table.innerText();
    const realNames = session.app.store.sqlite.prepare('SELECT name FROM enterprises').all() as { name: string }[];
    for (const { name } of realNames) expect(shown).not.toContain(name);
    expect(await page.getByTestId('masked-names-hint').isVisible()).toBe(true);
  });

  it('a record page one click from a masked list is held back; leaving projector mode shows it with its names', async () => {
    const table = page.getByTestId('domain-items-table');
    const enterpriseLink = table.locator('a', { hasText: /.\*\*司/u }).first();
    await enterpriseLink.click();
    const guard = page.getByTestId('projector-guard');
    await guard.waitFor();
    expect(await guard.innerText()).toContain('投影真实数据时不打开此页');
    const realNames = session.app.store.sqlite.prepare('SELECT name FROM enterprises').all() as { name: string }[];
    const shown = await page.locator('body').innerText();
    for (const { name } of realNames) expect(shown).not.toContain(name);
    await screenshot(page, 'projector-03-guard');
    await page.getByTestId('projector-guard-leave').click();
    await expect.poll(() => page.locator('body').innerText()).toMatch(/有限公司/);
    expect(await page.getByTestId('masked-names-hint').count()).toBe(0);
  });

  it('raised no error in the page', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
