import type { MethodOutput } from '../../../../electron/api/index';

export type MatrixCell = MethodOutput<'targeting.matrix'>[number];

export interface MatrixModel {
  /** Countries with most activity first (targets + projects), focus-only countries after them. */
  countries: string[];
  /** The GB/T 4754 divisions present in any cell, in code order. */
  divisions: string[];
  cell(country: string, division: string): MatrixCell | undefined;
}

const activity = (cell: MatrixCell) => cell.targets + cell.projects;

/** Cells (country × division) → rows and columns; only divisions that occur become columns. */
export function buildMatrix(cells: readonly MatrixCell[], countryLabel: (code: string) => string): MatrixModel {
  const byKey = new Map(cells.map((cell) => [`${cell.countryCode}:${cell.division}`, cell]));
  const score = new Map<string, number>();
  for (const cell of cells) score.set(cell.countryCode, (score.get(cell.countryCode) ?? 0) + activity(cell));
  const countries = [...score.keys()].sort(
    (a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || countryLabel(a).localeCompare(countryLabel(b), 'zh-CN'),
  );
  const divisions = [...new Set(cells.map((cell) => cell.division))].sort();
  return { countries, divisions, cell: (country, division) => byKey.get(`${country}:${division}`) };
}
