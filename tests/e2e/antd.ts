import type { Locator, Page } from 'playwright-core';

/** Small drivers for Ant Design controls, by what a user sees. */

export async function chooseInSelect(page: Page, scope: Locator, field: string, label: string | RegExp, typed?: string): Promise<void> {
  const input = scope.locator(`input[id$="${field}"]`);
  // The dropdown lives in <body>; the select itself only shows the chosen value. On a loaded machine a click can land
  // while the dropdown is still opening or filtering and be lost, so check the choice took and try again if not.
  const select = scope.locator('.ant-select', { has: input });
  for (let attempt = 1; ; attempt += 1) {
    await input.click();
    if (typed) await input.fill(typed);
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: label }).first().click();
    const chosen = await select.filter({ hasText: label }).waitFor({ timeout: 2_000 }).then(() => true, () => false);
    if (chosen || attempt === 3) return;
  }
}

/**
 * Types a date into an antd DatePicker. Enter confirms it, but in a form whose Enter submits that also sends the
 * form; `confirmWith: 'Tab'` leaves the field instead (a valid typed date is kept on blur).
 */
export async function typeDate(scope: Locator, field: string, date: string, confirmWith: 'Enter' | 'Tab' = 'Enter'): Promise<void> {
  const input = scope.locator(`input[id$="${field}"]`);
  await input.click();
  await input.fill(date);
  await input.press(confirmWith);
}

export async function chooseInCascader(page: Page, scope: Locator, field: string, typed: string, label: string | RegExp): Promise<void> {
  const input = scope.locator(`input[id$="${field}"]`);
  await input.click();
  await input.fill(typed);
  await page.locator('.ant-cascader-dropdown:not(.ant-cascader-dropdown-hidden) .ant-cascader-menu-item').filter({ hasText: label }).first().click();
}

/** Every message under a form field; a leaving message may still be in the DOM while the new one enters. */
export async function messagesUnder(scope: Locator, field: string): Promise<string> {
  const texts = await scope.locator(`.ant-form-item:has(input[id$="${field}"]) .ant-form-item-explain`).allInnerTexts();
  return texts.join(' | ');
}
