import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from '../../electron/services/imports/commitImport';
import { dryRunImport } from '../../electron/services/imports/dryRun';
import { IMPORTS_FOLDER } from '../../electron/services/imports/importFiles';
import { problemCopy } from '../../electron/services/imports/problemCopy';
import { openTestApp, type TestApp } from '../helpers/tempStore';
import { ok, PINGHU_PARK } from '../helpers/investmentFixtures';
import { fixtureHost } from '../helpers/importHostFixture';
import { ledgerRecord, parsedLedger } from '../helpers/ledgerFixtures';

let app: TestApp;

beforeEach(async () => {
  app = openTestApp();
  await ok(app, 'parks.create', PINGHU_PARK);
});
afterEach(() => app.close());

const TODAY = new Date('2026-11-20T02:00:00.000Z');
const daysBefore = (days: number) => new Date(TODAY.getTime() - days * 24 * 60 * 60 * 1000);

describe('uploaded workbooks under <data>/imports', () => {
  it('are removed 30 days after their dry run, at the next upload; the batch stays listed and says why no copy can be made', async () => {
    const { host, upload } = fixtureHost(app.store, app.dir, () => TODAY);
    const folder = path.join(app.dir, IMPORTS_FOLDER);
    const dryRun = async (n: number) => dryRunImport(host, { fileName: `台账${n}.xlsx`, base64: upload(parsedLedger([ledgerRecord(n)], PINGHU_PARK.name)) });
    const filesOf = (batchId: string) => fs.readdirSync(folder).filter((name) => name.startsWith(batchId)).sort();
    const age = (batchId: string, days: number) => {
      for (const name of filesOf(batchId)) fs.utimesSync(path.join(folder, name), daysBefore(days), daysBefore(days));
    };

    const old = await dryRun(1);
    const recent = await dryRun(2);
    expect(filesOf(old.batchId)).toEqual([`${old.batchId}.parsed.json`, `${old.batchId}.xlsx`]);
    age(old.batchId, 31);
    age(recent.batchId, 29);

    const next = await dryRun(3);
    expect(filesOf(old.batchId)).toEqual([]);
    expect(filesOf(recent.batchId)).toHaveLength(2);
    expect(filesOf(next.batchId)).toHaveLength(2);

    // The batch row is history and stays; what needed the file says so in words.
    expect(app.store.sqlite.prepare('SELECT COUNT(*) AS n FROM import_batches WHERE id = ?').get(old.batchId)).toEqual({ n: 1 });
    await expect(problemCopy(host, old.batchId)).rejects.toMatchObject({ code: 'IMPORT_FILE_GONE', message: expect.stringContaining('只保留 30 天') });
    await expect(commitImport(host, { batchId: old.batchId })).rejects.toMatchObject({ code: 'IMPORT_EXPIRED' });
    // A batch within the 30 days still commits.
    expect((await commitImport(host, { batchId: recent.batchId })).summary.creates).toBeGreaterThan(0);
  });
});
