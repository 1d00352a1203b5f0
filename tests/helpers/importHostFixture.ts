import fs from 'node:fs';
import type { Store } from '../../db/client';
import type { ImportHost } from '../../electron/services/imports/importHost';
import type { ParsedWorkbook } from '../../electron/services/imports/workbookTypes';

/**
 * An import host whose "workbook" is a ParsedWorkbook handed in by the test: the upload's bytes are a token that
 * names it. For the import's own logic (matching, writing, rolling back) without an .xlsx round trip; the tests with
 * real workbooks go through the Excel engine instead.
 */
export function fixtureHost(store: Store, dataDir: string, now = () => new Date('2026-11-20T02:00:00.000Z')) {
  const workbooks = new Map<string, ParsedWorkbook>();
  const host: ImportHost = {
    store,
    dataDir,
    actor: '导入测试员',
    now,
    read: async (file) => {
      const parsed = workbooks.get(fs.readFileSync(file, 'utf8'));
      if (!parsed) throw new Error('unknown fixture workbook');
      return parsed;
    },
  };
  return {
    host,
    /** The base64 "file" to upload for this parsed workbook. */
    upload(parsed: ParsedWorkbook, token = `fixture-${workbooks.size + 1}`): string {
      workbooks.set(token, parsed);
      return Buffer.from(token).toString('base64');
    },
  };
}
