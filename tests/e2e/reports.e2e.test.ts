import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockMonth } from '../../db/repos/arrivalsRepo';
import { openSession, screenshot, type BrowserSession } from './browserMode';
import { apiOf, type Api } from './reportsApi';

const PINGHU = '中日（平湖）产业合作园';

async function workbookOf(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Every cell's text on a sheet with its address, to find the form's fixed texts wherever the writer put them. */
function texts(sheet: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      const text = v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : v === null || v === undefined ? '' : String(v);
      out.set(cell.address, text);
    }),
  );
  return out;
}

function addressOf(sheet: ExcelJS.Worksheet, pattern: RegExp): string | undefined {
  return [...texts(sheet)].find(([, text]) => pattern.test(text))?.[0];
}

describe('报表 in the real renderer, in Chromium: T1 filled in, validated, exported, submitted; imports; consolidation', () => {
  let s: BrowserSession;
  let api: Api;
  let parkId: (name: string) => string;

  beforeAll(async () => {
    s = await openSession({ withDemo: true });
    s.page.setDefaultTimeout(15_000);
    api = apiOf(s.app);
    parkId = (name) => (s.app.store.sqlite.prepare('SELECT id FROM parks WHERE name = ? AND deleted_at IS NULL').get(name) as { id: string }).id;
  });

  afterAll(async () => {
    await s?.close();
  });

  it('picks T1, a demo park and October 2026 and shows the form as the government prints it', async () => {
    const { page } = s;
    await page.getByRole('menuitem', { name: /报表/ }).click();
    await page.getByTestId('rp-form-select').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: 'T1 园区利用外资情况月报' }).click();
    await page.getByTestId('rp-park-select').click();
    await page.keyboard.type('平湖');
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: PINGHU }).click();
    const month = page.getByPlaceholder('选择月份');
    await month.fill('2026-10');
    await month.press('Enter');
    await expect.poll(() => page.getByTestId('rp-form-title').first().innerText()).toBe('园区利用外资情况月报');
    expect(await page.getByTestId('rp-form-code').first().innerText()).toContain('浙园外资统1表');
    expect(await page.getByTestId('rp-form-period').first().innerText()).toBe('2026年10月');
    const table = await page.getByTestId('rp-indicator-table').innerText();
    for (const text of ['指标名称', '计量单位', '代码', '甲', '乙', '丙', '本月', '本年累计', '上年同期累计', '实际使用外资', '其中：增资']) expect(table).toContain(text);
    expect(await page.getByTestId('rp-status').innerText()).toContain('草稿');
    await screenshot(page, 'reports-01-fill-t1');
  });

  it('validates: problems are listed and the offending cells marked; fixed, it passes', async () => {
    const { page } = s;
    await page.getByTestId('rp-header-preparer').first().fill('');
    await page.getByTestId('rp-save').click();
    await expect.poll(() => page.getByTestId('rp-save').isDisabled()).toBe(true);
    await page.getByTestId('rp-validate').click();
    const problems = page.getByTestId('rp-problems');
    await expect.poll(() => problems.innerText()).toContain('请填写填表人');
    expect(await problems.innerText()).toContain('2026-10 的实到外资尚未锁定');
    expect(await page.getByTestId('rp-header-preparer').first().getAttribute('class')).toContain('ant-input-status-error');
    await screenshot(page, 'reports-02-validation-problems');

    await page.getByTestId('rp-header-reportingUnit').first().fill(PINGHU);
    await page.getByTestId('rp-header-preparer').first().fill('陈晓');
    await page.getByTestId('rp-save').click();
    await expect.poll(() => page.getByTestId('rp-save').isDisabled()).toBe(true);
    // The October arrivals are checked and locked under 外资项目 (not this page's business).
    lockMonth(s.app.store.db, parkId(PINGHU), '2026-10', new Date().toISOString(), 'e2e');
    await page.getByTestId('rp-validate').click();
    await expect.poll(() => page.getByTestId('rp-status').innerText()).toContain('已校验');
    await expect.poll(() => page.getByTestId('rp-problems-ok').isVisible()).toBe(true);
  });

  it('exports the .xlsx with the government layout, submits it by its hash, and a revision shows its differences', async () => {
    const { page } = s;
    const download = page.waitForEvent('download');
    await page.getByTestId('rp-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`园区利用外资情况月报_${PINGHU}_2026-10.xlsx`);
    const saved = await file.path();
    const workbook = await workbookOf(saved);
    const sheet = workbook.getWorksheet('利用外资月报')!;
    const title = addressOf(sheet, /^园区利用外资情况月报$/)!;
    expect(sheet.getCell(title).isMerged).toBe(true);
    expect(sheet.getCell(title).alignment?.horizontal).toBe('center');
    for (const text of [/表\s*号/, /浙园外资统1表/, /制表机关/, /填报单位/, /^甲$/, /^乙$/, /^丙$/, /单位负责人/, /统计负责人/, /填表人/, /联系电话/, /报出日期/]) {
      expect(addressOf(sheet, text), String(text)).toBeDefined();
    }
    expect(sheet.views[0]?.state).toBe('frozen');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(workbook.worksheets.length).toBe(2);

    await page.getByTestId('rp-submit').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('rp-status').innerText()).toContain('已报送');
    await screenshot(page, 'reports-03-submitted');

    await page.getByTestId('rp-revise').click();
    await expect.poll(() => page.getByTestId('rp-status').innerText()).toContain('第 2 版');
    await page.getByTestId('rp-header-phone').first().fill('0573-85009999');
    await page.getByTestId('rp-save').click();
    await expect.poll(() => page.getByTestId('rp-save').isDisabled()).toBe(true);
    await page.getByTestId('rp-diff').click();
    await expect.poll(() => page.getByTestId('rp-diff-table').innerText()).toContain('0573-85009999');
    expect(await page.getByTestId('rp-diff-table').innerText()).toContain('联系电话');
    await screenshot(page, 'reports-04-diff');
    await page.keyboard.press('Escape');

    await page.getByTestId('rp-compare').click();
    await expect.poll(() => page.getByTestId('rp-compare-table').innerText()).toContain('实际使用外资');
    expect(await page.getByTestId('rp-compare-table').innerText()).toContain('2026-09');
    await screenshot(page, 'reports-05-compare');
    await page.keyboard.press('Escape');
  });

  it('lists submissions with filters, and the same page reads in English', async () => {
    const { page } = s;
    await page.getByTestId('rp-tab-submissions').click();
    await expect.poll(() => page.getByTestId('rp-submissions').innerText()).toContain(PINGHU);
    expect(await page.getByTestId('rp-submissions').innerText()).toContain('第 2 版');
    await screenshot(page, 'reports-06-submissions');
    await page.getByTestId('lang-switch-en').click();
    await expect.poll(() => page.getByTestId('rp-submissions').innerText()).toContain('revision 2');
    expect(await page.getByTestId('rp-tab-fill').innerText()).toBe('Fill in');
    await screenshot(page, 'reports-07-submissions-en');
    await page.getByTestId('lang-switch-zh-CN').click();
  });

  it('raised no page errors', () => {
    expect(s.pageErrors).toEqual([]);
  });
});
