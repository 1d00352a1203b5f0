import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { STORE_FILE_NAME } from '../../../db/client';
import { writeSetting } from '../../../db/repos/settingsRepo';
import { seedDemoData } from '../../../db/seed/seedDemo';
import { seedDemoShowcase } from '../../../db/seed/seedDemoShowcase';
import { AppError } from '../appError';
import { StoreSwitchRefusedError, type StoreSession } from '../storeSession';
import { demoDir, demoStoreFile, isDemoStoreFile, pristineDemoFile } from './demoFiles';

export interface DemoHost {
  session: StoreSession;
  dataDir: string;
  appVersion: string;
  actor: string;
  now: Date;
}

/** The real store each session came from, so leaving the demo goes back to it (not to a guessed path). */
const realStoreOf = new WeakMap<StoreSession, string>();

export function inDemoMode(host: Pick<DemoHost, 'session' | 'dataDir'>): boolean {
  return isDemoStoreFile(host.dataDir, host.session.current.file);
}

/** Builds the pristine demo store once (per app version): the first-run demo data plus the showcase dataset. */
function ensurePristine(host: DemoHost): string {
  const pristine = pristineDemoFile(host.dataDir, host.appVersion);
  if (fs.existsSync(pristine)) return pristine;
  fs.mkdirSync(demoDir(host.dataDir), { recursive: true });
  const building = `${pristine}.building`;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${building}${suffix}`, { force: true });
  const store = host.session.open(building);
  try {
    seedDemoData(store, host.actor, host.now);
    seedDemoShowcase(store, host.actor, host.now);
    store.transaction(() => writeSetting(store.db, 'initialized', true, host.now.toISOString()));
    // One self-contained file: the copies made from it must not depend on a -wal beside it.
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    store.sqlite.pragma('journal_mode = DELETE');
  } finally {
    store.close();
  }
  fs.renameSync(building, pristine);
  for (const name of fs.readdirSync(demoDir(host.dataDir))) {
    const file = path.join(demoDir(host.dataDir), name);
    if (name.startsWith('parkdesk-demo-pristine-') && file !== pristine) fs.rmSync(file, { force: true });
  }
  return pristine;
}

/** SQLite's online backup from the pristine copy onto `target`, which may be open in the session right now. */
async function copyPristine(pristine: string, target: string): Promise<void> {
  const source = new Database(pristine, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
}

function switchOrRefuse(session: StoreSession, file: string): void {
  try {
    session.switchTo(file);
  } catch (error) {
    if (error instanceof StoreSwitchRefusedError) throw new AppError('STORE_BUSY');
    throw error;
  }
}

/** Switches the app to the demo store, creating it from the pristine copy the first time. The real store is not written. */
export async function enterDemo(host: DemoHost): Promise<void> {
  if (inDemoMode(host)) return;
  if (host.session.isBusy) throw new AppError('STORE_BUSY');
  const pristine = ensurePristine(host);
  const file = demoStoreFile(host.dataDir);
  if (!fs.existsSync(file)) await copyPristine(pristine, file);
  const real = host.session.current.file;
  switchOrRefuse(host.session, file);
  realStoreOf.set(host.session, real);
}

/** Puts the demo store back as it was built, in one online backup (the store stays open). */
export async function resetDemo(host: DemoHost): Promise<void> {
  if (!inDemoMode(host)) await enterDemo(host);
  if (host.session.isBusy) throw new AppError('STORE_BUSY');
  await copyPristine(ensurePristine(host), demoStoreFile(host.dataDir));
}

/** Back to the real store the demo was entered from. */
export function exitDemo(host: Pick<DemoHost, 'session' | 'dataDir'>): void {
  if (!inDemoMode(host)) return;
  switchOrRefuse(host.session, realStoreOf.get(host.session) ?? path.join(host.dataDir, STORE_FILE_NAME));
  realStoreOf.delete(host.session);
}
