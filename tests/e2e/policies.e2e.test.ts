import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseInSelect } from './antd';
import { openSession, screenshot, type BrowserModeApp, type BrowserSession } from './browserMode';

describe('the policy library in the real renderer', () => {
  let session: BrowserSession;
  let app: BrowserModeApp;
  let page: Page;

  beforeAll(async () => {
    session = await openSession({ withDemo: true });
    ({ app, page } = session);
  });

  afterAll(() => session?.close());

  it('finds 亩均 in the library with the match highlighted', async () => {
    await page.getByTestId('nav-policies').click();
    await page.getByTestId('policies-tab-search').click();
    const box = page.getByTestId('policy-search').locator('input');
    await box.fill('亩均');
    await box.press('Enter');
    const hits = page.getByTestId('policy-hit');
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    expect(await hits.first().locator('mark').first().innerText()).toBe('亩均');
    expect(await page.getByTestId('policy-search-results').innerText()).not.toContain('【');
    await screenshot(page, 'pol-01-search');
  });

  it('opens the high-tech zone opinion: clauses with 责任单位, and the three documents it repealed', async () => {
    await page.getByTestId('policy-hit').filter({ hasText: '高新技术产业开发区' }).first().click();
    const policy = page.getByTestId('policy-page');
    await policy.waitFor();
    expect(await page.getByTestId('policy-title').innerText()).toContain('高新技术产业开发区');
    const leadership = page.locator('[data-testid="policy-clause-七/（一）"]');
    const clause = await leadership.innerText();
    expect(clause).toContain('加强组织领导');
    expect(clause).toContain('省委组织部');
    const repealed = await page.getByTestId('policy-superseded').innerText();
    for (const docNumber of ['浙政办发〔2012〕66号', '浙政发〔2012〕94号', '浙政办发〔2014〕5号']) expect(repealed).toContain(docNumber);
    await screenshot(page, 'pol-02-policy-page');
  });

  it('records a 三免两减半 benefit for a demo enterprise, with its year-by-year schedule', async () => {
    await page.getByTestId('policy-page').getByTestId('benefit-new').first().click();
    const form = page.getByTestId('benefit-form');
    await form.waitFor();
    await chooseInSelect(page, form, 'enterpriseId', '喜力啤酒', '喜力');
    await chooseInSelect(page, form, 'kind', '税收减免');
    await form.getByTestId('benefit-amount').fill('1234567.89');
    await form.getByTestId('tax-holiday-first-year').fill('2025');
    await form.getByTestId('tax-holiday-first-year').press('Tab');
    const schedule = page.getByTestId('tax-holiday-schedule');
    await expect.poll(() => schedule.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    const rows = await schedule.locator('tbody tr').allInnerTexts();
    expect(rows.slice(0, 5).map((r) => r.match(/免征|减半/)?.[0])).toEqual(['免征', '免征', '免征', '减半', '减半']);
    await screenshot(page, 'pol-03-benefit-form');
    await page.getByTestId('benefit-form-submit').click();
    // If the form stays open, say why: its field messages are what a user would see.
    const closed = await form.waitFor({ state: 'hidden', timeout: 10_000 }).then(() => true, () => false);
    if (!closed) expect(await form.locator('.ant-form-item-explain-error, .ant-alert').allInnerTexts()).toEqual([]);
    expect(closed).toBe(true);

    const saved = app.store.sqlite
      .prepare(`SELECT b.amount_fen AS fen FROM policy_benefits b JOIN enterprises e ON e.id = b.enterprise_id WHERE e.name = '喜力啤酒（嘉善）有限公司'`)
      .all() as { fen: number }[];
    expect(saved).toEqual([{ fen: 123_456_789 }]);
  });

  it('raised no error in the page', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
