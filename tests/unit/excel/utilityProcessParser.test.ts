import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { forkNodeParser, readWorkbookIsolated, setWorkbookParserLauncher } from '../../../electron/services/excel/readWorkbookIsolated';
import { writeReportWorkbook } from '../../../electron/services/excel';
import { sampleValues } from '../../helpers/reportFixtures';
import { createFakeElectron, REPO_ROOT, type FakeElectron } from '../support/fakeElectron';

/**
 * The desktop app's parser path (electron/workbookParserLauncher.ts) against a fake utilityProcess made of a
 * real Node child with Electron's semantics: no "sent" callback in the child, and a reply still in flight when
 * the child exits is dropped. A large reply must arrive whole: the worker never exits on its own there, the
 * host ends it once it has the reply (the bug X2 fixed for the Node fork: 100 000 rows lost, exit code 0).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excel-utility-'));
const big = path.join(dir, 'big.xlsx');
let electron: FakeElectron;

beforeAll(async () => {
  // The "bundle" beside main.cjs: here a stub that loads the worker's sources.
  const worker = path.join(REPO_ROOT, 'electron', 'services', 'excel', 'workbookParserWorker.ts');
  fs.writeFileSync(path.join(dir, 'workbookParserWorker.cjs'), `require(${JSON.stringify(worker)});\n`);
  electron = createFakeElectron({ appData: dir });
  vi.doMock('electron', () => electron.module);
  const { utilityProcessParserLauncher } = await import('../../../electron/workbookParserLauncher');
  setWorkbookParserLauncher(utilityProcessParserLauncher(dir));
  await writeReportWorkbook(sampleValues('T2', 20_000), big);
}, 60_000);

afterAll(() => {
  setWorkbookParserLauncher(forkNodeParser);
  vi.doUnmock('electron');
  fs.rmSync(dir, { recursive: true, force: true });
});

const forked = () => electron.module.utilityProcess.forked;

describe('the workbook parser in a utility process', () => {
  it('hands back all 20 000 rows of a large ledger, and the host then ends the process', async () => {
    const progress: number[] = [];
    const read = await readWorkbookIsolated(big, { expect: 'T2', onProgress: (rows) => progress.push(rows) });
    expect(read.rowCount).toBe(20_000);
    expect(read.values.lists.ledger![19_999]!.project_name).toBe('中德精密制造产业园项目（第20000期）');
    expect(progress.length).toBeGreaterThan(0);
    const child = forked().at(-1)!;
    // Ended by the host after the reply, not gone on its own (which in Electron could drop the reply).
    expect(child.killedByHost).toBe(true);
    await vi.waitFor(() => expect(child.exited).toBe(true));
    expect(child.messagesDropped).toEqual([]);
  }, 60_000);

  it('reports a workbook the parser refuses with its own reason, and ends that process too', async () => {
    await expect(readWorkbookIsolated(big, { expect: 'T1' })).rejects.toMatchObject({ code: expect.not.stringMatching(/^WORKBOOK_PARSER_/) });
    expect(forked().at(-1)!.killedByHost).toBe(true);
  }, 60_000);

  it('a parser that runs out of memory is reported as crashed, and this process carries on', async () => {
    await expect(readWorkbookIsolated(big, { maxOldSpaceMb: 24 })).rejects.toMatchObject({ code: 'WORKBOOK_PARSER_CRASHED' });
    expect(forked().at(-1)!.killedByHost).toBe(false);
  }, 60_000);
});
