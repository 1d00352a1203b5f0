import fs from 'node:fs';
import { formatMessage, type MessageKey } from '../../api/contract/messages';
import { AppError } from '../appError';
import { readEntryStart, readZipDirectory, ZipFormatError, type ZipEntry } from './zipDirectory';

/**
 * Checks an untrusted workbook before any parser sees it, from its first bytes and its zip central
 * directory only: size, encrypted (an OLE/CFB container holding EncryptedPackage), a real .xls or a CSV
 * renamed to .xlsx, a truncated download, a zip bomb (unpacked total or compression ratio), and DTD/ENTITY
 * declarations in any XML part (XXE, billion laughs). Each refusal is AppError('WORKBOOK_REJECTED') with a
 * message saying what the user can do; details.reason names the check for tests and logs.
 */

export interface GuardLimits {
  maxFileBytes: number;
  maxEntries: number;
  maxUnpackedBytes: number;
  /** A part unpacking to more than `ratioFloorBytes` at more than this ratio is a bomb. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export const DEFAULT_LIMITS: GuardLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxEntries: 5_000,
  maxUnpackedBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 16 * 1024 * 1024,
};

export type RejectReason =
  | 'tooLarge' | 'empty' | 'encrypted' | 'legacyXls' | 'text' | 'notZip' | 'truncated' | 'notWorkbook'
  | 'tooManyEntries' | 'zipBomb' | 'xmlDoctype' | 'unsupportedZip';

export function rejected(reason: RejectReason, params: Record<string, string | number> = {}): AppError {
  const key = `workbook.${reason}` as MessageKey;
  return new AppError('WORKBOOK_REJECTED', formatMessage(key, params), { reason, messageKey: key, params, messageEn: formatMessage(key, params, 'en') });
}

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

function mb(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

/** An OLE container is an encrypted OOXML file when it holds the EncryptedPackage stream, else an old .xls. */
function cfbKind(fd: number, size: number): 'encrypted' | 'legacyXls' {
  const chunk = Buffer.alloc(Math.min(size, 1024 * 1024));
  fs.readSync(fd, chunk, 0, chunk.length, 0);
  return chunk.includes(ENCRYPTED_STREAM) ? 'encrypted' : 'legacyXls';
}

/** Text (CSV, TSV, HTML saved as .xls): no NUL and no control bytes besides tab and line ends in the first 4 KB. */
function looksLikeText(head: Buffer): boolean {
  for (const byte of head) if (byte === 0 || (byte < 0x09) || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) return false;
  return head.length > 0;
}

function hasDoctype(start: Buffer): boolean {
  const text = start[0] === 0xff && start[1] === 0xfe ? start.toString('utf16le') : start[0] === 0xfe && start[1] === 0xff ? Buffer.from(start).swap16().toString('utf16le') : start.toString('latin1');
  return /<!\s*(DOCTYPE|ENTITY)/i.test(text);
}

function checkEntries(fd: number, entries: ZipEntry[], limits: GuardLimits): void {
  if (entries.length > limits.maxEntries) throw rejected('tooManyEntries', { count: entries.length });
  if (entries.some((e) => e.flags & 0x1)) throw rejected('encrypted');
  const names = new Set(entries.map((e) => e.name.replace(/^\//, '')));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) throw rejected('notWorkbook');
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (total > limits.maxUnpackedBytes || (e.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)) {
      throw rejected('zipBomb', { size: mb(Math.max(total, e.uncompressedSize)), ratio: Math.round(ratio) });
    }
    if (e.method !== 0 && e.method !== 8) throw rejected('unsupportedZip');
  }
  for (const e of entries) {
    if (!/\.(xml|rels|vml)$/i.test(e.name)) continue;
    if (hasDoctype(readEntryStart(fd, e))) throw rejected('xmlDoctype');
  }
}

/** Throws WORKBOOK_REJECTED, or returns the parts when the file may go to the parser. */
export function inspectWorkbook(file: string, limits: GuardLimits = DEFAULT_LIMITS): { entries: ZipEntry[]; bytes: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size === 0) throw rejected('empty');
    if (size > limits.maxFileBytes) throw rejected('tooLarge', { size: mb(size), limit: mb(limits.maxFileBytes) });
    const head = Buffer.alloc(Math.min(size, 4096));
    fs.readSync(fd, head, 0, head.length, 0);
    if (head.subarray(0, 8).equals(CFB)) throw rejected(cfbKind(fd, size));
    if (!head.subarray(0, 4).equals(ZIP)) throw rejected(looksLikeText(head) ? 'text' : 'notZip');
    let entries: ZipEntry[];
    try {
      entries = readZipDirectory(fd, size);
      checkEntries(fd, entries, limits);
    } catch (error) {
      if (error instanceof ZipFormatError) throw rejected(error.reason);
      throw error;
    }
    return { entries, bytes: size };
  } finally {
    fs.closeSync(fd);
  }
}
