import fs from 'node:fs';
import type ExcelJS from 'exceljs';
import { ExcelJS as Excel } from './exceljsRuntime';
import { inspectWorkbook } from './workbookGuard';
import type { WorkbookProblem } from './workbookProblem';

const PROBLEM_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };

function noteText(existing: ExcelJS.Comment | string | undefined): string {
  if (!existing) return '';
  if (typeof existing === 'string') return existing;
  return (existing.texts ?? []).map((t) => t.text).join('');
}

/**
 * The user's own workbook with each cell that has a problem filled light red and a comment saying what is
 * wrong (all problems of a cell in one comment, after any comment it had); every other cell, sheet and
 * format as it was. Loaded in memory for exceljs's styling API — after the guard, and without data
 * validations, whose ranges exceljs expands cell by cell (A2:Z1048576 would be 27 million entries); the
 * copy therefore has no drop-down lists, which does not matter for a copy meant to show the errors.
 */
export async function writeProblemCopy(originalFile: string, problems: readonly WorkbookProblem[], out: string): Promise<void> {
  inspectWorkbook(originalFile);
  const workbook = new Excel.Workbook();
  await workbook.xlsx.readFile(originalFile, { ignoreNodes: ['dataValidations'] });
  const byCell = new Map<string, WorkbookProblem[]>();
  for (const p of problems) {
    if (p.row < 1 || !/^[A-Z]{1,3}$/.test(p.column)) continue;
    const key = `${p.sheet}\u0000${p.column}${p.row}`;
    byCell.set(key, [...(byCell.get(key) ?? []), p]);
  }
  for (const [key, list] of byCell) {
    const [sheetName, address] = key.split('\u0000') as [string, string];
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) continue;
    const cell = sheet.getCell(address);
    cell.style = { ...cell.style, fill: PROBLEM_FILL };
    const before = noteText(cell.note as ExcelJS.Comment | string | undefined);
    const text = [before, ...list.map((p) => `${p.message}${p.messageEn ? `\n${p.messageEn}` : ''}`)].filter(Boolean).join('\n');
    cell.note = text;
  }
  const partial = `${out}.partial`;
  try {
    await workbook.xlsx.writeFile(partial);
    fs.renameSync(partial, out);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
