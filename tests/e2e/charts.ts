import type { Page } from 'playwright-core';

/** What ECharts' aria component writes about a chart: its series and every data name with its value. */
export const chartText = (page: Page, testId: string) =>
  page
    .locator(`[data-testid="${testId}"][aria-label], [data-testid="${testId}"] [aria-label]`)
    .first()
    .getAttribute('aria-label')
    .then((s) => s ?? '');

/** Clicks the top bar of a horizontal bar chart (the park with the most), as a person would. */
export async function clickTopBar(page: Page, testId: string): Promise<void> {
  const canvas = page.getByTestId(testId);
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  // ECharts' aria text names each bar once: "中日（平湖）产业合作园的数据是2，…".
  const bars = (await chartText(page, testId)).split('的数据是').length - 1;
  // The bars start at the grid's fixed left edge (170 px); the first band is the top one.
  const band = (box.height - 8 - 24) / Math.max(bars, 1);
  await page.mouse.click(box.x + 180, box.y + 8 + band / 2);
}
