import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { AuditRow } from '../../../db/schema';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, AUDIT_FIELD_LABELS, AUDIT_SOURCE_LABELS, labelOf } from '../../api/contract/auditLabels';
import { neutralise } from '../../api/contract/neutralise';
import { fieldChanges, recordName } from './fieldChanges';

type Lang = 'zh' | 'en';

const HEADERS: Record<Lang, string[]> = {
  zh: ['时间', '操作员', '操作', '来源', '记录类型', '记录', '记录编号', '字段变化'],
  en: ['Time', 'Operator', 'Action', 'Source', 'Record type', 'Record', 'Record id', 'Field changes'],
};
const WIDTHS = [20, 12, 10, 10, 14, 30, 38, 60];

/** The desk's local time as people read it: 2026-11-23 16:05:09. */
function localTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

function changesText(row: AuditRow, lang: Lang): string {
  const empty = lang === 'zh' ? '（空）' : '(empty)';
  return fieldChanges(row.before, row.after)
    .map((c) => `${labelOf(AUDIT_FIELD_LABELS, c.field, lang)}: ${c.old ?? empty} → ${c.new ?? empty}`)
    .join('\n');
}

/**
 * The trail as .xlsx, one row per audit row, written with exceljs's streaming writer so 100 000 rows fit in
 * little memory. Every text cell is neutralised: a record named "=cmd|…" stays text in Excel.
 */
export async function buildAuditWorkbook(rows: Iterable<AuditRow>, lang: Lang): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(lang === 'zh' ? '操作记录' : 'Audit trail', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADERS[lang].map((header, i) => ({ header: neutralise(header), width: WIDTHS[i]! }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const cells = [
      localTime(row.at),
      row.actor,
      labelOf(AUDIT_ACTION_LABELS, row.action, lang),
      labelOf(AUDIT_SOURCE_LABELS, row.source, lang),
      labelOf(AUDIT_ENTITY_LABELS, row.entity, lang),
      recordName(row.before, row.after) ?? '',
      row.entityId,
      changesText(row, lang),
    ];
    const added = sheet.addRow(cells.map(neutralise));
    added.getCell(8).alignment = { wrapText: true, vertical: 'top' };
    added.commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
