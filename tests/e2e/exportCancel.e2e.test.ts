import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/client';
import { lockMonth } from '../../db/repos/arrivalsRepo';
import { creditCodeFor } from '../helpers/ledgerFixtures';
import { openSession, screenshot, type BrowserSession } from './browserMode';

const PINGHU = '中日（平湖）产业合作园';
/** Enough ledger rows that writing the workbook takes seconds, so 取消 lands while it runs. */
const PROJECTS = 40_000;

/** A park whose 重点外资项目推进台账 is long: PROJECTS signed projects of German and Japanese investors. */
function growLedger(store: Store, parkId: string): void {
  const at = new Date().toISOString();
  store.transaction(() => {
    const enterprise = store.sqlite.prepare(
      `INSERT INTO enterprises (id, name, credit_code, country_code, industry_code, park_id, tags, created_at, updated_at) VALUES (?, ?, ?, ?, '367', ?, '[]', ?, ?)`,
    );
    const project = store.sqlite.prepare(
      `INSERT INTO projects (id, name, enterprise_id, park_id, type, stage, signed_on, total_investment_usd, contracted_fdi_usd, source_country, industry_code, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'new', 'signed', '2026-03-05', ?, ?, ?, '367', ?, ?)`,
    );
    for (let i = 0; i < PROJECTS; i += 1) {
      const enterpriseId = randomUUID();
      const country = i % 2 === 0 ? 'DE' : 'JP';
      enterprise.run(enterpriseId, `平湖第${i}精密机械有限公司`, creditCodeFor(500_000 + i), country, parkId, at, at);
      project.run(randomUUID(), `第${i}号精密制造项目`, enterpriseId, parkId, 10_000_000 + i * 100, 5_000_000, country, at, at);
    }
  });
}

describe('a long T2 export in the real renderer, in Chromium', () => {
  let s: BrowserSession;

  beforeAll(async () => {
    s = await openSession({ withDemo: true });
    s.page.setDefaultTimeout(30_000);
    const parkId = (s.app.store.sqlite.prepare('SELECT id FROM parks WHERE name = ? AND deleted_at IS NULL').get(PINGHU) as { id: string }).id;
    growLedger(s.app.store, parkId);
    // The ledger's 本年实到 come from October's arrivals, checked and locked under 外资项目 before a report is made.
    lockMonth(s.app.store.db, parkId, '2026-10', new Date().toISOString(), 'e2e');
    await s.page.evaluate((park) => (window.location.hash = `#/reports?tab=fill&code=T2&park=${park}&period=2026-10`), parkId);
  }, 120_000);

  afterAll(() => s?.close());

  it('shows its progress and stops on 取消: no file is offered, and the form can still be exported', async () => {
    const { page } = s;
    await expect.poll(() => page.getByTestId('rp-list-ledger').innerText(), { timeout: 60_000 }).toContain('平湖第');
    await page.getByTestId('rp-validate').click();
    await expect.poll(() => page.getByTestId('rp-status').innerText(), { timeout: 60_000 }).toContain('已校验');

    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.getByTestId('rp-export').click();
    const progress = page.getByTestId('rp-export-progress');
    await progress.waitFor();
    // At once: the whole export of this ledger takes a second or two.
    await page.getByTestId('rp-export-progress-cancel').click();
    await expect.poll(() => page.locator('.ant-message').innerText()).toContain('已取消导出');
    await progress.waitFor({ state: 'detached' });
    expect(downloads).toEqual([]);
    expect(await page.getByTestId('rp-status').innerText()).toContain('已校验');
    await screenshot(page, 'export-02-cancelled');

    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByTestId('rp-export').click();
    await expect.poll(() => progress.innerText(), { timeout: 60_000 }).toMatch(/正在生成工作簿 · [\d,]+ \/ 40,00\d 行/);
    await screenshot(page, 'export-03-progress');
    expect((await download).suggestedFilename()).toBe(`重点外资项目推进台账_${PINGHU}_2026-10.xlsx`);
    expect(s.pageErrors).toEqual([]);
  }, 240_000);
});
