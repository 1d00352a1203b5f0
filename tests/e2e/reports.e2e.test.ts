import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockMonth } from '../../db/repos/arrivalsRepo';
import { chooseOption } from './antd';
import { openSession, screenshot, type BrowserSession } from './browserMode';
import { bytesOf, letter, openLedger, swapColumns, wrongCheckDigit, type Ledger } from './ledgerEdits';
import { apiOf, exportedReport, type Api } from './reportsApi';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** expect.poll with room for a busy machine (its default is one second); slow steps pass their own timeout. */
const poll = <T>(read: () => T | Promise<T>, options: { timeout?: number } = {}) => expect.poll(read, { timeout: 10_000, ...options });

/** Chooses files in the 导入 / 汇总 drop zone, as the system file dialog would hand them over. */
async function chooseFiles(page: Page, testId: string, files: { name: string; buffer: Buffer }[]): Promise<void> {
  await page.getByTestId(testId).locator('input[type=file]').setInputFiles(files.map((f) => ({ ...f, mimeType: XLSX })));
}

const PINGHU = '中日（平湖）产业合作园';
const JIASHAN = '中荷（嘉善）产业合作园';
const HAIYAN = '中法（海盐）产业合作园';

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
    await chooseOption(page, page.getByTestId('rp-form-select'), 'T1 园区利用外资情况月报');
    await chooseOption(page, page.getByTestId('rp-park-select'), PINGHU, '平湖');
    const month = page.getByPlaceholder('选择月份');
    // A monthly form opens on the month that ended last: the one due at the province now.
    const today = new Date();
    const lastMonth = new Date(today.getFullYear(), today.getMonth() - 1, 1);
    await poll(() => month.inputValue()).toBe(`${lastMonth.getFullYear()}-${String(lastMonth.getMonth() + 1).padStart(2, '0')}`);
    await month.fill('2026-10');
    await month.press('Enter');
    await poll(() => page.getByTestId('rp-form-title').first().innerText()).toBe('园区利用外资情况月报');
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
    await poll(() => page.getByTestId('rp-save').isDisabled()).toBe(true);
    await page.getByTestId('rp-validate').click();
    const problems = page.getByTestId('rp-problems');
    await poll(() => problems.innerText()).toContain('请填写填表人');
    expect(await problems.innerText()).toContain('2026-10 的实到外资尚未锁定');
    expect(await page.getByTestId('rp-header-preparer').first().getAttribute('class')).toContain('ant-input-status-error');
    await screenshot(page, 'reports-02-validation-problems');

    await page.getByTestId('rp-header-reportingUnit').first().fill(PINGHU);
    await page.getByTestId('rp-header-preparer').first().fill('陈晓');
    await page.getByTestId('rp-save').click();
    await poll(() => page.getByTestId('rp-save').isDisabled()).toBe(true);
    // The October arrivals are checked and locked under 外资项目 (not this page's business).
    lockMonth(s.app.store.db, parkId(PINGHU), '2026-10', new Date().toISOString(), 'e2e');
    await page.getByTestId('rp-validate').click();
    await poll(() => page.getByTestId('rp-status').innerText()).toContain('已校验');
    await poll(() => page.getByTestId('rp-problems-ok').isVisible()).toBe(true);
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
    await poll(() => page.getByTestId('rp-status').innerText()).toContain('已报送');
    await screenshot(page, 'reports-03-submitted');

    await page.getByTestId('rp-revise').click();
    await poll(() => page.getByTestId('rp-status').innerText()).toContain('第 2 版');
    await page.getByTestId('rp-header-phone').first().fill('0573-85009999');
    await page.getByTestId('rp-save').click();
    await poll(() => page.getByTestId('rp-save').isDisabled()).toBe(true);
    await page.getByTestId('rp-diff').click();
    await poll(() => page.getByTestId('rp-diff-table').innerText()).toContain('0573-85009999');
    expect(await page.getByTestId('rp-diff-table').innerText()).toContain('联系电话');
    await screenshot(page, 'reports-04-diff');
    await page.keyboard.press('Escape');

    await page.getByTestId('rp-compare').click();
    await poll(() => page.getByTestId('rp-compare-table').innerText()).toContain('实际使用外资');
    expect(await page.getByTestId('rp-compare-table').innerText()).toContain('2026-09');
    await screenshot(page, 'reports-05-compare');
    await page.keyboard.press('Escape');
  });

  it('lists submissions with filters, and the same page reads in English', async () => {
    const { page } = s;
    await page.getByTestId('rp-tab-submissions').click();
    await poll(() => page.getByTestId('rp-submissions').innerText()).toContain(PINGHU);
    expect(await page.getByTestId('rp-submissions').innerText()).toContain('第 2 版');
    await screenshot(page, 'reports-06-submissions');
    await page.getByTestId('lang-switch-en').click();
    await poll(() => page.getByTestId('rp-submissions').innerText()).toContain('revision 2');
    expect(await page.getByTestId('rp-tab-fill').innerText()).toBe('Fill in');
    await screenshot(page, 'reports-07-submissions-en');
    await page.getByTestId('lang-switch-zh-CN').click();
  });

  it('本期应报: before a form is chosen, every park’s reports due now and how far each has got; a click opens one', async () => {
    const { page } = s;
    await page.getByRole('menuitem', { name: /报表/ }).click();
    const due = page.getByTestId('rp-due');
    await poll(() => due.innerText()).toContain(HAIYAN);
    const today = new Date();
    const lastMonth = new Date(today.getFullYear(), today.getMonth() - 1, 1);
    const month = `${lastMonth.getFullYear()}-${String(lastMonth.getMonth() + 1).padStart(2, '0')}`;
    expect(await due.innerText()).toContain(`T1 · ${month}`);
    // Choosing T1 and 平湖 above opened the month due as a draft; 海盐 has not started.
    await poll(() => due.getByRole('button', { name: `T1 ${month} ${PINGHU}` }).innerText()).toContain('草稿');
    expect(await due.getByRole('button', { name: `T1 ${month} ${HAIYAN}` }).innerText()).toBe('未开始');
    await screenshot(page, 'reports-05b-due-now');
    await due.getByRole('button', { name: `T2 ${month} ${HAIYAN}` }).click();
    await poll(() => page.getByTestId('rp-form-title').first().innerText()).toBe('重点外资项目推进台账');
    expect(await page.getByTestId('rp-header-reportingUnit').first().inputValue()).toBe(HAIYAN);
  });

  it('T3: cells the park fills in are inputs, saved as typed; T2 shows the whole ledger in a virtual table', async () => {
    const { page } = s;
    await page.evaluate((park) => (window.location.hash = `#/reports?tab=fill&code=T3&park=${park}&period=2026-Q3`), parkId(JIASHAN));
    await poll(() => page.getByTestId('rp-form-period').innerText()).toBe('2026年第3季度');
    const editable = page.locator('td.rp-cell-editable input').first();
    await editable.fill('1234.5');
    await editable.press('Tab');
    await page.getByTestId('rp-save').click();
    await poll(() => page.getByTestId('rp-save').isDisabled()).toBe(true);
    expect(await page.locator('td.rp-cell-manual input').first().inputValue()).toMatch(/^1,?234\.5/);
    expect(await page.getByTestId('rp-status').innerText()).toContain('草稿');
    await screenshot(page, 'reports-06b-fill-t3');

    await page.evaluate((park) => (window.location.hash = `#/reports?tab=fill&code=T2&park=${park}&period=2026-09`), parkId(PINGHU));
    await poll(() => page.getByTestId('rp-list-ledger').innerText()).toContain('统一社会信用代码');
    expect(await page.getByTestId('rp-list-ledger').innerText()).toContain('蒂森克虏伯');
    await screenshot(page, 'reports-06c-fill-t2');
  });

  describe('导入: a T2 ledger edited by hand', () => {
    let ledger: Ledger;
    let original: { code: string; amount: unknown; date: unknown };
    let cols: { code: number; amount: number; signed: number };
    let row: number;
    /** The corrected file's bytes: exceljs stamps each write, so only these exact bytes are "the same file". */
    let fixed: Buffer;

    it('shows the dry-run errors at the sheet, row and column a person finds them, and offers the annotated copy', async () => {
      const { page } = s;
      const exported = await exportedReport(api, { id: parkId(PINGHU), name: PINGHU }, 'T2', '2026-09');
      ledger = await openLedger(exported.bytes);
      // Hand-made: 项目名称 and 企业名称 swapped, then a wrong check character, a negative amount and a text date.
      swapColumns(ledger, ledger.column('项目名称'), ledger.column('企业名称'));
      cols = { code: ledger.column('统一社会信用代码'), amount: ledger.column('总投资'), signed: ledger.column('签约日期') };
      row = ledger.firstRecord;
      const cell = (c: number) => ledger.sheet.getCell(row, c);
      original = { code: String(cell(cols.code).value), amount: cell(cols.amount).value, date: cell(cols.signed).value };
      cell(cols.code).value = wrongCheckDigit(original.code);
      cell(cols.amount).value = -1200;
      cell(cols.signed).value = '2026年2月30日';

      await page.getByTestId('rp-tab-import').click();
      await chooseFiles(page, 'imp-file', [{ name: '平湖台账-手改.xlsx', buffer: await bytesOf(ledger) }]);
      const problems = page.getByTestId('imp-problems');
      await poll(() => problems.isVisible(), { timeout: 30_000 }).toBe(true);
      const text = await problems.innerText();
      const sheetName = ledger.sheet.name;
      for (const [column, what] of [[cols.code, '校验位'], [cols.amount, '负'], [cols.signed, '日期']] as const) {
        const line = text.split('\n').find((l) => l.includes(`${sheetName}\t${row}\t${letter(column)}\t`));
        expect(line, `${letter(column)}${row} ${what}`).toContain(what);
      }
      expect(await page.getByTestId('imp-commit').isDisabled()).toBe(true);
      await screenshot(page, 'reports-08-import-problems');

      const download = page.waitForEvent('download');
      await page.getByTestId('imp-problem-copy').click();
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.readFile(await (await download).path());
      const marked = copy.getWorksheet(sheetName)!.getCell(row, cols.amount);
      expect(JSON.stringify(marked.note ?? '')).toContain('负');
    }, 90_000);

    it('fixed and imported again: no problems, the commit runs with progress, and the batch is in the history', async () => {
      const { page } = s;
      const cell = (c: number) => ledger.sheet.getCell(row, c);
      cell(cols.code).value = original.code;
      cell(cols.amount).value = original.amount as ExcelJS.CellValue;
      cell(cols.signed).value = original.date as ExcelJS.CellValue;
      // A real update besides the corrections, as a park officer would make it: unchanged rows write nothing.
      cell(ledger.column('需协调事项')).value = '二期用地指标待市自然资源局协调';
      await page.getByTestId('imp-restart').click();
      fixed = await bytesOf(ledger);
      await chooseFiles(page, 'imp-file', [{ name: '平湖台账-已改正.xlsx', buffer: fixed }]);
      await poll(() => page.getByTestId('imp-clean').isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await page.getByTestId('imp-file-name').innerText()).toMatch(/平湖台账-已改正\.xlsx（\d+ KB）/);
      await screenshot(page, 'reports-09-import-clean');
      await page.getByTestId('imp-commit').click();
      await poll(() => page.getByTestId('imp-done').isVisible(), { timeout: 30_000 }).toBe(true);
      // The dry run's row is there already; wait for the history to show that same file 已导入.
      await poll(() => page.getByTestId('imp-history').innerText()).toMatch(/平湖台账-已改正\.xlsx[^\n]*已导入/);
      await screenshot(page, 'reports-10-import-done');
      await page.getByTestId('imp-history').getByRole('button', { name: /查\s*看/ }).first().click();
      await poll(() => page.getByTestId('imp-batch-records').innerText()).toMatch(/项目|企业/);
      await screenshot(page, 'reports-11-import-batch');
      await page.keyboard.press('Escape');
    }, 90_000);

    it('the same file again is flagged as a duplicate and needs an explicit confirmation', async () => {
      const { page } = s;
      await page.getByTestId('imp-again').click();
      await chooseFiles(page, 'imp-file', [{ name: '平湖台账-已改正.xlsx', buffer: fixed }]);
      await poll(() => page.getByTestId('imp-duplicate').isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await page.getByTestId('imp-commit').isDisabled()).toBe(true);
      await page.getByTestId('imp-duplicate-confirm').click();
      expect(await page.getByTestId('imp-commit').isDisabled()).toBe(false);
      await page.getByTestId('imp-restart').click();
    }, 90_000);

    it('a renamed or damaged file gets a clear Chinese message', async () => {
      const { page } = s;
      await chooseFiles(page, 'imp-file', [{ name: '园区台账.xlsx', buffer: Buffer.from('序号,项目名称\n1,某项目\n', 'utf8') }]);
      await poll(() => page.getByTestId('imp-file-refused').first().innerText()).toContain('内容不是 Excel 工作簿');
      const whole = await bytesOf(ledger);
      await chooseFiles(page, 'imp-file', [{ name: '下载中断.xlsx', buffer: whole.subarray(0, Math.floor(whole.length / 2)) }]);
      await poll(() => page.getByTestId('imp-failure').isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await page.getByTestId('imp-failure').innerText()).toMatch(/文件|工作簿/);
      await screenshot(page, 'reports-12-import-damaged');
    }, 90_000);

    it('a running dry run can be cancelled', async () => {
      const { page } = s;
      const template = ledger.sheet.getRow(row).values as ExcelJS.CellValue[];
      for (let i = 0; i < 40_000; i += 1) ledger.sheet.addRow(template.slice(1));
      const big = await bytesOf(ledger);
      await chooseFiles(page, 'imp-file', [{ name: '大台账.xlsx', buffer: big }]);
      await page.getByTestId('imp-progress').waitFor();
      await screenshot(page, 'reports-13a-import-progress');
      await page.getByTestId('imp-progress-cancel').click();
      await poll(() => page.getByTestId('imp-failure').innerText(), { timeout: 30_000 }).toContain('已取消');
      await screenshot(page, 'reports-13-import-cancelled');
    }, 90_000);
  });

  it('汇总: three parks’ T1 files of one period are checked and summarised, and the summary exported', async () => {
    const { page } = s;
    const at = new Date().toISOString();
    lockMonth(s.app.store.db, parkId(HAIYAN), '2026-09', at, 'e2e');
    const files = [];
    for (const name of [PINGHU, JIASHAN, HAIYAN]) {
      const file = await exportedReport(api, { id: parkId(name), name }, 'T1', '2026-09');
      files.push({ name: file.fileName, buffer: file.bytes });
    }
    await page.getByTestId('rp-tab-province').click();
    const month = page.getByPlaceholder('选择月份');
    await month.fill('2026-09');
    await month.press('Enter');
    await chooseFiles(page, 'prov-files', files);
    await poll(() => page.getByTestId('prov-file-list').locator('li').count()).toBe(3);
    await page.getByTestId('prov-dry-run').click();
    await poll(() => page.getByTestId('prov-summary').isVisible(), { timeout: 60_000 }).toBe(true);
    const summary = await page.getByTestId('prov-summary').innerText();
    for (const name of [PINGHU, JIASHAN, HAIYAN, '合计']) expect(summary).toContain(name);
    const checks = await page.getByTestId('prov-checks').innerText();
    expect(checks).toContain('未报送');
    expect(checks).toContain('中意宁波生态园');
    await screenshot(page, 'reports-14-province');
    await page.getByTestId('prov-commit').click();
    await poll(() => page.getByTestId('prov-commit').innerText()).toContain('已汇总');
    const download = page.waitForEvent('download');
    await page.getByTestId('prov-export').click();
    const workbook = await workbookOf(await (await download).path());
    const cells = texts(workbook.worksheets[0]!);
    for (const name of [PINGHU, JIASHAN, HAIYAN, '合计']) expect([...cells.values()].some((v) => v.includes(name)), name).toBe(true);
  }, 90_000);

  it('raised no page errors', () => {
    expect(s.pageErrors).toEqual([]);
  });
});
