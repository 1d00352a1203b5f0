import path from 'node:path';
import { openStore, STORE_FILE_NAME } from '../client';
import { writeSetting } from '../repos/settingsRepo';
import { AppError } from '../../electron/services/appError';
import { resolveDataDir } from '../../electron/services/dataDir';
import { operatorName } from '../../electron/services/operatorName';
import { seedDemoData } from './seedDemo';

/** `npm run seed:demo -- [--data-dir DIR]`: adds the demo parks to the store in that folder. */
const file = path.join(resolveDataDir(process.argv.slice(2), process.env), STORE_FILE_NAME);
try {
  const store = openStore(file);
  const added = seedDemoData(store, operatorName());
  writeSetting(store.db, 'initialized', true, new Date().toISOString());
  store.close();
  console.log(`已写入 ${added} 个演示园区 / added ${added} demo parks → ${file}`);
} catch (error) {
  console.error(error instanceof AppError ? `${error.message}：${file}` : error);
  process.exit(1);
}
