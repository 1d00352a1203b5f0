import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openStore } from '../../db/client';
import { writeSetting } from '../../db/repos/settingsRepo';
import { contextOverSession } from '../../electron/api/context';
import { createDispatch } from '../../electron/api/dispatch';
import { OPERATOR_SETTING } from '../../electron/services/audit/operatorSetting';
import { createStoreSession, type StoreSession } from '../../electron/services/storeSession';
import { startHttpServer } from '../../electron/transports/http';
import { makeTempDir } from '../helpers/tempStore';
import { collectPageErrors, launchChromium } from './browserMode';

const RENDERER_DIR = path.resolve(__dirname, '..', '..', 'build', 'renderer');

export interface DemoSession {
  dataDir: string;
  realStoreFile: string;
  session: StoreSession;
  browser: Browser;
  page: Page;
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Browser mode built as serve.ts builds it, with a switchable store session (demo mode needs it), over an
 * initialised but empty real store, and one Chromium page on it.
 */
export async function openDemoSession(): Promise<DemoSession> {
  const { dir, cleanup } = makeTempDir('parkdesk-e2e-demo-');
  const realStoreFile = path.join(dir, 'parkdesk.sqlite');
  const real = openStore(realStoreFile);
  writeSetting(real.db, 'initialized', true, new Date().toISOString());
  writeSetting(real.db, OPERATOR_SETTING, '张伟', new Date().toISOString());
  const session = createStoreSession(real, (file) => openStore(file));
  const dispatch = createDispatch(contextOverSession(session, { actor: 'e2e', now: () => new Date(), appVersion: '0.0.0-e2e', dataDir: dir }));
  const server = await startHttpServer({ dispatch, staticDir: RENDERER_DIR });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(10_000);
  const pageErrors = collectPageErrors(page);
  await page.goto(server.url);
  return {
    dataDir: dir,
    realStoreFile,
    session,
    browser,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
      session.current.close();
      cleanup();
    },
  };
}
