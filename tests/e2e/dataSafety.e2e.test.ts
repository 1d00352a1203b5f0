import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../db/client';
import { writeSetting } from '../../db/repos/settingsRepo';
import { seedDemoData } from '../../db/seed/seedDemo';
import { contextOverSession } from '../../electron/api/context';
import { createDispatch } from '../../electron/api/dispatch';
import { currentActor } from '../../electron/services/audit/operatorSetting';
import { createStoreSession, type StoreSession } from '../../electron/services/storeSession';
import { startHttpServer, type RunningHttpServer } from '../../electron/transports/http';
import { makeTempDir } from '../helpers/tempStore';
import { collectPageErrors, launchChromium, screenshot } from './browserMode';

const RENDERER_DIR = path.resolve(__dirname, '..', '..', 'build', 'renderer');

/** Browser mode as serve.ts builds it: a switchable store (restore needs it) and the operator from the settings. */
async function startHost(): Promise<{ session: StoreSession; server: RunningHttpServer; dataDir: string; stop(): Promise<void> }> {
  const { dir, cleanup } = makeTempDir('parkdesk-e2e-safety-');
  const store = openStore(path.join(dir, 'parkdesk.sqlite'));
  seedDemoData(store, 'e2e');
  writeSetting(store.db, 'initialized', true, new Date().toISOString());
  const session = createStoreSession(store, (file) => openStore(file));
  const dispatch = createDispatch(
    contextOverSession(session, {
      dataDir: dir,
      get actor() {
        return currentActor(session.current.db, 'desk-account');
      },
      now: () => new Date(),
      appVersion: '0.0.0-e2e',
    }),
  );
  const server = await startHttpServer({ dispatch, staticDir: RENDERER_DIR });
  return {
    session,
    server,
    dataDir: dir,
    stop: async () => {
      await server.close();
      session.current.close();
      cleanup();
    },
  };
}

describe('data safety in the real renderer, in Chromium: backup, change, restore, and who changed what', () => {
  let host: Awaited<ReturnType<typeof startHost>>;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];
  let parkName: string;
  let renamed: string;
  let backupName: string;

  const parkNames = () => (host.session.current.sqlite.prepare('SELECT name FROM parks WHERE deleted_at IS NULL').all() as { name: string }[]).map((r) => r.name);

  beforeAll(async () => {
    host = await startHost();
    parkName = parkNames().sort()[0]!;
    renamed = `${parkName}（已改名）`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(10_000);
    pageErrors = collectPageErrors(page);
    await page.goto(host.server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('asks for the operator name and records it', async () => {
    await page.getByTestId('operator-missing-action').click();
    await page.getByTestId('operator-name').fill('王芳');
    await page.getByTestId('operator-save').click();
    await expect.poll(() => host.session.current.sqlite.prepare(`SELECT value FROM settings WHERE key = 'operatorName'`).get()).toEqual({ value: '"王芳"' });
    await screenshot(page, 'data-safety-01-operator');
  });

  it('makes a backup now, listed with its kind and what is in it', async () => {
    await page.getByTestId('ds-tab-backups').click();
    await page.getByTestId('backup-now').click();
    const table = page.getByTestId('backups-table');
    await expect.poll(() => table.innerText()).toContain('手动');
    expect(await table.innerText()).toContain(`园区 ${parkNames().length}`);
    expect(await table.innerText()).toContain('完好');
    backupName = fs.readdirSync(path.join(host.dataDir, 'backups')).find((n) => n.startsWith('parkdesk-manual-') && n.endsWith('.sqlite'))!;
    expect(backupName).toBeTruthy();
    await screenshot(page, 'data-safety-02-backup-made');
  });

  it('a park renamed in the parks page shows in the audit trail: who, what, old → new', async () => {
    await page.getByTestId('nav-parks').click();
    await page.getByTestId('parks-search').fill(parkName);
    const row = page.locator('[data-testid="parks-table"] tr').filter({ hasText: parkName }).first();
    await row.getByRole('button', { name: '编辑' }).click();
    await page.fill('#park-form_name', renamed);
    await page.getByTestId('park-form-submit').click();
    await expect.poll(parkNames).toContain(renamed);

    await page.getByTestId('nav-dataSafety').click();
    await page.getByTestId('ds-tab-audit').click();
    const trail = page.getByTestId('audit-table');
    await expect.poll(() => trail.innerText()).toContain(renamed);
    const first = trail.locator('tbody tr').first();
    const text = await first.innerText();
    expect(text).toContain('王芳');
    expect(text).toContain('修改');
    expect(text).toContain('园区');
    expect(text).toContain(`名称：${parkName} → ${renamed}`);
    await screenshot(page, 'data-safety-03-audit');
  });

  it('restores the backup after a preview that says what will happen; the rename is gone', async () => {
    await page.getByTestId('ds-tab-backups').click();
    await page.getByTestId(`restore-${backupName}`).click();
    const warning = page.getByTestId('restore-warning');
    await expect.poll(() => warning.innerText()).toMatch(/当前数据将先备份，再恢复到 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 的状态/);
    expect(await page.getByTestId('restore-preview').innerText()).toContain('园区');
    await screenshot(page, 'data-safety-04-restore-preview');
    await page.getByTestId('restore-confirm').click();

    await expect.poll(parkNames, { timeout: 15_000 }).toContain(parkName);
    expect(parkNames()).not.toContain(renamed);
    // The window reloads onto the restored data; the list shows the before-restore backup too.
    await page.waitForLoadState('load');
    await page.getByTestId('ds-tab-backups').waitFor();
    await expect.poll(() => page.getByTestId('backups-table').innerText(), { timeout: 15_000 }).toContain('恢复前');
    await screenshot(page, 'data-safety-05-restored');

    await page.getByTestId('nav-parks').click();
    await page.getByTestId('parks-search').fill(parkName);
    await expect.poll(() => page.getByTestId('parks-table').innerText()).toContain(parkName);
    expect(await page.getByTestId('parks-table').innerText()).not.toContain('已改名');

    await page.getByTestId('nav-dataSafety').click();
    await page.getByTestId('ds-tab-audit').click();
    const first = page.getByTestId('audit-table').locator('tbody tr').first();
    await expect.poll(() => first.innerText()).toContain('恢复');
    expect(await first.innerText()).toContain('王芳');
    await screenshot(page, 'data-safety-06-audit-after-restore');
  });

  it('reads in English too, and exports the trail as .xlsx', async () => {
    await page.getByTestId('lang-switch-en').click();
    await expect.poll(() => page.getByTestId('ds-tab-audit').innerText()).toBe('Audit trail');
    const trail = page.getByTestId('audit-table');
    // Switching the language is itself a change: its row may now be the newest one.
    await expect.poll(() => trail.innerText()).toContain('Restored');
    const download = page.waitForEvent('download');
    await page.getByTestId('audit-export').click();
    expect((await download).suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await page.getByTestId('ds-tab-backups').click();
    await expect.poll(() => page.getByTestId('backups-table').innerText()).toContain('Before restore');
    // The list is shown faded while it loads; the screenshot is of the loaded list.
    await page.waitForFunction(() => !document.querySelector('.ant-spin-blur, .ant-spin-spinning'));
    await screenshot(page, 'data-safety-07-english');
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
