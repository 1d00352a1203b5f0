import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseInSelect, messagesUnder } from './antd';
import { openSession, screenshot, type BrowserModeApp, type BrowserSession } from './browserMode';

async function pickOption(page: Page, field: string, label: string): Promise<void> {
  await chooseInSelect(page, page.getByTestId('park-form'), field, label);
}

async function pickDivision(page: Page, city: string, county: string): Promise<void> {
  await page.click('#park-form_divisionCode');
  await page.locator('.ant-cascader-menu-item').filter({ hasText: city }).first().click();
  await page.locator('.ant-cascader-menu-item').filter({ hasText: county }).first().click();
}

function fieldErrors(page: Page, field: string): Promise<string> {
  return messagesUnder(page.getByTestId('park-form'), field);
}

describe('parks in the real renderer, in Chromium, over the HTTP transport', () => {
  let session: BrowserSession;
  let app: BrowserModeApp;
  let page: Page;

  beforeAll(async () => {
    session = await openSession({ withDemo: false });
    ({ app, page } = session);
  });

  afterAll(() => session?.close());

  it('asks on first run, and starts with an empty store when told to', async () => {
    // The dialog zooms in; a click during that animation can miss, so click once it has settled.
    await page.waitForFunction(() => document.querySelector('.ant-modal') && !document.querySelector('[class*="ant-zoom-"]'));
    await page.getByTestId('first-run-empty').click();
    // The empty list shows behind the dialog from the start: wait for the dialog to go and the choice to be stored.
    await page.getByTestId('first-run-empty').waitFor({ state: 'detached' });
    expect(app.store.sqlite.prepare(`SELECT value FROM settings WHERE key = 'initialized'`).get()).toEqual({ value: 'true' });
    await expect.poll(() => page.getByTestId('parks-table').innerText()).toContain('还没有园区');
    await screenshot(page, 'parks-01-empty');
  });

  it('creates a park that is listed, stored, and still there after a reload', async () => {
    await page.getByTestId('parks-new').click();
    await page.fill('#park-form_name', '中法（海盐）产业合作园');
    await pickOption(page, 'kind', '国际产业合作园');
    await pickOption(page, 'level', '省级');
    await pickDivision(page, '嘉兴市', '海盐县');
    await page.fill('#park-form_partnerCountries', '法国');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await screenshot(page, 'parks-02-form-filled');
    await page.getByTestId('park-form-submit').click();

    const table = page.getByTestId('parks-table');
    await expect.poll(() => table.innerText()).toContain('中法（海盐）产业合作园');
    expect(await table.innerText()).toContain('嘉兴市 海盐县');
    const stored = app.store.sqlite.prepare('SELECT division_code, partner_countries FROM parks WHERE name = ?').get('中法（海盐）产业合作园');
    expect(stored).toEqual({ division_code: '330424', partner_countries: '["FR"]' });

    await page.reload();
    await expect.poll(() => page.getByTestId('parks-table').innerText()).toContain('中法（海盐）产业合作园');
    await screenshot(page, 'parks-03-after-reload');
  });

  it('shows what is wrong next to each field, and the server’s duplicate-name error at the name', async () => {
    await page.getByTestId('parks-new').click();
    await page.getByTestId('park-form-submit').click();
    await expect.poll(() => fieldErrors(page, 'name')).toBe('必填');
    expect(await fieldErrors(page, 'kind')).toBe('请选择园区类型');
    expect(await fieldErrors(page, 'divisionCode')).toContain('浙江省内');

    await page.fill('#park-form_name', '中法（海盐）产业合作园');
    await pickOption(page, 'kind', '国际产业合作园');
    await pickOption(page, 'level', '省级');
    await pickDivision(page, '嘉兴市', '海盐县');
    await page.getByTestId('park-form-submit').click();
    await expect.poll(() => fieldErrors(page, 'name')).toContain('已有同名园区');
    await screenshot(page, 'parks-04-duplicate-name');
    expect(app.store.sqlite.prepare('SELECT COUNT(*) AS n FROM parks').get()).toEqual({ n: 1 });

    // A pasted name too long for the field is kept whole, counted in red and refused, never cut short silently.
    const tooLong = '中法（海盐）国际产业合作园'.repeat(6);
    await page.fill('#park-form_name', tooLong);
    expect(await page.inputValue('#park-form_name')).toBe(tooLong);
    await expect.poll(() => page.getByTestId('park-form').innerText()).toContain(`${tooLong.length} / 60`);
    await page.getByTestId('park-form-submit').click();
    await expect.poll(() => fieldErrors(page, 'name')).toContain('不能超过 60 个字符');
    await screenshot(page, 'parks-04b-name-too-long');
    expect(app.store.sqlite.prepare('SELECT COUNT(*) AS n FROM parks').get()).toEqual({ n: 1 });
    await page.getByTestId('park-form').getByRole('button', { name: /取\s*消/ }).click();
    await page.getByTestId('park-form').waitFor({ state: 'hidden' });
  });

  it('switches to English at run time and keeps the choice after a reload', async () => {
    await page.getByTestId('lang-switch-en').click();
    await expect.poll(() => page.locator('h1, h2, h3').first().innerText()).toBe('Parks');
    expect(await page.getByTestId('parks-table').innerText()).toContain('Jiaxing · Haiyan');
    await screenshot(page, 'parks-05-english');
    await page.reload();
    await expect.poll(() => page.getByTestId('parks-new').innerText()).toMatch(/New park/i);
  });

  it('raised no error in the page', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
