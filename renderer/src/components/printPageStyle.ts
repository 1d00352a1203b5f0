const STYLE_ID = 'print-page-style';

function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

/**
 * Browser-mode printing: A4 with the title and date in the page's top margin and "n / total" at the bottom,
 * through CSS page-margin boxes (Chromium 131 and later; older browsers print without them). The title changes
 * per page, so the rule is written just before printing.
 */
export function setPrintPageStyle(title: string, dateText: string, landscape: boolean): void {
  let style = document.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    document.head.append(style);
  }
  style.textContent = `@page {
  size: A4 ${landscape ? 'landscape' : 'portrait'};
  margin: 16mm 12mm;
  @top-left { content: ${cssString(title)}; font-size: 9pt; color: #444; }
  @top-right { content: ${cssString(dateText)}; font-size: 9pt; color: #444; }
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #444; }
}`;
}
