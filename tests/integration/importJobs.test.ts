import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dryRunImport } from '../../electron/services/imports/dryRun';
import { ok, PINGHU_PARK } from '../helpers/investmentFixtures';
import { fixtureHost } from '../helpers/importHostFixture';
import { ledgerRecord, parsedLedger } from '../helpers/ledgerFixtures';
import { writeForm } from '../helpers/ledgerWorkbook';
import { openTestApp, type TestApp } from '../helpers/tempStore';

let app: TestApp;

beforeEach(async () => {
  app = openTestApp();
  await ok(app, 'parks.create', PINGHU_PARK);
});
afterEach(() => app.close());

async function prepared(rows: number): Promise<string> {
  const { host, upload } = fixtureHost(app.store, app.dir);
  const records = Array.from({ length: rows }, (_, i) => ledgerRecord(i + 1));
  return (await dryRunImport(host, { fileName: '台账.xlsx', base64: upload(parsedLedger(records, PINGHU_PARK.name)) })).batchId;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 2000; i += 1) {
    const value = await read();
    if (done(value)) return value;
    await sleep(5);
  }
  throw new Error('timed out');
}

type Job = { status: string; phase: string; done: number; total: number; result?: any; error?: any };

describe('imports.startCommit with jobs.get / jobs.cancel over the API', () => {
  it('reports the phases and the written count, then the result; the batch shows in imports.list', async () => {
    const batchId = await prepared(2000);
    const { jobId } = await ok<{ jobId: string }>(app, 'imports.startCommit', { batchId });
    const seen = new Set<string>();
    const job = await until(
      () => ok<Job>(app, 'jobs.get', { jobId }),
      (j) => {
        seen.add(j.phase);
        return j.status !== 'running';
      },
    );
    expect(job).toMatchObject({ status: 'done', done: 4000, total: 4000, result: { batchId, summary: { creates: 4000 } } });
    expect(seen.has('write')).toBe(true);
    const list = await ok<{ rows: { id: string; status: string }[]; total: number }>(app, 'imports.list', {});
    expect(list.rows).toEqual([expect.objectContaining({ id: batchId, status: 'committed' })]);
  });

  it('cancel while writing: the job ends cancelled with its message, and nothing of the batch is in the store', async () => {
    const batchId = await prepared(5000);
    const { jobId } = await ok<{ jobId: string }>(app, 'imports.startCommit', { batchId });
    await until(() => ok<Job>(app, 'jobs.get', { jobId }), (j) => j.phase === 'write' && j.done > 0);
    expect(await ok(app, 'jobs.cancel', { jobId })).toEqual({ cancelled: true });
    const job = await until(() => ok<Job>(app, 'jobs.get', { jobId }), (j) => j.status !== 'running');
    expect(job).toMatchObject({ status: 'cancelled', error: { code: 'IMPORT_CANCELLED', message: expect.stringContaining('全部撤销') } });
    expect(app.store.sqlite.prepare('SELECT COUNT(*) AS n FROM enterprises').get()).toEqual({ n: 0 });
    expect(await app.call('jobs.get', { jobId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'JOB_NOT_FOUND' } });
  });

  it('imports.startDryRun of a real workbook: the parse can be cancelled, leaving no batch and no file', async () => {
    const form = await writeForm(app.dir, '大台账.xlsx', 'T2', '2026-10', PINGHU_PARK.name, { ledger: Array.from({ length: 3000 }, (_, i) => ledgerRecord(i + 1)) });
    const { jobId } = await ok<{ jobId: string }>(app, 'imports.startDryRun', { fileName: form.fileName, base64: form.base64 });
    await until(() => ok<Job>(app, 'jobs.get', { jobId }), (j) => j.phase === 'parse');
    expect(await ok(app, 'jobs.cancel', { jobId })).toEqual({ cancelled: true });
    const job = await until(() => ok<Job>(app, 'jobs.get', { jobId }), (j) => j.status !== 'running');
    expect(job).toMatchObject({ status: 'cancelled', error: { code: 'WORKBOOK_CANCELLED' } });
    expect(app.store.sqlite.prepare('SELECT COUNT(*) AS n FROM import_batches').get()).toEqual({ n: 0 });
    expect(fs.readdirSync(path.join(app.dir, 'imports'))).toEqual([]);

    const again = await ok<{ jobId: string }>(app, 'imports.startDryRun', { fileName: form.fileName, base64: form.base64 });
    const done = await until(() => ok<Job>(app, 'jobs.get', { jobId: again.jobId }), (j) => j.status !== 'running');
    expect(done).toMatchObject({ status: 'done', result: { code: 'T2', rowCount: 3000, problems: [], preview: { creates: 6000 } } });
  }, 60_000);
});
