import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, screenshot, type BrowserModeApp, type BrowserSession } from './browserMode';

const ITEM = 'customs.consignee';

describe('a service checklist for a demo investor, in the real renderer', () => {
  let session: BrowserSession;
  let app: BrowserModeApp;
  let page: Page;

  const count = (sql: string) => (app.store.sqlite.prepare(sql).get() as { n: number }).n;
  const item = () => page.getByTestId(`checklist-item-${ITEM}`);

  beforeAll(async () => {
    session = await openSession({ withDemo: true });
    ({ app, page } = session);
  });

  afterAll(() => session?.close());

  it('opens a demo enterprise and creates its customs + 外事 checklist', async () => {
    await page.getByTestId('nav-enterprises').click();
    await page.locator('tr', { hasText: '喜力啤酒（嘉善）有限公司' }).getByTestId('enterprise-checklists').click();
    await page.getByTestId('checklist-new').click();
    const templates = page.getByTestId('checklist-create-templates');
    await templates.getByText(/^海关/).click();
    await templates.getByText(/^外事/).click();
    await page.getByTestId('fact-hasForeignStaff').click();
    await page.getByTestId('fact-imports').click();
    await screenshot(page, 'cl-01-create');
    await page.getByTestId('checklist-create-submit').click();
    await page.getByTestId('checklist-page').waitFor();
    expect(await item().getAttribute('data-status')).toBe('not_started');
    expect(await page.getByTestId('checklist-page').innerText()).toContain('外国人工作许可');
  });

  it('refuses 已完成 while a required material is missing, then accepts it once all are ticked', async () => {
    await page.getByTestId(`item-status-${ITEM}`).getByText('已完成').click();
    await expect.poll(() => page.getByTestId(`item-error-${ITEM}`).innerText()).toContain('报关单位备案信息表');
    const boxes = page.getByTestId(`item-materials-${ITEM}`).locator('input[type=checkbox]');
    const total = await boxes.count();
    for (let i = 0; i < total; i += 1) {
      await boxes.nth(i).click();
      await expect.poll(() => boxes.nth(i).isChecked()).toBe(true);
    }
    await page.getByTestId(`item-status-${ITEM}`).getByText('已完成').click();
    await expect.poll(() => item().getAttribute('data-status')).toBe('done');
  });

  it('attaches a file, kept in the data folder', async () => {
    const file = path.join(app.dataDir, '报关单位备案回执.pdf');
    fs.writeFileSync(file, '%PDF-1.4 demo receipt\n');
    await page.getByTestId(`item-attach-${ITEM}`).setInputFiles(file);
    await expect.poll(() => page.getByTestId(`item-attachment-${ITEM}`).innerText()).toContain('报关单位备案回执.pdf');
    expect(count('SELECT COUNT(*) AS n FROM checklist_attachments')).toBe(1);
    expect(fs.readdirSync(path.join(app.dataDir, 'attachments'), { recursive: true }).length).toBeGreaterThan(0);
    await screenshot(page, 'cl-02-item-done-with-attachment');
  });

  it('exports the bilingual checklist as a workbook a spreadsheet program opens', async () => {
    const download = page.waitForEvent('download');
    await page.getByTestId('checklist-export-both').click();
    const saved = path.join(app.dataDir, (await download).suggestedFilename());
    await (await download).saveAs(saved);
    expect(saved).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const text = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String)).join(' ');
    expect(text).toContain('喜力啤酒（嘉善）有限公司');
    expect(text).toContain('进出口货物收发货人备案');
    expect(text).toContain('Customs registration as consignee/consignor of import and export goods');
    expect(text).toContain('已完成');
  });

  it('opens from the dashboard with two parks chosen on the overdue items of exactly those parks', async () => {
    const parkId = (name: string) => (app.store.sqlite.prepare('SELECT id FROM parks WHERE name = ?').get(name) as { id: string }).id;
    const chosen = ['中日（平湖）产业合作园', '中荷（嘉善）产业合作园'];
    await page.getByTestId('nav-dashboard').waitFor();
    await page.evaluate((parks) => (window.location.hash = `#/dashboard?parks=${parks}`), chosen.map(parkId).join(','));
    const overdue = page.getByTestId('dash-overdue');
    await expect.poll(() => overdue.innerText()).toMatch(/\d/);
    // The demo has overdue items in both parks (db/seed/seedDemoChecklists.ts: dates relative to today).
    const counted = Number((await overdue.innerText()).match(/(\d+)\s*$/)![1]);
    expect(counted).toBeGreaterThanOrEqual(2);
    await overdue.click();
    await page.waitForURL(/#\/checklists\?.*tab=domain/);
    await expect.poll(() => page.getByTestId('domain-items-table').locator('tr.ant-table-row.cl-row-overdue').count()).toBe(counted);
    expect(await page.getByText(`共 ${counted} 项未完成`).count()).toBe(1);
    const parks = await page.getByTestId('domain-items-table').locator('tr.ant-table-row td:nth-child(4)').allInnerTexts();
    expect(new Set(parks)).toEqual(new Set(chosen));
    expect(await page.getByTestId('domain-overdue-only').isChecked()).toBe(true);
    // Both parks show as tags in the park filter, neither folded into "+ 1 ..." (antd hides a folded tag's item).
    const shown = (name: string) => page.getByTestId('domain-parks').locator('.ant-select-content-item:not([aria-hidden="true"])', { hasText: name }).count();
    for (const name of chosen) await expect.poll(() => shown(name), { message: name }).toBe(1);
    await screenshot(page, 'cl-03-domain-two-parks');
  });

  it('raised no error in the page', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
