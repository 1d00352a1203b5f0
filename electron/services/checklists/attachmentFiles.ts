import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { refuse } from '../workflows/refusal';

/** Base64 as JSON carries it: the standard alphabet, padded; line breaks tolerated (some encoders wrap at 76). */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Bytes a base64 text decodes to, without decoding it (so an oversized upload is refused before any copy). */
export function decodedSize(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

function humanSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Checks and decodes an uploaded file. Buffer.from(…, 'base64') skips characters it does not know, so a damaged
 * upload would be stored as some other file: the text is checked strictly first.
 */
export function decodeAttachment(raw: string, maxBytes: number): Buffer {
  const text = raw.replace(/[\r\n]/g, '');
  if (!text) throw refuse('base64', 'checklist.attachment.empty');
  if (text.length % 4 !== 0 || !BASE64.test(text)) throw refuse('base64', 'checklist.attachment.badBase64');
  const size = decodedSize(text);
  if (size > maxBytes) throw refuse('base64', 'checklist.attachment.tooLarge', { size: humanSize(size), max: humanSize(maxBytes) });
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length === 0) throw refuse('base64', 'checklist.attachment.empty');
  return bytes;
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Content-addressed: `<dataDir>/attachments/<first two hex digits>/<sha256>`. */
export function attachmentPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'attachments', sha256.slice(0, 2), sha256);
}

function requireDataDir(dataDir: string | undefined): string {
  if (!dataDir) throw refuse('base64', 'checklist.attachment.noDataDir');
  return dataDir;
}

/**
 * Stores the bytes once per content. Written to a temporary name and renamed, so a crash never leaves a half file
 * under the final name. The file is written before the row commits: if the transaction then fails, an unreferenced
 * file remains, which is harmless (same content, same name) — the reverse order could lose an upload.
 */
export function storeAttachmentFile(dataDir: string | undefined, bytes: Buffer): { sha256: string; written: boolean } {
  const root = requireDataDir(dataDir);
  const sha256 = sha256Of(bytes);
  const file = attachmentPath(root, sha256);
  try {
    if (fs.existsSync(file) && fs.statSync(file).size === bytes.length) return { sha256, written: false };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${randomUUID()}.tmp`;
    fs.writeFileSync(temporary, bytes, { flush: true });
    fs.renameSync(temporary, file);
    return { sha256, written: true };
  } catch (error) {
    throw refuse('base64', 'checklist.attachment.cannotWrite', { cause: (error as Error).message });
  }
}

/** Reads a stored file back, refusing a missing, unreadable or altered one with a message naming it. */
export function readAttachmentFile(dataDir: string | undefined, attachment: { name: string; sha256: string }): Buffer {
  const root = requireDataDir(dataDir);
  const file = attachmentPath(root, attachment.sha256);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw refuse('id', 'checklist.attachment.fileMissing', { name: attachment.name, path: file });
  }
  if (sha256Of(bytes) !== attachment.sha256) throw refuse('id', 'checklist.attachment.fileDamaged', { name: attachment.name });
  return bytes;
}
