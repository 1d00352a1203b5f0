import { afterEach, beforeEach, describe, it } from 'vitest';
import { makeTempDir } from '../helpers/tempStore';
import { killImportRepeatedly } from '../support/importCrashRounds';

describe('kill -9 in the middle of a 50 000-row import, 10 times (issue 9 item 6)', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir('parkdesk-crash-')));
  afterEach(() => cleanup());

  it('every time: integrity_check ok, zero rows of the killed import, every earlier row present', async () => {
    await killImportRepeatedly(dir, 50_000, 10);
  }, 1_800_000);
});
