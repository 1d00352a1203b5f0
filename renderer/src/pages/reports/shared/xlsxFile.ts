import { fileToBase64 } from '../../checklists/base64Files';

/** The largest workbook the app accepts (electron/api/contract/importSchemas.ts MAX_IMPORT_FILE_BYTES). */
export { MAX_IMPORT_FILE_BYTES } from '../../../../../electron/api/contract/importSchemas';

export interface PickedWorkbook {
  fileName: string;
  size: number;
  base64: string;
}

/** The first bytes of every .xlsx: a ZIP archive ("PK\3\4"); an .xls renamed to .xlsx starts with D0 CF 11 E0. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export type WorkbookRefusal = 'notXlsx' | 'notZip' | 'tooBig' | 'empty';

/**
 * Checks a chosen file before anything is sent: the name must end in .xlsx and the bytes must start like one, so a
 * renamed .xls or a text file gets a clear message at once instead of a round trip.
 */
export async function checkWorkbookFile(file: File, maxBytes: number): Promise<WorkbookRefusal | null> {
  if (!/\.xlsx$/i.test(file.name)) return 'notXlsx';
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'tooBig';
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return ZIP_MAGIC.every((byte, i) => head[i] === byte) ? null : 'notZip';
}

export async function readWorkbook(file: File): Promise<PickedWorkbook> {
  return { fileName: file.name, size: file.size, base64: await fileToBase64(file) };
}

/** 1.2 MB / 860 KB: sizes as people read them. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
