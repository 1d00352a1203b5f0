import type { Store } from '../../../db/client';
import type { StoreSession } from '../storeSession';
import type { WorkbookReader } from './workbookTypes';

/** What the import uses from its host (the API context in the app; a plain object in tests and the crash child). */
export interface ImportHost {
  store: Store;
  storeSession?: StoreSession;
  dataDir?: string;
  actor: string;
  now(): Date;
  appVersion?: string;
  read: WorkbookReader;
}

export interface Progress {
  (update: { done?: number; total?: number; phase?: string }): void;
}

export const noProgress: Progress = () => {};
