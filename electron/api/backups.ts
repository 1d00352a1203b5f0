import { z } from 'zod';
import { insertAudit } from '../../db/repos/auditRepo';
import { writeSetting } from '../../db/repos/settingsRepo';
import { AppError } from '../services/appError';
import { migrationsOfOpenStore } from '../services/backup/backupContents';
import { BACKUP_KEEP_SETTING, backupKeepOf } from '../services/backup/backupPolicy';
import { backupStore, backupStoreToFolder } from '../services/backup/backupStore';
import { inspectBackup, listBackups } from '../services/backup/listBackups';
import { currentCounts, restoreBackup } from '../services/backup/restoreBackup';
import type { ApiContext } from './context';
import { backupNameInput, backupSettingsInput, backupToFolderInput } from './contract/backupSchemas';
import { mutation, query } from './defineMethod';
import { demoModeOf } from './demo';

/**
 * The demo store is shown to visitors and thrown away: a backup of it would sit among the real backups (and could
 * be restored over the real store later), and a restore would replace the demo store with real data on the projector.
 */
function refuseInDemo(ctx: ApiContext): void {
  if (demoModeOf(ctx)) throw new AppError('DEMO_NO_BACKUP');
}

function requireDataDir(ctx: ApiContext): string {
  if (!ctx.dataDir) throw new AppError('RESTORE_UNAVAILABLE');
  return ctx.dataDir;
}

function fileView(file: { name: string; kind: string; createdAt: Date; size: number }, folder: string) {
  return { name: file.name, kind: file.kind, createdAt: file.createdAt.toISOString(), size: file.size, folder };
}

/**
 * Backups and restore. Writing a backup and restoring one are long and asynchronous (SQLite's online backup
 * API works in steps between which the app stays responsive), so they cannot run inside a mutation's single
 * transaction: they are declared as queries and the restore writes its own audit row once it is done.
 */
export const backupsApi = {
  'backups.list': query(z.object({}).default({}), (ctx) => {
    const dataDir = requireDataDir(ctx);
    return {
      backups: listBackups(dataDir, migrationsOfOpenStore(ctx.store.sqlite)),
      keep: backupKeepOf(ctx.store.sqlite),
      current: currentCounts(ctx.store),
      busy: ctx.storeSession?.isBusy ?? false,
      canRestore: ctx.storeSession !== undefined,
      canChooseFolder: ctx.chooseFolder !== undefined,
      demoMode: demoModeOf(ctx),
    };
  }),

  /** The desktop app's folder dialog; null when cancelled (or in browser mode, where the path is typed). */
  'backups.chooseFolder': query(z.object({}).default({}), async (ctx) => ({ folder: ctx.chooseFolder ? await ctx.chooseFolder() : null })),

  /** What restoring this backup would bring back: counts and the time of its newest change, checked in full. */
  'backups.preview': query(backupNameInput, (ctx, { name }) => {
    const info = inspectBackup(requireDataDir(ctx), name, migrationsOfOpenStore(ctx.store.sqlite));
    if (!info) throw new AppError('BACKUP_NOT_FOUND', undefined, { name });
    return { backup: info, current: currentCounts(ctx.store) };
  }),

  /** 立即备份: a manual backup into the backups folder (rotated like the others). */
  'backups.create': query(z.object({}).default({}), async (ctx) => {
    refuseInDemo(ctx);
    const dataDir = requireDataDir(ctx);
    const file = await backupStore(ctx.store, dataDir, 'manual', { now: ctx.now(), appVersion: ctx.appVersion });
    return fileView(file, dataDir);
  }),

  /** 备份到其他位置: into a folder the user chose; nothing in that folder is ever removed. */
  'backups.createInFolder': query(backupToFolderInput, async (ctx, { folder }) => {
    refuseInDemo(ctx);
    const file = await backupStoreToFolder(ctx.store, folder, { now: ctx.now(), appVersion: ctx.appVersion });
    return fileView(file, folder);
  }),

  'backups.restore': query(backupNameInput, async (ctx, { name }) => {
    refuseInDemo(ctx);
    const dataDir = requireDataDir(ctx);
    const session = ctx.storeSession;
    if (!session) throw new AppError('RESTORE_UNAVAILABLE');
    // Who and what was replaced are read before the switch: afterwards the store (and its settings) is the backup's.
    const actor = ctx.actor;
    const replaced = currentCounts(ctx.store);
    const outcome = await restoreBackup(session, dataDir, name, { now: ctx.now(), appVersion: ctx.appVersion });
    insertAudit(session.current.db, {
      at: ctx.now().toISOString(),
      actor,
      action: 'restore',
      entity: 'store',
      entityId: name,
      source: 'restore',
      // Flat, so the trail's field changes read "园区数 12 → 11", "恢复自备份 → parkdesk-…".
      before: { ...replaced },
      after: { ...outcome.restored.counts, backup: name, backupCreatedAt: outcome.restored.createdAt, safetyBackup: outcome.safetyBackup.name },
    });
    return { restored: outcome.restored, safetyBackup: fileView(outcome.safetyBackup, dataDir), current: currentCounts(session.current) };
  }),

  'backups.updateSettings': mutation(backupSettingsInput, (ctx, { keep }) => {
    const before = backupKeepOf(ctx.store.sqlite);
    writeSetting(ctx.store.db, BACKUP_KEEP_SETTING, keep, ctx.at);
    ctx.audit({ action: 'update', entity: 'settings', entityId: BACKUP_KEEP_SETTING, before, after: keep });
    return { keep };
  }),
};
