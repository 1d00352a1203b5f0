import ExcelJS from 'exceljs';

/** Hand edits to an exported T2 ledger, as a park officer would make them in a spreadsheet program. */

export interface Ledger {
  workbook: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  /** Excel row of the (upper) column headers and the first record. */
  headerRow: number;
  firstRecord: number;
  /** Header text → column number, as the file has it now. */
  column(header: string): number;
}

export async function openLedger(bytes: Buffer): Promise<Ledger> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  let headerRow = 0;
  sheet.eachRow((row, n) => {
    if (!headerRow && row.values && (row.values as unknown[]).some((v) => v === '统一社会信用代码')) headerRow = n;
  });
  if (!headerRow) throw new Error('no 统一社会信用代码 header in the exported ledger');
  const firstRecord = [headerRow + 1, headerRow + 2, headerRow + 3].find((n) => typeof sheet.getCell(n, 1).value === 'number')!;
  const column = (header: string) => {
    let found = 0;
    // Two header rows: a grouped column (投资额 → 总投资) has its own header on the second.
    for (const r of [headerRow, headerRow + 1]) {
      sheet.getRow(r).eachCell((cell, col) => {
        if (!found && String(cell.value).replace(/\s/g, '') === header) found = col;
      });
    }
    if (!found) throw new Error(`no column ${header}`);
    return found;
  };
  return { workbook, sheet, headerRow, firstRecord, column };
}

export const letter = (column: number) => {
  let n = column;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** Swaps two whole columns from the header row down: the reader must find columns by their header, not place. */
export function swapColumns(ledger: Ledger, a: number, b: number): void {
  for (let r = ledger.headerRow; r <= ledger.sheet.rowCount; r += 1) {
    // A header merged over both header rows is one value: swapping it again on the lower row would undo the swap.
    const lower = ledger.sheet.getCell(r, a);
    if (lower.isMerged && lower.master.address !== lower.address) continue;
    const x = ledger.sheet.getCell(r, a).value;
    ledger.sheet.getCell(r, a).value = ledger.sheet.getCell(r, b).value;
    ledger.sheet.getCell(r, b).value = x;
  }
}

/** The same 18 characters with another check character (GB 32100: the last one). */
export function wrongCheckDigit(code: string): string {
  const last = code.at(-1)!;
  return code.slice(0, 17) + (last === '1' ? '2' : '1');
}

export async function bytesOf(ledger: Ledger): Promise<Buffer> {
  return Buffer.from(await ledger.workbook.xlsx.writeBuffer());
}
