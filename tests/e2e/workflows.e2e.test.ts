import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseInSelect, typeDate } from './antd';
import { openSession, screenshot, type BrowserSession } from './browserMode';

/**
 * The walk-through on the official 2026 calendar. Step 1 of 外商投资企业设立备案 has a statutory limit of
 * 3 working days. Accepted Tue 09-22 with a missing document: 09-23 and 09-24 count (2 used); returned for 补正 on
 * 09-24 and resubmitted Fri 10-09, so 09-28..09-30 and 10-08..10-09 (5 working days; 09-25..27 中秋 and
 * 10-01..07 国庆 are holidays anyway) do not count. The last day is then Sat 10-10 — a 调休 make-up workday.
 */
const EXPECTED_DUE = '2026-10-10';

describe('an approval on the Chinese legal clock, in the real renderer', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openSession({ withDemo: true });
    ({ page } = session);
  });

  afterAll(() => session?.close());

  async function act(action: string, fill: (form: ReturnType<Page['getByTestId']>) => Promise<void>): Promise<void> {
    await page.getByTestId(`application-action-${action}`).click();
    const form = page.getByTestId('action-form');
    await fill(form);
    await page.getByTestId('action-form-submit').click();
    await form.waitFor({ state: 'hidden' });
  }

  it('files an application at the one window (一窗一表)', async () => {
    await page.getByTestId('nav-workflows').click();
    await page.getByTestId('workflows-tab-applications').click();
    await page.getByTestId('application-new').click();
    const form = page.getByTestId('intake-form');
    await chooseInSelect(page, form, 'templateId', '外商投资企业设立备案');
    await chooseInSelect(page, form, 'enterpriseId', '喜力啤酒', '喜力');
    await form.locator('#subject').fill('喜力啤酒（嘉善）有限公司设立报告');
    await typeDate(form, 'submittedOn', '2026-09-21', 'Tab');
    await form.getByText('仅收件', { exact: true }).click();
    await screenshot(page, 'wf-01-intake');
    await page.getByTestId('intake-form-submit').click();
    await page.getByTestId('application-page').waitFor();
    expect(await page.getByTestId('application-page').getAttribute('data-status')).toBe('submitted');
  });

  it('refuses to accept without a mandatory document unless it is 容缺, then accepts with it missing', async () => {
    await page.getByTestId('application-action-accept').click();
    const form = page.getByTestId('action-form');
    await form.getByText('外商投资企业设立报告表', { exact: true }).click();
    await typeDate(form, 'on', '2026-09-22', 'Tab');
    await page.getByTestId('action-form-submit').click();
    await expect.poll(async () => (await form.locator('.ant-form-item-explain-error').allInnerTexts()).join(' ')).toContain('法定代表人身份证明');
    await screenshot(page, 'wf-02-accept-refused');
    await page.keyboard.press('Escape');

    await act('accept_with_missing', async (f) => {
      await f.getByText('外商投资企业设立报告表', { exact: true }).click();
      await f.getByText('投资者主体资格证明', { exact: true }).click();
      await typeDate(f, 'supplyBy', '2026-10-16', 'Tab');
      await typeDate(f, 'on', '2026-09-22', 'Tab');
    });
    await expect.poll(() => page.getByTestId('application-page').getAttribute('data-status')).toBe('in_review');
  });

  it('returns it for correction across 中秋 and 国庆 and moves the due date by the working days lost', async () => {
    await act('return_for_correction', async (f) => {
      await f.locator('#reason').fill('投资者主体资格证明需公证认证');
      await typeDate(f, 'on', '2026-09-24', 'Tab');
    });
    await act('resubmit', async (f) => {
      await typeDate(f, 'on', '2026-10-09', 'Tab');
    });
    const statutory = page.getByTestId('step-clock-0').locator('[data-clock="statutory"]');
    await expect.poll(async () => (await statutory.allInnerTexts())[1]).toBe(EXPECTED_DUE);
    const texts = await statutory.allInnerTexts();
    expect(texts[0]).toBe('2026-09-22');
    expect(texts[4]).toBe('5 天');
    // Today (2026-11-23 or later) is past 10-10, so the step is overdue on the statutory clock.
    expect(await statutory.locator('[data-light]').getAttribute('data-light')).toBe('red');
    expect(await page.getByTestId('application-timeline').locator('[data-event]').count()).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'wf-03-clock-after-correction');
  });

  it('raised no error in the page', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
