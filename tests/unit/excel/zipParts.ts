import fs from 'node:fs';
import zlib from 'node:zlib';
import { readZipDirectory } from '../../../electron/services/excel/zipDirectory';

/**
 * Test helper: a workbook's parts as a name → bytes map and back, so a test can take a real export and
 * edit its XML (add a data validation, a very hidden sheet, a DTD…) into the file it needs.
 */
export function readZipParts(file: string): Map<string, Buffer> {
  const fd = fs.openSync(file, 'r');
  try {
    const parts = new Map<string, Buffer>();
    for (const e of readZipDirectory(fd, fs.fstatSync(fd).size)) {
      const local = Buffer.alloc(30);
      fs.readSync(fd, local, 0, 30, e.localHeaderOffset);
      const data = Buffer.alloc(e.compressedSize);
      fs.readSync(fd, data, 0, e.compressedSize, e.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28));
      parts.set(e.name.replace(/^\//, ''), e.method === 8 ? zlib.inflateRawSync(data) : data);
    }
    return parts;
  } finally {
    fs.closeSync(fd);
  }
}

/** A plain zip (deflate, no data descriptors); `declaredSize` lets a test lie about a part's unpacked size. */
export function writeZipParts(file: string, parts: Map<string, Buffer | string>, declaredSize: Record<string, number> = {}): void {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of parts) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const data = zlib.deflateRawSync(raw, { level: 9 });
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(raw);
    const size = declaredSize[name] ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(nameBytes.length, 28);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, data);
    central.push(cd, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const cdBytes = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(parts.size, 8);
  eocd.writeUInt16LE(parts.size, 10);
  eocd.writeUInt32LE(cdBytes.length, 12);
  eocd.writeUInt32LE(offset, 16);
  fs.writeFileSync(file, Buffer.concat([...chunks, cdBytes, eocd]));
}

/** Edits one XML part of a workbook in place. */
export function editPart(file: string, out: string, name: string, edit: (xml: string) => string): void {
  const parts = readZipParts(file);
  parts.set(name, Buffer.from(edit(parts.get(name)!.toString('utf8')), 'utf8'));
  writeZipParts(out, parts);
}
