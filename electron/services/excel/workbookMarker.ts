import fs from 'node:fs';
import { REPORT_CODES, type ReportCode } from '../reports/reportContract';
import { MARKER } from './formText';
import { readSmallEntry, readZipDirectory } from './zipDirectory';

/**
 * The `ParkDesk T1 2026.1` the writer puts into docProps/core.xml's keywords: the form and template version
 * a workbook was exported with. Null for workbooks made elsewhere (or unreadable — the reader reports those).
 */
export async function readWorkbookMarker(file: string): Promise<{ code: ReportCode; version: string } | null> {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const entries = readZipDirectory(fd, fs.fstatSync(fd).size);
    const core = entries.find((e) => e.name === 'docProps/core.xml');
    const xml = core ? readSmallEntry(fd, core)?.toString('utf8') : undefined;
    const keywords = xml ? /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(xml)?.[1] : undefined;
    const m = keywords ? new RegExp(`^${MARKER} (T\\d) (\\d{4}\\.\\d+)$`).exec(keywords.trim()) : null;
    return m && (REPORT_CODES as readonly string[]).includes(m[1]!) ? { code: m[1] as ReportCode, version: m[2]! } : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
