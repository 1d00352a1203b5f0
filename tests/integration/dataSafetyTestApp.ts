import path from 'node:path';
import { openStore } from '../../db/client';
import { contextOverSession, type ApiContext } from '../../electron/api/context';
import { createDispatch } from '../../electron/api/dispatch';
import { currentActor } from '../../electron/services/audit/operatorSetting';
import { createStoreSession, type StoreSession } from '../../electron/services/storeSession';
import { makeTempDir } from '../helpers/tempStore';

export interface SessionTestApp {
  dir: string;
  storeFile: string;
  session: StoreSession;
  ctx: ApiContext;
  call(method: string, input?: unknown): Promise<{ ok: boolean; value?: any; error?: any }>;
  /** Advances the host's clock, so backups and audit rows of one test get distinct times. */
  clock: { now: Date };
  close(): void;
}

/** Built as main.ts and serve.ts build it: a switchable session, the actor read from the settings, a data folder. */
export function openSessionTestApp(osAccount = 'wangfang'): SessionTestApp {
  const { dir, cleanup } = makeTempDir('parkdesk-safety-');
  const storeFile = path.join(dir, 'parkdesk.sqlite');
  const session = createStoreSession(openStore(storeFile), (file) => openStore(file));
  const clock = { now: new Date('2026-11-20T02:00:00.000Z') };
  const ctx = contextOverSession(session, {
    dataDir: dir,
    get actor() {
      return currentActor(session.current.db, osAccount);
    },
    now: () => {
      clock.now = new Date(clock.now.getTime() + 1000);
      return clock.now;
    },
    appVersion: '0.1.0-test',
  });
  const dispatch = createDispatch(ctx, { logError: (error) => console.error(error) });
  return {
    dir,
    storeFile,
    session,
    ctx,
    clock,
    call: (method, input) => dispatch(method, input) as Promise<{ ok: boolean; value?: any; error?: any }>,
    close: () => {
      session.current.close();
      cleanup();
    },
  };
}

export function parkInput(name: string) {
  return { name, kind: 'international_cooperation', level: 'provincial', partnerCountries: ['DE'], divisionCode: '330482', leadingIndustries: [], areaMu: 100 };
}

export function countOf(app: SessionTestApp, table: string): number {
  return (app.session.current.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}
