/**
 * Commits one prepared import batch on a real store file and tells its parent how far it got, one line per chunk
 * written inside the transaction ("chunk N"). The parent SIGKILLs it at a random chunk (tests/support/importCrash.ts).
 * After each report it pauses a moment, as a slow disk would, so the kill lands inside the transaction.
 */
import path from 'node:path';
import { openStore } from '../../db/client';
import { commitImport } from '../../electron/services/imports/commitImport';

const [dataDir, batchId] = process.argv.slice(2) as [string, string];
const PAUSE_MS = 40;
const pause = new Int32Array(new SharedArrayBuffer(4));

async function main(): Promise<void> {
  const store = openStore(path.join(dataDir, 'parkdesk.sqlite'));
  let chunk = 0;
  await commitImport(
    {
      store,
      dataDir,
      actor: '崩溃测试',
      now: () => new Date(),
      read: () => Promise.reject(new Error('the commit must use the dry run’s cached reading')),
    },
    { batchId },
    (update) => {
      if (update.phase === 'write') process.stdout.write('in-transaction\n');
      else if (update.done !== undefined && update.done > 0) {
        chunk += 1;
        process.stdout.write(`chunk ${chunk}\n`);
        Atomics.wait(pause, 0, 0, PAUSE_MS);
      }
    },
  );
  process.stdout.write('committed\n');
  store.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
