import fs from 'node:fs';
import path from 'node:path';
import { openStore, setDamagedStoreAside, STORE_FILE_NAME, type Store } from '../db/client';
import { contextOverSession } from './api/context';
import { createDispatch } from './api/dispatch';
import { formatMessage } from './api/contract/messages';
import { AppError } from './services/appError';
import { argValue, resolveDataDir } from './services/dataDir';
import { operatorName } from './services/operatorName';
import { createStoreSession } from './services/storeSession';
import { startHttpServer } from './transports/http';
import packageJson from '../package.json';

/**
 * Browser mode: `npm run serve -- [--data-dir DIR] [--port N] [--move-damaged-aside]`.
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

function openOrExplain(): Store {
  try {
    return openStore(storeFile);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'STORE_CORRUPT' && argv.includes('--move-damaged-aside')) {
      const aside = setDamagedStoreAside(storeFile);
      console.error(`已将损坏的数据文件移到 ${aside}，并新建空数据库。`);
      return openStore(storeFile);
    }
    const hint =
      error.code === 'STORE_CORRUPT'
        ? ['可加 --move-damaged-aside 将损坏的文件移到一旁并新建空数据库。', 'Add --move-damaged-aside to move the damaged file aside and start empty.']
        : [];
    return fail([`${error.message}：${storeFile}`, formatMessage(`code.${error.code}`, {}, 'en'), ...hint]);
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    fail(['界面尚未构建，请先运行 npm run build:renderer。', 'The renderer is not built yet: run npm run build:renderer first.']);
  }
  const session = createStoreSession(openOrExplain(), (file) => openStore(file));
  const dispatch = createDispatch(
    contextOverSession(session, { dataDir, actor: operatorName(), now: () => new Date(), appVersion: packageJson.version }),
  );
  const port = Number(argValue(argv, 'port') ?? process.env.PARKDESK_PORT ?? 0);
  const server = await startHttpServer({ dispatch, staticDir, port });
  console.log(`园区通 ParkDesk 浏览器模式 / browser mode`);
  console.log(`数据目录 data folder: ${dataDir}`);
  console.log(`请在浏览器中打开 / open in a browser: ${server.url}`);

  const shutdown = () => {
    void server.close().then(() => {
      session.current.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main();
