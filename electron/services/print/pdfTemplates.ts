import type { PrintOptions } from '../../api/context';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Chromium draws these in the page margins; font size must be set, its default is too small to read. */
const STYLE = 'font-size:9px;width:100%;padding:0 12mm;font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;color:#444;display:flex;justify-content:space-between';

/** webContents.printToPDF options: A4, backgrounds, header (title, date) and footer (page n / total). */
export function pdfOptions({ title, dateText, landscape }: PrintOptions) {
  return {
    pageSize: 'A4' as const,
    landscape,
    printBackground: true,
    displayHeaderFooter: true,
    margins: { marginType: 'custom' as const, top: 0.6, bottom: 0.6, left: 0.4, right: 0.4 },
    headerTemplate: `<div style='${STYLE}'><span>${escapeHtml(title)}</span><span>${escapeHtml(dateText)}</span></div>`,
    footerTemplate: `<div style='${STYLE};justify-content:center'><span class="pageNumber"></span>&nbsp;/&nbsp;<span class="totalPages"></span></div>`,
  };
}
