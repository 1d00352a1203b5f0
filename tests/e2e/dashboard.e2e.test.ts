import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickUntilGone, clickUntilShown } from './antd';
import { screenshot } from './browserMode';
import { chartText, clickTopBar } from './charts';
import { openDemoSession, type DemoSession } from './demoBrowserMode';

describe('dashboard in demo mode, in the real renderer', () => {
  let demo: DemoSession;
  let page: Page;

  beforeAll(async () => {
    demo = await openDemoSession();
    page = demo.page;
  });

  afterAll(() => demo?.close());

  it('over the empty real store, says what to do next', async () => {
    await page.getByTestId('nav-dashboard').click();
    await expect.poll(() => page.getByTestId('dash-fdi').innerText()).toContain('还没有实到外资记录');
    await expect.poll(() => page.getByTestId('dash-gauges').innerText()).toContain('还没有高新区的 T3/T4 指标');
  });

  it('fills with the sources\' parks when the demo is switched on', async () => {
    await page.getByTestId('demo-switch').click();
    await page.getByTestId('demo-ribbon').waitFor();
    await expect.poll(() => page.getByTestId('dash-fdi-total').innerText(), { timeout: 15_000 }).toMatch(/合计 [\d,]+\.\d\d 万美元/);
    await expect.poll(() => chartText(page, 'dash-f500-canvas')).toContain('中日（平湖）产业合作园');
    await expect.poll(() => chartText(page, 'dash-compare')).toContain('中荷（嘉善）产业合作园');
    await expect.poll(() => page.getByTestId('dash-gauge-rd_intensity').innerText()).toContain('7.23 % · 目标约 8 %');
    await expect.poll(() => page.getByTestId('dash-gauges').innerText()).toContain('高新区 2025 年指标对照 2025 年目标');
    await page.waitForTimeout(600);
    await screenshot(page, 'dash-01-demo');
  });

  it('clicks the Fortune 500 bar through to those projects', async () => {
    await clickTopBar(page, 'dash-f500-canvas');
    await page.waitForURL(/#\/projects\?.*fortune500=1/);
    // The first bar is a park with the most Fortune 500 projects; the list shows exactly its Fortune 500 projects.
    const parkId = new URLSearchParams(page.url().split('?')[1]).get('park')!;
    const expected = demo.session.current.sqlite
      .prepare("SELECT p.name FROM projects p JOIN enterprises e ON e.id = p.enterprise_id WHERE p.park_id = ? AND e.is_fortune500 = 1 AND p.stage <> 'dropped'")
      .all(parkId) as { name: string }[];
    expect(expected.length).toBe(2);
    for (const { name } of expected) await expect.poll(() => page.getByTestId('projects-table').innerText()).toContain(name);
    expect(await page.getByTestId('projects-table').innerText()).toContain(`已显示 2 / 共 2 条`);
    expect(await page.getByTestId('projects-fortune500-only').isChecked()).toBe(true);
    // The dashboard's period came along and shows as a removable tag.
    expect(await page.getByTestId('projects-period').innerText()).toMatch(/^期间 \d{4}-\d{2} 至 \d{4}-\d{2}$/);
    // …and so does "still in play": the bar counts no dropped project, so neither does the list.
    expect(await page.getByTestId('projects-open-only').innerText()).toBe('不含已终止项目');
    await screenshot(page, 'dash-02-fortune500-projects');
    await page.goBack();
    await page.getByTestId('dash-f500').waitFor();
  });

  it('prints the dashboard on A4 with a header and page numbers', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { printCalls: number };
      w.printCalls = 0;
      window.print = () => {
        w.printCalls += 1;
      };
    });
    await page.getByTestId('print-button').click();
    expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    const pageRule = await page.locator('#print-page-style').textContent();
    expect(pageRule).toContain('size: A4 landscape');
    expect(pageRule).toContain('园区通 · 驾驶舱');
    expect(pageRule).toContain('counter(page) " / " counter(pages)');
    // What the browser's print would produce, as a PDF file to look at.
    fs.mkdirSync(path.join(__dirname, 'screenshots'), { recursive: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    fs.writeFileSync(path.join(__dirname, 'screenshots', 'dash-03-print.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 landscape in PostScript points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.9\d* 594\.9\d*\]/);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'dash-03-print-media');
    await page.emulateMedia({ media: 'screen' });
  });

  it('resets the demo after an edit, and the edit is gone', async () => {
    const parkId = (demo.session.current.sqlite.prepare("SELECT id FROM parks WHERE name = '杭州国家高新技术产业开发区'").get() as { id: string }).id;
    await page.goto(page.url().replace(/#.*/, `#/dashboard?tab=indicators&park=${parkId}&year=2025`));
    // db/seed/demoIndicators.ts, index 9: land 9 000 亩, 2025 tax 400 680 万元 → 44.52 万元/亩; with 40 000 亩, 10.02.
    await expect.poll(() => page.getByTestId('indicator-year-land_area_mu').innerText()).toContain('9,000.00');
    const input = page.getByTestId('indicator-input-2025');
    await clickUntilShown(page.getByTestId('indicator-edit-land_area_mu'), input);
    await input.fill('40000');
    await expect.poll(() => input.inputValue()).toBe('40000');
    await clickUntilGone(page.getByTestId('indicator-save'));
    await expect.poll(() => page.getByTestId('indicator-year-land_area_mu').innerText()).toContain('40,000.00');
    await expect.poll(() => page.getByTestId('indicator-year-tax_per_mu').innerText()).toContain('10.02');
    await screenshot(page, 'dash-04-indicator-edited');
    await clickUntilShown(page.getByTestId('demo-reset'), page.getByTestId('demo-reset-confirm'));
    await clickUntilGone(page.getByTestId('demo-reset-confirm'));
    await expect.poll(() => page.getByTestId('indicator-year-land_area_mu').innerText()).toContain('9,000.00');
    await expect.poll(() => page.getByTestId('indicator-year-tax_per_mu').innerText()).toContain('44.52');
  });

  it('shows the charts in English after switching the language', async () => {
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('lang-switch-en').click();
    await expect.poll(() => chartText(page, 'dash-fdi')).toContain('This period');
    await expect.poll(() => chartText(page, 'dash-f500-canvas')).toContain('Sino-Japanese (Pinghu)');
    await expect.poll(() => page.getByTestId('dash-gauges').innerText()).toContain('indicators against the 2025 targets');
    // Industries by their English GB/T 4754 names in full; the axis shows them without "Manufacture of".
    const industries = await chartText(page, 'dash-industry');
    expect(industries).toContain('Manufacture of electrical machinery and equipment');
    expect(industries).not.toMatch(/[\u4e00-\u9fff]/);
    await page.waitForTimeout(600);
    await screenshot(page, 'dash-05-english');
    // The projects list names each investor as registered abroad, for a visitor who reads no Chinese.
    await page.getByTestId('nav-projects').click();
    await page.getByTestId('projects-search').fill('喜力');
    await expect.poll(() => page.getByTestId('projects-table').innerText()).toContain('Heineken Brewery (Jiashan)');
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('lang-switch-zh-CN').click();
  });

  it('projector mode hides the chrome and enlarges the type', async () => {
    await page.getByTestId('projector-on').click();
    await expect.poll(() => page.locator('.shell-header').isVisible()).toBe(false);
    await page.waitForTimeout(600);
    await screenshot(page, 'dash-06-projector');
    await page.getByTestId('projector-off').click();
    await page.locator('.shell-header').waitFor();
    // Esc leaves it too, as presenters expect of anything full screen.
    await page.getByTestId('projector-on').click();
    await expect.poll(() => page.locator('.shell-header').isVisible()).toBe(false);
    await page.locator('body').press('Escape');
    await page.locator('.shell-header').waitFor();
  });

  it('数据安全 in the demo says why backups and restore are off', async () => {
    await page.getByTestId('nav-dataSafety').click();
    await expect.poll(() => page.getByTestId('backups-demo-mode').innerText()).toContain('演示模式下不能备份或恢复——请先退出演示模式');
    expect(await page.getByTestId('backup-now').isDisabled()).toBe(true);
    await screenshot(page, 'dash-07-data-safety-demo');
    await page.getByTestId('nav-dashboard').click();
  });

  it('leaves the demo: the real store was never written', async () => {
    await page.getByTestId('demo-exit').click();
    await expect.poll(() => page.getByTestId('demo-ribbon').count()).toBe(0);
    expect(demo.session.current.file).toBe(demo.realStoreFile);
    expect((demo.session.current.sqlite.prepare('SELECT COUNT(*) AS n FROM parks').get() as { n: number }).n).toBe(0);
    await expect.poll(() => page.getByTestId('dash-fdi').innerText()).toContain('还没有实到外资记录');
    expect(demo.pageErrors).toEqual([]);
  });
});
