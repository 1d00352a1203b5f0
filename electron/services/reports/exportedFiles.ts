import type { ReportValues } from './reportContract';

/**
 * The files this process exported, per submission: exceljs stamps each file with the time, so a file cannot be
 * rebuilt to check a hash later. Submitting therefore names the hash of an export made here, and the snapshot
 * stored is exactly the values that went into that file. Kept in memory on purpose: an export is a query and
 * writes nothing to the store; after a restart the user exports again before submitting.
 */
interface ExportedFile {
  sha256: string;
  fileName: string;
  values: ReportValues;
}

const exported = new Map<string, ExportedFile[]>();
const KEEP_PER_SUBMISSION = 5;

export function rememberExport(submissionId: string, file: ExportedFile): void {
  const files = [file, ...(exported.get(submissionId) ?? []).filter((f) => f.sha256 !== file.sha256)];
  exported.set(submissionId, files.slice(0, KEEP_PER_SUBMISSION));
}

export function findExport(submissionId: string, sha256: string): ExportedFile | undefined {
  return exported.get(submissionId)?.find((f) => f.sha256 === sha256.toLowerCase());
}

export function forgetExports(submissionId: string): void {
  exported.delete(submissionId);
}
