import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_MIGRATIONS_FOLDER, openStore, setDamagedStoreAside, STORE_FILE_NAME, type Store } from '../db/client';
import { contextOverSession } from './api/context';
import { createDispatch } from './api/dispatch';
import { formatMessage } from './api/contract/messages';
import { AppError } from './services/appError';
import { argValue, resolveDataDir } from './services/dataDir';
import { currentActor } from './services/audit/operatorSetting';
import { startDailyBackups } from './services/backup/dailyBackup';
import { damagedStoreRecovery } from './services/backup/damagedStoreRecovery';
import { cachedNetworkDriveCheck } from './services/backup/networkDrive';
import { operatorName } from './services/operatorName';
import { createStoreSession } from './services/storeSession';
import { startHttpServer } from './transports/http';
import packageJson from '../package.json';

/**
 * Browser mode: `npm run serve -- [--data-dir DIR] [--port N] [--move-damaged-aside | --restore-newest-backup]`.
 * Serves the built renderer and the API on 127.0.0.1 and prints the URL (with its one-time token).
 */
const argv = process.argv.slice(2);
const dataDir = resolveDataDir(argv, process.env);
const storeFile = path.join(dataDir, STORE_FILE_NAME);
const staticDir = path.join(__dirname, '..', 'build', 'renderer');

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

async function openOrExplain(): Promise<Store> {
  try {
    return openStore(storeFile);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'STORE_CORRUPT' && argv.includes('--restore-newest-backup')) {
      const recovery = damagedStoreRecovery(dataDir, DEFAULT_MIGRATIONS_FOLDER);
      const backup = recovery.findNewestGoodBackup();
      if (!backup) fail(['数据文件已损坏，且没有可用的完好备份。可加 --move-damaged-aside 新建空数据库。', 'The data file is damaged and no good backup exists; add --move-damaged-aside to start empty.']);
      const aside = setDamagedStoreAside(storeFile);
      await recovery.restoreInto(storeFile, backup);
      console.error(`已将损坏的数据文件移到 ${aside}，并从备份 ${backup.name} 恢复。`);
      console.error(`The damaged file was moved to ${aside} and backup ${backup.name} restored.`);
      return openStore(storeFile);
    }
    if (error.code === 'STORE_CORRUPT' && argv.includes('--move-damaged-aside')) {
      const aside = setDamagedStoreAside(storeFile);
      console.error(`已将损坏的数据文件移到 ${aside}，并新建空数据库。`);
      return openStore(storeFile);
    }
    const hint =
      error.code === 'STORE_CORRUPT'
        ? [
            '可加 --restore-newest-backup 从最新的完好备份恢复，或加 --move-damaged-aside 将损坏的文件移到一旁并新建空数据库。',
            'Add --restore-newest-backup to restore the newest good backup, or --move-damaged-aside to move the damaged file aside and start empty.',
          ]
        : [];
    return fail([`${error.message}：${storeFile}`, formatMessage(`code.${error.code}`, {}, 'en'), ...hint]);
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    fail(['界面尚未构建，请先运行 npm run build:renderer。', 'The renderer is not built yet: run npm run build:renderer first.']);
  }
  const session = createStoreSession(await openOrExplain(), (file) => openStore(file));
  const osAccount = operatorName();
  const dispatch = createDispatch(
    contextOverSession(session, {
      dataDir,
      // Read on every change: the name chosen in the app, else the OS account.
      get actor() {
        return currentActor(session.current.db, osAccount);
      },
      now: () => new Date(),
      appVersion: packageJson.version,
    }),
  );
  if (cachedNetworkDriveCheck(storeFile).onNetworkDrive) {
    console.warn('警告：数据文件位于网络驱动器上，可能丢失修改，请改用本机磁盘。/ Warning: the store is on a network drive; use a local disk.');
  }
  const dailyBackups = startDailyBackups({
    store: () => session.current,
    dataDir,
    now: () => new Date(),
    appVersion: packageJson.version,
    onError: (error) => console.error('[backup] daily backup failed', error),
  });
  const port = Number(argValue(argv, 'port') ?? process.env.PARKDESK_PORT ?? 0);
  const server = await startHttpServer({ dispatch, staticDir, port });
  console.log(`园区通 ParkDesk 浏览器模式 / browser mode`);
  console.log(`数据目录 data folder: ${dataDir}`);
  console.log(`请在浏览器中打开 / open in a browser: ${server.url}`);

  const shutdown = () => {
    dailyBackups.stop();
    void server.close().then(() => {
      session.current.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main();
