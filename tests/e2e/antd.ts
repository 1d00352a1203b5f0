import type { Locator, Page } from 'playwright-core';

/** Small drivers for Ant Design controls, by what a user sees. */

/** Picks an option in the select of form field `field` (matched by the end of its input's id). */
export async function chooseInSelect(page: Page, scope: Locator, field: string, label: string | RegExp, typed?: string): Promise<void> {
  // `has` is matched inside each candidate, so it takes an unscoped locator (a scoped one would look for the scope in it).
  await chooseOption(page, scope.locator('.ant-select', { has: page.locator(`input[id$="${field}"]`) }), label, typed);
}

/**
 * Picks an option in an antd select (`select` is its `.ant-select` root), typing `typed` first for a search select.
 * The dropdown lives in <body>; the select itself only shows the chosen value. On a loaded machine a click can land
 * while the dropdown is still opening or filtering and be lost, so check the choice took and try again if not.
 */
export async function chooseOption(page: Page, select: Locator, label: string | RegExp, typed?: string): Promise<void> {
  const input = select.locator('input');
  const isChosen = (timeout: number) => select.filter({ hasText: label }).waitFor({ timeout }).then(() => true, () => false);
  if ((await select.filter({ hasText: label }).count()) > 0) return;
  const openDropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  for (let attempt = 1; ; attempt += 1) {
    // Clicking a plain select that is already open closes it again, so only click when no dropdown is showing.
    if (!(await openDropdown.first().isVisible())) await input.click();
    if (typed) await input.fill(typed);
    await openDropdown.locator('.ant-select-item-option').filter({ hasText: label }).first().click({ timeout: 3_000 }).catch(() => undefined);
    if (await isChosen(2_000)) return;
    if (attempt === 3) {
      const shown = await select.innerText();
      throw new Error(`could not choose ${String(label)}: the select shows "${shown}", the open list: ${(await openDropdown.allInnerTexts()).join(' | ')}`);
    }
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

/**
 * Clicks `trigger` until `appears` shows (a popconfirm, a modal): on a loaded machine a click that lands while the
 * page is still settling can be lost. Clicks again only when nothing has appeared, so an overlay is never toggled shut.
 */
export async function clickUntilShown(trigger: Locator, appears: Locator, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await trigger.click();
    if (await appears.waitFor({ timeout: 3_000 }).then(() => true, () => false)) return;
    if (attempt === attempts) throw new Error(`clicked ${String(trigger)} ${attempts} times and ${String(appears)} did not appear`);
  }
}

/**
 * Clicks an overlay's button (a modal's OK, a popconfirm's OK) until the overlay has closed: a click that lands while
 * the overlay is still opening is lost on a loaded machine. A button that is busy (loading) ignores the extra clicks.
 */
export async function clickUntilGone(button: Locator, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    // The overlay may close between the check and the click: a click that finds nothing is fine.
    await button.click({ timeout: 2_000 }).catch(() => undefined);
    if (await button.waitFor({ state: 'hidden', timeout: 2_000 }).then(() => true, () => false)) return;
    if (Date.now() > deadline) throw new Error(`${String(button)} was still showing after ${timeout} ms of clicking`);
  }
}
