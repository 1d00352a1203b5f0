import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookIsolated, writeReportWorkbook } from '../../../electron/services/excel';
import { parserTempDir, sweepStaleParserTemp } from '../../../electron/services/excel/parserTempDir';
import { sampleValues } from '../../helpers/reportFixtures';

/**
 * exceljs's streaming reader keeps every sheet stored before the shared strings — all of them in the app's own
 * exports — in a temp file, and the parser process is killed once it has answered, so it never deletes them.
 * Each parser gets its own temp folder, removed by the host when the process has exited.
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parser-temp-work-'));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'parser-temp-'));
const ledger = path.join(work, 'T2.xlsx');
const savedTmpdir = process.env.TMPDIR;
/** What exceljs (tmp-…) and the parser folders (parkdesk-parser-…) leave in the temp folder; tsx's own cache may stay. */
const leftovers = () => fs.readdirSync(temp).filter((name) => /^(tmp-|parkdesk-parser-)/.test(name));

beforeAll(async () => {
  await writeReportWorkbook(sampleValues('T2', 3_000), ledger);
  // From here on this process's temp folder, and so the parser's default one, is `temp`.
  process.env.TMPDIR = temp;
}, 60_000);

afterAll(() => {
  process.env.TMPDIR = savedTmpdir;
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(temp, { recursive: true, force: true });
});

describe('temp files of the workbook parser', () => {
  it('are all gone after a read, once the parser has exited', async () => {
    const read = await readWorkbookIsolated(ledger, { expect: 'T2' });
    expect(read.rowCount).toBe(3_000);
    await expect.poll(leftovers, { timeout: 10_000 }).toEqual([]);
  }, 60_000);

  it('are all gone after a read cancelled half-way', async () => {
    const abort = new AbortController();
    const reading = readWorkbookIsolated(ledger, { expect: 'T2', signal: abort.signal, onProgress: () => abort.abort() });
    await expect(reading).rejects.toMatchObject({ code: 'WORKBOOK_CANCELLED' });
    await expect.poll(leftovers, { timeout: 10_000 }).toEqual([]);
  }, 60_000);

  it('a parser folder left by a crash a day ago is swept; a younger one may be in use and stays', () => {
    const old = parserTempDir();
    const young = parserTempDir();
    fs.writeFileSync(path.join(old.dir, 'tmp-1-sheet'), '<worksheet/>');
    const dayAgo = (Date.now() - 25 * 60 * 60_000) / 1000;
    fs.utimesSync(old.dir, dayAgo, dayAgo);
    sweepStaleParserTemp(Date.now());
    expect(fs.existsSync(old.dir)).toBe(false);
    expect(fs.existsSync(young.dir)).toBe(true);
    young.remove();
  });
});
