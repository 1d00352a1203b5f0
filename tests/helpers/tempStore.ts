import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../db/client';
import type { ApiContext } from '../../electron/api/context';
import { createDispatch } from '../../electron/api/dispatch';

/** A fresh data folder in the system temp dir; removed by `cleanup`. */
export function makeTempDir(prefix = 'parkdesk-test-'): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface TestApp {
  dir: string;
  store: Store;
  ctx: ApiContext;
  call(method: string, input?: unknown): ReturnType<ReturnType<typeof createDispatch>>;
  close(): void;
}

/** The real store in a real SQLite file, with the real dispatcher in front of it. */
export function openTestApp(): TestApp {
  const { dir, cleanup } = makeTempDir();
  const store = openStore(path.join(dir, 'parkdesk.sqlite'));
  const ctx: ApiContext = { store, dataDir: dir, actor: '测试员', now: () => new Date(), appVersion: '0.0.0-test' };
  const dispatch = createDispatch(ctx, { logError: () => {} });
  return {
    dir,
    store,
    ctx,
    call: (method, input) => dispatch(method, input),
    close: () => {
      store.close();
      cleanup();
    },
  };
}
