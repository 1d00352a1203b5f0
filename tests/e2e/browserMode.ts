import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openStore, type Store } from '../../db/client';
import { writeSetting } from '../../db/repos/settingsRepo';
import { seedDemoData } from '../../db/seed/seedDemo';
import { createDispatch } from '../../electron/api/dispatch';
import { startHttpServer, type RunningHttpServer } from '../../electron/transports/http';
import { makeTempDir } from '../helpers/tempStore';

const RENDERER_DIR = path.resolve(__dirname, '..', '..', 'build', 'renderer');
const SCREENSHOT_DIR = path.resolve(__dirname, 'screenshots');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** The real main-process code (store, dispatcher, HTTP transport) in front of the built renderer. */
export interface BrowserModeApp {
  server: RunningHttpServer;
  store: Store;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startBrowserMode(): Promise<BrowserModeApp> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('build/renderer is missing: run `npm run build:renderer` (npm test does it first)');
  }
  const { dir, cleanup } = makeTempDir('parkdesk-e2e-');
  const store = openStore(path.join(dir, 'parkdesk.sqlite'));
  const dispatch = createDispatch({ store, actor: 'e2e', now: () => new Date(), appVersion: '0.0.0-e2e', dataDir: dir });
  const server = await startHttpServer({ dispatch, staticDir: RENDERER_DIR });
  return {
    server,
    store,
    dataDir: dir,
    stop: async () => {
      await server.close();
      store.close();
      cleanup();
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Failing page errors must fail the test: a blank screen is a defect even if the assertions pass. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export interface BrowserSession {
  app: BrowserModeApp;
  browser: Browser;
  page: Page;
  /** Errors the page raised; a test file ends by asserting there were none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Browser mode plus one Chromium page opened on it. `withDemo` loads the demo data first and skips the first-run
 * question, as a park that chose the demo would see the app.
 */
export async function openSession({ withDemo }: { withDemo: boolean }): Promise<BrowserSession> {
  const app = await startBrowserMode();
  if (withDemo) {
    seedDemoData(app.store, 'e2e');
    writeSetting(app.store.db, 'initialized', true, new Date().toISOString());
  }
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(8_000);
  const pageErrors = collectPageErrors(page);
  await page.goto(app.server.url);
  return {
    app,
    browser,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await app.stop();
    },
  };
}
