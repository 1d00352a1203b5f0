import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../appError';
import type { ParsedWorkbook } from './workbookTypes';

/**
 * `<dataDir>/imports/`: the uploaded workbook of each batch (kept, so a problem copy can be made from the user's
 * own file later) and, until its commit, the parsed result — a commit never parses the workbook again.
 */
export const IMPORTS_FOLDER = 'imports';

/**
 * Uploads and dry-run readings older than this are removed when the next dry run starts: long enough to come back
 * for a problem copy after a month's reporting round, short enough that a year of uploads does not fill the disk.
 */
export const KEEP_UPLOAD_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function requireDataDir(dataDir: string | undefined): string {
  if (!dataDir) throw new AppError('IMPORT_NEEDS_DATA_DIR');
  return dataDir;
}

export function uploadPath(dataDir: string, batchId: string): string {
  return path.join(dataDir, IMPORTS_FOLDER, `${batchId}.xlsx`);
}

function parsedPath(dataDir: string, batchId: string): string {
  return path.join(dataDir, IMPORTS_FOLDER, `${batchId}.parsed.json`);
}

export function saveUpload(dataDir: string, batchId: string, bytes: Buffer): string {
  const file = uploadPath(dataDir, batchId);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

/** What the commit needs besides the batch row: the engine's reading and the choices made at the dry run. */
export interface ParsedCache {
  parsed: ParsedWorkbook;
  parkId?: string;
  period?: string;
}

export function saveParsed(dataDir: string, batchId: string, cache: ParsedCache): void {
  fs.writeFileSync(parsedPath(dataDir, batchId), JSON.stringify(cache));
}

export function loadParsed(dataDir: string, batchId: string): ParsedCache {
  try {
    return JSON.parse(fs.readFileSync(parsedPath(dataDir, batchId), 'utf8')) as ParsedCache;
  } catch {
    throw new AppError('IMPORT_EXPIRED', undefined, { batchId });
  }
}

export function removeParsed(dataDir: string, batchId: string): void {
  fs.rmSync(parsedPath(dataDir, batchId), { force: true });
}

/** A rejected or unreadable upload leaves nothing behind. */
export function removeUpload(dataDir: string, batchId: string): void {
  fs.rmSync(uploadPath(dataDir, batchId), { force: true });
  removeParsed(dataDir, batchId);
}

/** Removes the files of batches last touched more than KEEP_UPLOAD_DAYS before `now`; the batch rows stay. */
export function pruneOldUploads(dataDir: string, now: Date): number {
  const folder = path.join(dataDir, IMPORTS_FOLDER);
  if (!fs.existsSync(folder)) return 0;
  const cutoff = now.getTime() - KEEP_UPLOAD_DAYS * DAY_MS;
  let removed = 0;
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.mtimeMs >= cutoff) continue;
    fs.rmSync(file, { force: true });
    removed += 1;
  }
  return removed;
}
