/**
 * Text normalisation for policy documents as they come out of PDFs and Word: full-width digits and Latin letters,
 * typesetting spaces around numbers, 文号 written with whatever brackets the typist had at hand.
 */

const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ％＆．＋／]/g;

/** ０-９, Ａ-Ｚ, ａ-ｚ and ％＆．＋／ → ASCII; Chinese punctuation （）：，；、 stays as it is. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Removes the typesetting spaces of a Chinese line ("到 ２０２５ 年" → "到2025年"): a space survives only
 * between two Latin letters (Thyssenkrupp AG).
 */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\u3000\u00a0]+/g, (space, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + space.length] ?? '';
    return /[A-Za-z]/.test(before) && /[A-Za-z]/.test(after) ? ' ' : '';
  });
}

/** One line of a document, ready to be joined to its neighbours. */
export function normaliseLine(line: string): string {
  return collapseSpaces(toHalfWidth(line)).trim();
}

const DOC_NUMBER = /^([\u4e00-\u9fa5A-Za-z]{1,20})[〔［[(（【]\s*(\d{4})\s*[〕］\])）】]\s*第?\s*(\d{1,5})\s*号?$/;

/**
 * 文号 as the library stores it: 浙政办发〔2018〕9号. Accepts [] ［］ () （） 【】 around the year, full-width
 * digits and stray spaces; null when the text is not a 文号 at all.
 */
export function normaliseDocNumber(raw: string): string | null {
  const match = DOC_NUMBER.exec(collapseSpaces(toHalfWidth(raw)).trim());
  if (!match) return null;
  return `${match[1]}〔${match[2]}〕${Number(match[3])}号`;
}

/** 文号 anywhere in a piece of text (the header of a document); the first one found. */
export function findDocNumber(text: string): string | null {
  const match = /([\u4e00-\u9fa5]{1,12}[〔［[(（【]\d{4}[〕］\])）】]第?\d{1,5}号)/.exec(collapseSpaces(toHalfWidth(text)));
  return match ? normaliseDocNumber(match[1]!) : null;
}

const OPENING = '（(〔［[【《';
const CLOSING = '）)〕］]】》';

/**
 * 责任单位 text → units, split on 、 ， , ； but not inside brackets, and a bare place name stays with the
 * next unit, so 有关市、县〔市、区〕政府 is one unit. Empty pieces and duplicates are dropped; the order is kept (the first is the lead).
 */
export function splitUnits(text: string): string[] {
  const units: string[] = [];
  let depth = 0;
  let current = '';
  const push = () => {
    const unit = current.trim().replace(/^等/, '').replace(/等$/, '');
    if (unit && !units.includes(unit)) units.push(unit);
    current = '';
  };
  for (const c of text) {
    if (OPENING.includes(c)) depth += 1;
    if (CLOSING.includes(c)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '、，,；;'.includes(c)) push();
    else current += c;
  }
  push();
  // "有关市、县〔市、区〕政府": a bare place name shares the body named after the next one.
  return units.reduce<string[]>((joined, unit, i) => {
    const previous = units[i - 1];
    if (previous !== undefined && /[省市县区]$/.test(previous)) joined[joined.length - 1] = `${previous}、${unit}`;
    else joined.push(unit);
    return joined;
  }, []);
}

/** "2018年1月19日" → "2018-01-19"; null when there is no such date or it is not a real one. */
export function chineseDate(text: string): string | null {
  const match = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(collapseSpaces(toHalfWidth(text)));
  if (!match) return null;
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** What a user types into a search box, in the form the library stores text. */
export function normaliseQuery(text: string): string {
  const docNumber = normaliseDocNumber(text);
  return docNumber ?? collapseSpaces(toHalfWidth(text)).trim().replace(/[［[(（【](\d{4})[］\])）】]/g, '〔$1〕');
}
