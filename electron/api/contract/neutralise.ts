/**
 * Text a spreadsheet would read as a formula (= + - @, full-width ＝, and the tab/CR some programs also treat so) gets
 * a leading apostrophe: a note typed as "=HYPERLINK(…)" must stay text in the recipient's Excel. Every workbook the
 * app writes (checklists, audit trail, report forms, and the overdue report the window writes itself) goes through
 * this one function — hence it lives with the contract the renderer may import.
 */
const FORMULA_START = /^[=+\-@\t\r＝]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Read back, a CR has become LF: XML parsers normalise line ends. */
const NEUTRALISED = /^'[=+\-@\t\r\n＝]/;

/** The reader's inverse for the app's own forms: "'=SUM(1)" read back is the "=SUM(1)" that was exported. */
export function unneutralise(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}
