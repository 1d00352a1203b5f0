import type { Store } from '../../db/client';

/**
 * The store the API uses right now, replaceable while the app runs: restoring a backup and switching to the
 * demo store both close one SQLite file and open another. Every API call reads `current` when it starts;
 * better-sqlite3 is synchronous, so a switch between two calls never cuts a query in half. Long async work
 * (imports, exports) must hold `busy()` so a switch is refused until it ends.
 */
export interface StoreSession {
  readonly current: Store;
  /** Opens `file` as the host opens stores (its migrations folder, its pragmas) without switching to it. */
  open(file: string): Store;
  /** Opens `file`, closes the current store and makes the new one current; returns it. */
  switchTo(file: string): Store;
  /** Marks long work in progress; the returned function ends it. While any is running, switchTo throws. */
  busy(): () => void;
  /** True while long work holds the session, so a restore can refuse before it writes anything. */
  readonly isBusy: boolean;
}

export class StoreSwitchRefusedError extends Error {
  constructor() {
    super('A long task (import or export) is running; the store cannot be switched now.');
  }
}

export function createStoreSession(initial: Store, open: (file: string) => Store): StoreSession {
  let current = initial;
  let running = 0;
  return {
    get current() {
      return current;
    },
    get isBusy() {
      return running > 0;
    },
    open,
    switchTo(file) {
      if (running > 0) throw new StoreSwitchRefusedError();
      // Open first: if the new file cannot be opened, the current store stays in use.
      const next = open(file);
      current.close();
      current = next;
      return next;
    },
    busy() {
      running += 1;
      let ended = false;
      return () => {
        if (!ended) running -= 1;
        ended = true;
      };
    },
  };
}
