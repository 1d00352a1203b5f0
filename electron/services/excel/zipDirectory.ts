import fs from 'node:fs';
import zlib from 'node:zlib';

/**
 * Just enough of the zip format to look at an untrusted .xlsx before any parser touches it: the central
 * directory (names, sizes, methods) and the first bytes of a part. Reads with positioned reads, so a
 * 50 MB file costs a few kilobytes.
 */

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipProblem = 'notZip' | 'truncated' | 'unsupportedZip';

export class ZipFormatError extends Error {
  constructor(readonly reason: ZipProblem, detail: string) {
    super(detail);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

function zip64Sizes(extra: Buffer, entry: ZipEntry): void {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const size = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const v = Number(extra.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    p += 4 + size;
  }
}

/** The central directory; throws ZipFormatError when there is none (not a zip, or cut short). */
export function readZipDirectory(fd: number, fileSize: number): ZipEntry[] {
  const tailLength = Math.min(fileSize, 22 + 65_535);
  const tail = readAt(fd, fileSize - tailLength, tailLength);
  let at = -1;
  for (let p = tail.length - 22; p >= 0; p -= 1) {
    if (tail.readUInt32LE(p) === EOCD) {
      at = p;
      break;
    }
  }
  if (at < 0) throw new ZipFormatError('truncated', 'no end of central directory');
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  const eocdOffset = fileSize - tailLength + at;
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    const locator = readAt(fd, eocdOffset - 20, 20);
    if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw new ZipFormatError('truncated', 'zip64 locator missing');
    const record = readAt(fd, Number(locator.readBigUInt64LE(8)), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipFormatError('truncated', 'zip64 record missing');
    count = Number(record.readBigUInt64LE(32));
    cdSize = Number(record.readBigUInt64LE(40));
    cdOffset = Number(record.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize > eocdOffset || cdSize > 64 * 1024 * 1024) throw new ZipFormatError('truncated', 'central directory outside the file');
  const cd = readAt(fd, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  for (let p = 0; entries.length < count; ) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('truncated', 'central directory cut short');
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: cd.toString('utf8', p + 46, p + 46 + nameLength),
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      uncompressedSize: cd.readUInt32LE(p + 24),
      localHeaderOffset: cd.readUInt32LE(p + 42),
    };
    zip64Sizes(cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
    if (entry.localHeaderOffset + 30 + entry.compressedSize > cdOffset) throw new ZipFormatError('truncated', `${entry.name} runs past the central directory`);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The first bytes of a part, inflated from at most `maxCompressed` bytes of its data (a partial inflate:
 * enough to see an XML prolog without unpacking the part).
 */
export function readEntryStart(fd: number, entry: ZipEntry, maxCompressed = 64 * 1024): Buffer {
  const local = readAt(fd, entry.localHeaderOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw new ZipFormatError('truncated', `${entry.name}: local header missing`);
  const dataStart = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const data = readAt(fd, dataStart, Math.min(entry.compressedSize, maxCompressed));
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipFormatError('unsupportedZip', `${entry.name}: method ${entry.method}`);
  try {
    return zlib.inflateRawSync(data, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  } catch {
    throw new ZipFormatError('truncated', `${entry.name}: data does not inflate`);
  }
}

/** A whole small part (docProps/core.xml), refusing parts larger than `limit` unpacked. */
export function readSmallEntry(fd: number, entry: ZipEntry, limit = 1024 * 1024): Buffer | null {
  if (entry.uncompressedSize > limit || entry.compressedSize > limit) return null;
  return readEntryStart(fd, entry, entry.compressedSize);
}
