import { normalise, withoutUnit } from './cellValues';

/**
 * Finding a form's columns by their header text, wherever they are: any order, extra columns, extra spaces
 * and line breaks, full-width characters, a unit in brackets or not, and two-level headers whose upper cell
 * is merged across its columns (only the first cell of a merge holds the text, so a blank upper cell takes
 * the text to its left when joined with the lower one).
 */

export interface WantedColumn {
  id: string;
  header: string;
  group?: string | undefined;
  aliases?: readonly string[];
}

/** Header band: one map per header row, column number → cell text. */
export type HeaderBand = readonly ReadonlyMap<number, string>[];

function variants(text: string): string[] {
  const n = normalise(text);
  return n ? [n, withoutUnit(n)] : [];
}

function keySet(texts: readonly string[], group: string | undefined): Set<string> {
  const keys = new Set<string>();
  for (const t of texts) {
    for (const v of variants(t)) keys.add(v);
    if (group) for (const g of variants(group)) for (const v of variants(t)) keys.add(g + v);
  }
  return keys;
}

function candidates(band: HeaderBand, col: number): Set<string> {
  const out = new Set<string>();
  const path: string[] = [];
  band.forEach((row, k) => {
    const own = row.get(col);
    if (own) {
      for (const v of variants(own)) out.add(v);
      path.push(own);
      return;
    }
    if (k === band.length - 1) return;
    // A blank upper cell under a horizontal merge: the group text sits in the nearest filled cell to the left.
    for (let c = col - 1; c >= 1; c -= 1) {
      const left = row.get(c);
      if (left) {
        path.push(left);
        break;
      }
    }
  });
  if (path.length > 1) {
    out.add(path.map(normalise).join(''));
    out.add(path.map((p) => withoutUnit(normalise(p))).join(''));
  }
  return out;
}

function columnsOf(band: HeaderBand): number[] {
  const cols = new Set<number>();
  for (const row of band) for (const c of row.keys()) cols.add(c);
  return [...cols].sort((a, b) => a - b);
}

/** Column number per wanted id; the header itself wins over aliases, each sheet column is used once. */
export function matchColumns(band: HeaderBand, wanted: readonly WantedColumn[]): Map<string, number> {
  const cols = columnsOf(band);
  const found = new Map<string, number>();
  const taken = new Set<number>();
  const cands = new Map(cols.map((c) => [c, candidates(band, c)]));
  for (const pass of ['header', 'alias'] as const) {
    for (const w of wanted) {
      if (found.has(w.id)) continue;
      const keys = keySet(pass === 'header' ? [w.header] : (w.aliases ?? []), w.group);
      const col = cols.find((c) => !taken.has(c) && [...cands.get(c)!].some((k) => keys.has(k)));
      if (col !== undefined) {
        found.set(w.id, col);
        taken.add(col);
      }
    }
  }
  return found;
}

const MARKS = new Set(['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛']);

/** The row of column marks under a statistical form's header: 甲 乙 丙 1 2 3 … */
export function isMarksRow(row: ReadonlyMap<number, string>): boolean {
  const texts = [...row.values()].map(normalise).filter(Boolean);
  return texts.length >= 2 && texts.every((t) => MARKS.has(t) || /^\d{1,2}$/.test(t)) && texts.some((t) => MARKS.has(t));
}
