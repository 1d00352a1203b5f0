import path from 'node:path';
import { openStore, STORE_FILE_NAME, type Store } from '../../db/client';
import { findLiveParkByName, getLivePark } from '../../db/repos/parksRepo';
import type { ApiContext } from '../api/context';
import { createDispatch, type Dispatch } from '../api/dispatch';
import { currentActor } from '../services/audit/operatorSetting';
import { resolveDataDir } from '../services/dataDir';
import { operatorName } from '../services/operatorName';
import packageJson from '../../package.json';
import { UsageError } from './cliArgs';

/** The store of the data folder (--data-dir, else PARKDESK_DATA_DIR, else ./data) behind the API's own dispatcher. */
export interface CliHost {
  store: Store;
  ctx: ApiContext;
  dispatch: Dispatch;
  /** Calls a method that must succeed; its error is thrown (and printed by main). */
  call<T>(method: string, input: unknown): Promise<T>;
  close(): void;
}

export class ApiCallError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export function openCliHost(argv: readonly string[], env: NodeJS.ProcessEnv): CliHost {
  const dataDir = resolveDataDir(argv, env);
  const store = openStore(path.join(dataDir, STORE_FILE_NAME));
  const ctx: ApiContext = {
    store,
    dataDir,
    actor: currentActor(store.db, operatorName()),
    auditSource: 'cli',
    now: () => new Date(),
    appVersion: packageJson.version,
  };
  const dispatch = createDispatch(ctx, { logError: (error, method) => console.error(`[cli] ${method}`, error) });
  return {
    store,
    ctx,
    dispatch,
    async call<T>(method: string, input: unknown): Promise<T> {
      const result = await dispatch(method, input);
      if (!result.ok) {
        const fields = result.error.details?.fields?.map((f) => `${f.path}: ${f.key}`).join('; ');
        throw new ApiCallError(result.error.code, fields ? `${result.error.message}（${fields}）` : result.error.message);
      }
      return result.value as T;
    },
    close: () => store.close(),
  };
}

/** A park named by its id or its exact name. */
export function findPark(store: Store, idOrName: string): { id: string; name: string } {
  const park = getLivePark(store.db, idOrName) ?? findLiveParkByName(store.db, idOrName.trim());
  if (!park) throw new UsageError(`找不到园区：${idOrName} / no such park`);
  return park;
}
