import type ExcelJS from 'exceljs';

/**
 * Style objects shared by reference: exceljs's streaming writer caches a style id per style object (a
 * WeakMap), so one object per kind of cell keeps a 100 000-row ledger from hashing two million styles.
 */
const thin = { style: 'thin' } as ExcelJS.Border;
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const FONT = '宋体';

export const NUMBER_FORMATS = { 0: '#,##0', 2: '#,##0.00' } as const;
export const DATE_FORMAT = 'yyyy-mm-dd';

export const STYLES = {
  title: { font: { name: FONT, size: 18, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } },
  block: { font: { name: FONT, size: 9 }, alignment: { horizontal: 'left', vertical: 'middle' } },
  unitLeft: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'left', vertical: 'middle' } },
  unitCentre: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'center', vertical: 'middle' } },
  header: { font: { name: FONT, size: 10, bold: true }, border, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  mark: { font: { name: FONT, size: 9 }, border, alignment: { horizontal: 'center', vertical: 'middle' } },
  text: { font: { name: FONT, size: 10 }, border, alignment: { vertical: 'middle' } },
  textWrap: { font: { name: FONT, size: 10 }, border, alignment: { vertical: 'middle', wrapText: true } },
  textCentre: { font: { name: FONT, size: 10 }, border, alignment: { horizontal: 'center', vertical: 'middle' } },
  // An indent only shows with an explicit left alignment (Excel and LibreOffice ignore it under 'general').
  indent1: { font: { name: FONT, size: 10 }, border, alignment: { horizontal: 'left', vertical: 'middle', indent: 2 } },
  indent2: { font: { name: FONT, size: 10 }, border, alignment: { horizontal: 'left', vertical: 'middle', indent: 4 } },
  heading: { font: { name: FONT, size: 10, bold: true }, border, alignment: { vertical: 'middle' } },
  number0: { font: { name: FONT, size: 10 }, border, numFmt: NUMBER_FORMATS[0], alignment: { horizontal: 'right', vertical: 'middle' } },
  number2: { font: { name: FONT, size: 10 }, border, numFmt: NUMBER_FORMATS[2], alignment: { horizontal: 'right', vertical: 'middle' } },
  date: { font: { name: FONT, size: 10 }, border, numFmt: DATE_FORMAT, alignment: { horizontal: 'center', vertical: 'middle' } },
  footer: { font: { name: FONT, size: 10 }, alignment: { horizontal: 'left', vertical: 'middle' } },
  note: { font: { name: FONT, size: 9 }, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
} satisfies Record<string, Partial<ExcelJS.Style>>;

/** "≥"0.00: a T4 target that is a floor prints as ≥80.00 and stays a number. */
const atLeast: Record<0 | 2, Partial<ExcelJS.Style>> = {
  0: { ...STYLES.number0, numFmt: `"≥"${NUMBER_FORMATS[0]}` },
  2: { ...STYLES.number2, numFmt: `"≥"${NUMBER_FORMATS[2]}` },
};

export function numberStyle(decimals: 0 | 2, floor = false): Partial<ExcelJS.Style> {
  if (floor) return atLeast[decimals];
  return decimals === 0 ? STYLES.number0 : STYLES.number2;
}
