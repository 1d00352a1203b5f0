import type ExcelJS from 'exceljs';
import { DOMAIN_LABELS, ITEM_STATUS_LABELS } from '../../../db/reference/checklists';
import type { ChecklistItemRow } from '../../../db/schema';
import { neutralise } from '../../api/contract/neutralise';

export const EXPORT_LANGUAGES = ['zh', 'en', 'both'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];
type Lang = 'zh' | 'en';

interface Column {
  key: string;
  header: Record<Lang, string>;
  width: number;
  /** Translated: one column per language in the bilingual sheet. Otherwise one column with a two-language header. */
  translated: boolean;
  value(item: ChecklistItemRow, lang: Lang): string | number | null;
}

function materialsText(item: ChecklistItemRow, lang: Lang): string {
  const optional = lang === 'zh' ? '（可选）' : ' (optional)';
  return item.materials.map((m) => `${lang === 'zh' ? m.name : m.nameEn || m.name}${m.required ? '' : optional}`).join('\n');
}

const COLUMNS: Column[] = [
  { key: 'no', header: { zh: '序号', en: 'No.' }, width: 6, translated: false, value: () => null },
  { key: 'domain', header: { zh: '服务领域', en: 'Domain' }, width: 14, translated: true, value: (i, l) => DOMAIN_LABELS[i.domain][l] },
  { key: 'title', header: { zh: '事项', en: 'Procedure' }, width: 34, translated: true, value: (i, l) => (l === 'zh' ? i.titleZh : i.titleEn) },
  { key: 'agency', header: { zh: '办理机构', en: 'Agency' }, width: 26, translated: true, value: (i, l) => (l === 'zh' ? i.agencyZh : i.agencyEn) },
  { key: 'materials', header: { zh: '所需材料', en: 'Materials' }, width: 36, translated: true, value: materialsText },
  { key: 'required', header: { zh: '必办', en: 'Required' }, width: 10, translated: true, value: (i, l) => (i.required ? (l === 'zh' ? '必办' : 'Required') : l === 'zh' ? '选办' : 'Optional') },
  { key: 'limit', header: { zh: '时限（工作日）', en: 'Time limit (working days)' }, width: 12, translated: false, value: (i) => i.timeLimitDays },
  { key: 'status', header: { zh: '状态', en: 'Status' }, width: 12, translated: true, value: (i, l) => ITEM_STATUS_LABELS[i.status][l] },
  { key: 'startOn', header: { zh: '开始日期', en: 'Start' }, width: 12, translated: false, value: (i) => i.startOn },
  { key: 'dueOn', header: { zh: '到期日', en: 'Due' }, width: 12, translated: false, value: (i) => i.dueOn },
  { key: 'assignee', header: { zh: '经办人', en: 'Contact' }, width: 12, translated: false, value: (i) => i.assignee },
  { key: 'legalBasis', header: { zh: '依据', en: 'Legal basis' }, width: 36, translated: false, value: (i) => i.legalBasis },
  { key: 'notes', header: { zh: '备注', en: 'Notes' }, width: 30, translated: false, value: (i) => [i.statusReason, i.notes].filter(Boolean).join('\n') },
];

interface SheetColumn {
  header: string;
  width: number;
  value(item: ChecklistItemRow): string | number | null;
}

function sheetColumns(language: ExportLanguage): SheetColumn[] {
  if (language !== 'both') return COLUMNS.map((c) => ({ header: c.header[language], width: c.width, value: (i) => c.value(i, language) }));
  return COLUMNS.flatMap((c): SheetColumn[] =>
    c.translated
      ? (['zh', 'en'] as const).map((l) => ({ header: c.header[l], width: c.width, value: (i: ChecklistItemRow) => c.value(i, l) }))
      : [{ header: `${c.header.zh} ${c.header.en}`, width: c.width + 4, value: (i) => c.value(i, 'zh') }],
  );
}

export interface ChecklistExport {
  enterpriseName: string;
  enterpriseNameOriginal: string;
  checklistTitle: string;
  date: string;
  items: readonly ChecklistItemRow[];
}

function titleText(data: ChecklistExport, language: ExportLanguage): string {
  const zh = `${data.enterpriseName} 外商投资企业服务事项清单`;
  const en = `Service checklist for ${data.enterpriseNameOriginal || data.enterpriseName}`;
  return language === 'zh' ? zh : language === 'en' ? en : `${zh}  ${en}`;
}

function subtitleText(data: ChecklistExport, language: ExportLanguage): string {
  const zh = `清单：${data.checklistTitle}　日期：${data.date}`;
  const en = `Checklist: ${data.checklistTitle}   Date: ${data.date}`;
  return language === 'zh' ? zh : language === 'en' ? en : `${zh}　${en}`;
}

const DEMO_FOOTNOTE = { zh: '注：办理时限为演示值，请以主管部门最新规定为准。', en: 'Note: time limits are demo values; confirm them with the agency.' };

/**
 * Loaded on the first export, not at start: exceljs and its zip libraries cost noticeable time to require.
 */
async function loadExcelJs(): Promise<typeof ExcelJS> {
  const loaded = (await import('exceljs')) as typeof ExcelJS & { default?: typeof ExcelJS };
  return loaded.default ?? loaded;
}

export const SHEET_NAMES: Record<ExportLanguage, string> = { zh: '服务清单', en: 'Checklist', both: '服务清单 Checklist' };
export const HEADER_ROW = 3;

/**
 * The investor's copy: a title block (enterprise, checklist, date), a bold frozen header row, sized columns, one row
 * per item, printed A4 landscape fitted to the page width. Small, so built in memory for exceljs's styling API.
 */
export async function buildChecklistWorkbook(data: ChecklistExport, language: ExportLanguage): Promise<Buffer> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = 'ParkDesk 园区通';
  const columns = sheetColumns(language);
  const sheet = workbook.addWorksheet(SHEET_NAMES[language], {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));

  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.getCell(1, 1).value = neutralise(titleText(data, language));
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getRow(1).height = 24;
  sheet.mergeCells(2, 1, 2, columns.length);
  sheet.getCell(2, 1).value = neutralise(subtitleText(data, language));

  const header = sheet.getRow(HEADER_ROW);
  header.values = columns.map((c) => neutralise(c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };

  data.items.forEach((item, index) => {
    const row = sheet.addRow(columns.map((c, i) => {
      if (i === 0) return index + 1;
      const value = c.value(item);
      return typeof value === 'string' ? neutralise(value) : value;
    }));
    row.alignment = { vertical: 'top', wrapText: true };
  });

  if (data.items.some((i) => i.demoLimit)) {
    const note = language === 'both' ? `${DEMO_FOOTNOTE.zh} ${DEMO_FOOTNOTE.en}` : DEMO_FOOTNOTE[language];
    const at = sheet.rowCount + 2;
    sheet.mergeCells(at, 1, at, columns.length);
    sheet.getCell(at, 1).value = note;
    sheet.getCell(at, 1).font = { italic: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A file name Windows accepts: the enterprise, what it is, the date. */
export function exportFileName(enterpriseName: string, language: ExportLanguage, date: string): string {
  const what = language === 'en' ? 'service-checklist' : language === 'zh' ? '服务事项清单' : '服务事项清单-service-checklist';
  return `${enterpriseName}-${what}-${date}.xlsx`.replace(/[\\/:*?"<>|\r\n\t]/g, '_');
}
