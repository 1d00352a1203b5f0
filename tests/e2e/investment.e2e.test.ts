import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckCharacter } from '../../db/reference/creditCode';
import { chooseInCascader, chooseInSelect, messagesUnder, typeDate } from './antd';
import { openSession, screenshot, type BrowserModeApp, type BrowserSession } from './browserMode';

const CREDIT_CODE = withCheckCharacter('91330402MA2CKUKA1');

describe('investors, targets, projects and arrivals in the real renderer', () => {
  let session: BrowserSession;
  let app: BrowserModeApp;
  let page: Page;

  const count = (sql: string, ...args: unknown[]) => (app.store.sqlite.prepare(sql).get(...args) as { n: number }).n;

  beforeAll(async () => {
    session = await openSession({ withDemo: true });
    ({ app, page } = session);
  });

  afterAll(() => session?.close());

  it('registers an investor with a real credit code', async () => {
    await page.getByTestId('nav-enterprises').click();
    await page.getByTestId('enterprise-new').click();
    const form = page.getByTestId('enterprise-form');
    await page.getByTestId('enterprise-name').fill('库卡机器人（嘉兴）有限公司');
    await form.locator('input[id$="creditCode"]').fill(CREDIT_CODE.toLowerCase());
    await page.getByTestId('credit-code-ok').waitFor();
    await chooseInSelect(page, form, 'countryCode', '德国', '德国');
    await chooseInCascader(page, form, 'industryCode', '通用设备', '通用设备制造业');
    await chooseInSelect(page, form, 'parkId', '中德（嘉兴）产业合作园', '中德（嘉兴）产业');
    await screenshot(page, 'inv-01-enterprise-form');
    await page.getByTestId('enterprise-form-submit').click();
    await expect.poll(() => count('SELECT COUNT(*) AS n FROM enterprises WHERE credit_code = ?', CREDIT_CODE)).toBe(1);
  });

  it('warns about a wrong check character before anything is sent', async () => {
    await page.getByTestId('enterprise-new').click();
    const form = page.getByTestId('enterprise-form');
    await form.locator('input[id$="creditCode"]').fill(CREDIT_CODE.slice(0, 17) + (CREDIT_CODE.endsWith('0') ? '1' : '0'));
    await expect.poll(() => page.getByTestId('credit-code-warning').innerText()).toContain(CREDIT_CODE[17]!);
    await screenshot(page, 'inv-02-check-character-warning');
    await page.keyboard.press('Escape');
  });

  it('converts a 精准招商 target into a project that keeps its follow-ups', async () => {
    await page.getByTestId('nav-targets').click();
    await page.getByTestId('targets-table').locator('a').filter({ hasText: '库卡机器人' }).first().click();
    await page.getByTestId('target-convert').click();
    const form = page.getByTestId('convert-form');
    await form.locator('input[id$="name"]').fill('库卡机器人华东制造基地项目');
    await form.locator('input[id$="totalInvestmentWan"]').fill('12000');
    await typeDate(form, 'on', '2026-09-01', 'Tab');
    await page.getByTestId('convert-form-submit').click();
    await page.getByTestId('project-page').waitFor();
    expect(await page.getByTestId('project-page').innerText()).toContain('赴奥格斯堡总部拜访');
    await screenshot(page, 'inv-03-converted-project');
  });

  it('moves the project to 签约 and records arrivals month by month, refusing one dated before signing', async () => {
    await page.getByTestId('project-advance').click();
    const advance = page.getByTestId('advance-form');
    await chooseInSelect(page, advance, 'stage', '签约');
    await typeDate(advance, 'on', '2026-09-10', 'Tab');
    await page.getByTestId('advance-form-submit').click();
    await expect.poll(() => page.getByTestId('stage-timeline').innerText()).toContain('2026-09-10');

    const addArrival = async (date: string, amount: string) => {
      await page.getByTestId('arrival-add').click();
      const form = page.getByTestId('arrival-form');
      await typeDate(form, 'arrivedOn', date, 'Tab');
      await form.locator('input[id$="amount"]').fill(amount);
      await page.getByTestId('arrival-form-submit').click();
      return form;
    };
    const early = await addArrival('2026-09-01', '100');
    await expect.poll(() => messagesUnder(early, 'arrivedOn')).toContain('签约');
    await screenshot(page, 'inv-04-arrival-before-signing');
    await page.keyboard.press('Escape');

    await addArrival('2026-09-20', '1500.25');
    await expect.poll(() => page.getByTestId('arrivals-total').innerText()).toContain('1,500.25');
    await addArrival('2026-10-15', '499.75');
    await expect.poll(() => page.getByTestId('arrivals-total').innerText()).toContain('2,000.00');
  });

  it('locks a reported month and refuses a new arrival in it', async () => {
    const projectUrl = page.url();
    await page.getByTestId('nav-projects').click();
    await page.getByTestId('month-locks-open').click();
    const lock = page.getByTestId('lock-form');
    await chooseInSelect(page, lock, 'parkId', '中德（嘉兴）产业合作园', '中德（嘉兴）产业');
    await typeDate(lock, 'period', '2026-10', 'Tab');
    await page.getByTestId('lock-form-submit').click();
    await expect.poll(() => count(`SELECT COUNT(*) AS n FROM fdi_month_locks WHERE period = '2026-10' AND park_id = (SELECT id FROM parks WHERE name = '中德（嘉兴）产业合作园')`)).toBe(1);
    await page.keyboard.press('Escape');

    await page.goto(projectUrl);
    await page.getByTestId('arrival-add').click();
    const form = page.getByTestId('arrival-form');
    await typeDate(form, 'arrivedOn', '2026-10-20', 'Tab');
    await form.locator('input[id$="amount"]').fill('10');
    await page.getByTestId('arrival-form-submit').click();
    await expect.poll(() => messagesUnder(form, 'arrivedOn')).toContain('锁定');
    await screenshot(page, 'inv-05-locked-month');
    expect(count(`SELECT COUNT(*) AS n FROM fdi_arrivals WHERE arrived_on = '2026-10-20'`)).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('finds a project by a fragment of its Chinese name', async () => {
    await page.getByTestId('nav-projects').click();
    await page.getByTestId('projects-search').fill('转向系统');
    // The list first shows every project; wait for the searched one to be the only one left.
    await expect.poll(() => page.getByTestId('projects-count').innerText()).toMatch(/共\s*1\s*条/);
    const table = await page.getByTestId('projects-table').innerText();
    expect(table).toContain('蒂森克虏伯转向系统增资扩产项目');
    expect(table).not.toContain('喜力啤酒嘉善酿造基地项目');
    await screenshot(page, 'inv-06-search');
  });

  it('raised no error in the page', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
