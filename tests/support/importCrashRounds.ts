import { expect } from 'vitest';
import { commitAfterKills, commitAndKill, inspectAfterKill, prepareCrashStore } from './importCrash';

/**
 * Issue 9 item 6: a `rows`-row ledger commit is SIGKILLed inside its transaction `rounds` times; after each kill the
 * store passes integrity_check, holds none of the killed import and all of the earlier one. Shared by the quick
 * variant in `npm test` and the full-size one in `npm run test:stress`.
 */
export async function killImportRepeatedly(dataDir: string, rows: number, rounds: number): Promise<void> {
  const setup = await prepareCrashStore(dataDir, rows);
  const before = inspectAfterKill(setup);
  expect(before).toMatchObject({ integrity: 'ok', enterprises: rows, projects: rows, earlierRecordsMissing: 0, victimRecords: 0 });
  const chunksInTransaction = Math.floor((2 * rows) / 500);
  for (let round = 0; round < rounds; round += 1) {
    const kill = await commitAndKill(setup, chunksInTransaction);
    expect(kill).toMatchObject({ signal: 'SIGKILL', sawCommitted: false });
    expect(inspectAfterKill(setup)).toEqual({ ...before, victimStatus: 'dry_run' });
  }
  await commitAfterKills(setup);
  expect(inspectAfterKill(setup)).toMatchObject({ integrity: 'ok', enterprises: 2 * rows, projects: 2 * rows, victimRecords: 2 * rows, victimStatus: 'committed' });
}
