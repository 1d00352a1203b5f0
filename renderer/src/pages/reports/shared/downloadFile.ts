import { base64Blob } from '../../checklists/base64Files';
import { downloadBlob } from '../../workflows/downloadBlob';

/** A file the API returns (`{ fileName, mimeType, base64 }`) saved through a download link. */
export function downloadApiFile(file: { fileName: string; mimeType: string; base64: string }): void {
  downloadBlob(base64Blob(file.base64, file.mimeType), file.fileName);
}
