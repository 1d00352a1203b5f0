import fs from 'node:fs';
import path from 'node:path';
import { getImportBatch } from '../../../db/repos/importBatchesRepo';
import { AppError } from '../appError';
import { importError } from './commitErrors';
import { writeProblemCopy } from './excelEngine';
import type { ImportHost } from './importHost';
import { KEEP_UPLOAD_DAYS, requireDataDir, uploadPath } from './importFiles';
import type { WorkbookProblem } from './workbookTypes';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The user's own workbook, bad cells filled red with the problem as a comment; problems of the whole file have no cell to mark. */
export async function problemCopy(host: Pick<ImportHost, 'store' | 'dataDir'>, batchId: string) {
  const dataDir = requireDataDir(host.dataDir);
  const batch = getImportBatch(host.store.db, batchId);
  if (!batch) throw new AppError('NOT_FOUND', undefined, { entity: 'import_batch', id: batchId });
  const original = uploadPath(dataDir, batchId);
  if (!fs.existsSync(original)) throw importError('IMPORT_FILE_GONE', { days: KEEP_UPLOAD_DAYS });
  const cells = ((batch.problems ?? []) as WorkbookProblem[]).filter((p) => p.row > 0 && p.column !== '' && p.sheet !== '');
  const out = path.join(path.dirname(original), `${batchId}.problems.xlsx`);
  try {
    await writeProblemCopy(original, cells, out).catch((error: unknown) => {
      // The copy is made in the parser process; if that runs out of memory or time, say so in words about the copy.
      const code = (error as AppError)?.code;
      if (code === 'WORKBOOK_PARSER_CRASHED' || code === 'WORKBOOK_PARSER_TIMEOUT') throw new AppError('IMPORT_PROBLEM_COPY_FAILED', undefined, { cause: code });
      throw error;
    });
    const base = batch.fileName.replace(/\.xlsx$/i, '');
    return { fileName: `${base}-问题标注.xlsx`, mimeType: XLSX_MIME, base64: fs.readFileSync(out).toString('base64') };
  } finally {
    fs.rmSync(out, { force: true });
  }
}
