import { afterEach, beforeEach, describe, it } from 'vitest';
import { makeTempDir } from '../helpers/tempStore';
import { killImportRepeatedly } from '../support/importCrashRounds';

describe('kill -9 in the middle of an import (quick variant; the full 50 000 rows × 10 is in tests/stress)', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir('parkdesk-crash-')));
  afterEach(() => cleanup());

  it('2 000-row ledger killed 3 times inside its transaction: store intact, nothing of it kept, every earlier row still there', async () => {
    await killImportRepeatedly(dir, 2000, 3);
  }, 120_000);
});
