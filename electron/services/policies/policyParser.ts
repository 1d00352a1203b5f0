import type { PolicyLevel } from '../../../db/reference/policies';
import { chineseDate, findDocNumber, normaliseDocNumber, normaliseLine, splitUnits } from './policyText';

/** A clause as proposed by the parser, for the user to review before saving. */
export interface ParsedClause {
  /** 1 = 一、, 2 = （一）, 3 = 1. */
  level: 1 | 2 | 3;
  number: string;
  /** Index in the same list of the clause this one belongs to. */
  parentIndex: number | null;
  path: string;
  heading: string;
  text: string;
  leadUnit: string | null;
  responsibleUnits: string[];
}

export interface RepealedDocument {
  title: string;
  docNumber: string | null;
  kind: 'repeals' | 'amends';
}

export interface ParsedPolicy {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  levelGuess: PolicyLevel | null;
  issuedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  preamble: string;
  closing: string;
  /** The document as paragraphs (one per line), page numbers and decoration removed. */
  fullText: string;
  clauses: ParsedClause[];
  /** Documents the closing paragraph repeals or amends (《title》（文号）…同时废止). */
  supersedes: RepealedDocument[];
  sectionCount: number;
}

const NUMERALS = '一二三四五六七八九十';

/** 一 … 九十九 → 1 … 99. */
export function chineseNumeral(text: string): number | null {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(text)) return null;
  const digit = (c: string | undefined) => (c ? NUMERALS.indexOf(c) + 1 : 0);
  const [a, b, c] = [...text];
  if (text.length === 1) return digit(a);
  if (text.length === 2) return a === '十' ? 10 + digit(b) : b === '十' ? digit(a) * 10 : null;
  return b === '十' && a !== '十' && c !== '十' ? digit(a) * 10 + digit(c) : null;
}

interface Heading {
  level: 1 | 2 | 3;
  value: number;
  number: string;
  rest: string;
}

function headingOf(line: string): Heading | null {
  let m = /^([一二三四五六七八九十]{1,3})、(.*)$/.exec(line);
  if (m) {
    const value = chineseNumeral(m[1]!);
    return value === null ? null : { level: 1, value, number: m[1]!, rest: m[2]! };
  }
  m = /^[（(]([一二三四五六七八九十]{1,3})[）)](.*)$/.exec(line);
  if (m) {
    const value = chineseNumeral(m[1]!);
    return value === null ? null : { level: 2, value, number: `（${m[1]}）`, rest: m[2]! };
  }
  m = /^(\d{1,2})[.、](?!\d)(.*)$/.exec(line);
  if (m) return { level: 3, value: Number(m[1]), number: `${Number(m[1])}.`, rest: m[2]! };
  m = /^[（(](\d{1,2})[）)](.*)$/.exec(line);
  if (m) return { level: 3, value: Number(m[1]), number: `（${Number(m[1])}）`, rest: m[2]! };
  return null;
}

/** A line may start a numbered clause only where the previous one ended a sentence (PDF lines break anywhere). */
const ENDS_SENTENCE = /[。；：！？）)”」]$/;
const PAGE_NUMBER = /^[—－–-]+\d{1,3}[—－–-]+$/;
/** The red rule under a 版头 comes out of PDFs as one character repeated (欗欗欗…). */
const DECORATION = /^(.)\1{4,}$/u;
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const CLOSING_START = /^本(实施)?(意见|办法|通知|规定|细则|方案|决定|政策|措施)/;

function documentLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map(normaliseLine)
    .filter((line) => line !== '' && !PAGE_NUMBER.test(line) && !DECORATION.test(line));
}

/** 责任单位 of a clause: "（牵头单位：…；责任单位：…）", "（责任单位：…）" (004) or "（…负责）" (002). */
export function unitsOfClause(text: string): { leadUnit: string | null; responsibleUnits: string[] } {
  const units: string[] = [];
  let lead: string | null = null;
  const add = (list: string[]) => list.forEach((u) => units.includes(u) || units.push(u));
  const blocks = /（(?:牵头单位：([^；）]*)；)?责任单位：([^）]*)）|（([^（）]{2,200}?)负责）/g;
  for (const m of text.matchAll(blocks)) {
    if (m[1]) {
      const leads = splitUnits(m[1]);
      lead ??= leads[0] ?? null;
      add(leads);
    }
    // "列第一位的为牵头单位…下同" follows the units after a full stop.
    const listed = m[2] !== undefined ? m[2].split('。')[0]! : m[3]!.replace(/按职责分工$/, '');
    add(splitUnits(listed));
  }
  return { leadUnit: lead ?? units[0] ?? null, responsibleUnits: units };
}

function headingText(text: string): string {
  const first = text.split('。')[0]!;
  return first.length <= 40 ? first : '';
}

function guessLevel(issuer: string | null): PolicyLevel | null {
  if (!issuer) return null;
  if (/管委会|管理委员会|园区/.test(issuer)) return 'park';
  if (/国务院|^国家|^中共中央|部$/.test(issuer)) return 'national';
  if (/省/.test(issuer)) return 'provincial';
  if (/[县区]/.test(issuer)) return 'county';
  if (/市/.test(issuer)) return 'municipal';
  return null;
}

function superseded(closing: string): RepealedDocument[] {
  const found: RepealedDocument[] = [];
  for (const sentence of closing.split('。')) {
    const kind = /废止/.test(sentence) ? 'repeals' : /修订|修改/.test(sentence) ? 'amends' : null;
    if (!kind) continue;
    for (const m of sentence.matchAll(/《([^》]+)》(?:[（(]([^）)]+)[）)])?/g)) {
      found.push({ title: m[1]!, docNumber: m[2] ? normaliseDocNumber(m[2]) : null, kind });
    }
  }
  return found;
}

/**
 * Splits the text of a policy into title, 文号, clauses (with their 责任单位) and closing facts. Tolerant of the text
 * PDFs give: blank lines and page numbers inside sentences, full-width digits, leading spaces.
 */
export function parsePolicyText(raw: string): ParsedPolicy {
  const lines = documentLines(raw);
  const salutation = lines.findIndex((line, i) => i < 20 && /[：:]$/.test(line) && !headingOf(line));
  const headerEnd = salutation > 0 ? salutation : Math.min(1, lines.length);
  const header = lines.slice(0, headerEnd).filter((line, i) => !(i === 0 && headerEnd > 1 && /文件$/.test(line)));
  const headerText = header.join('');
  const docNumber = findDocNumber(headerText);
  const docMatch = /[\u4e00-\u9fa5]{1,12}[〔［[(（【]\d{4}[〕］\])）】]第?\d{1,5}号/.exec(headerText);
  const title = (docMatch ? headerText.replace(docMatch[0], '') : headerText).trim();

  const bodyStart = salutation > 0 ? salutation + 1 : headerEnd;
  let dateLine = -1;
  for (let i = lines.length - 1; i >= bodyStart; i -= 1) {
    if (DATE_LINE.test(lines[i]!)) {
      dateLine = i;
      break;
    }
  }
  const signatureLine = dateLine > bodyStart && lines[dateLine - 1]!.length <= 30 && !ENDS_SENTENCE.test(lines[dateLine - 1]!) ? dateLine - 1 : dateLine;
  const bodyEnd = signatureLine >= 0 ? signatureLine : lines.length;
  const issuer = signatureLine >= 0 && signatureLine !== dateLine ? lines[signatureLine]! : null;
  const issuedOn = dateLine >= 0 ? chineseDate(lines[dateLine]!) : null;

  const clauses: ParsedClause[] = [];
  const parts: string[][] = [];
  const preamble: string[] = [];
  const closing: string[] = [];
  const counters = [0, 0, 0, 0];
  const lastAtLevel: (number | null)[] = [null, null, null, null];
  let inClosing = false;
  let previous = '';
  let previousWasHeading = true;
  for (const line of lines.slice(bodyStart, bodyEnd)) {
    const heading = inClosing ? null : headingOf(line);
    const mayStart = previousWasHeading || ENDS_SENTENCE.test(previous);
    if (!inClosing && mayStart && CLOSING_START.test(line) && clauses.length > 0) inClosing = true;
    if (heading && mayStart && heading.value === counters[heading.level]! + 1) {
      counters[heading.level] = heading.value;
      for (let deeper = heading.level + 1; deeper <= 3; deeper += 1) {
        counters[deeper] = 0;
        lastAtLevel[deeper] = null;
      }
      let parentIndex: number | null = null;
      for (let up = heading.level - 1; up >= 1 && parentIndex === null; up -= 1) parentIndex = lastAtLevel[up] ?? null;
      const parentPath = parentIndex === null ? '' : `${clauses[parentIndex]!.path}/`;
      clauses.push({ level: heading.level, number: heading.number, parentIndex, path: parentPath + heading.number, heading: '', text: '', leadUnit: null, responsibleUnits: [] });
      parts.push([heading.rest]);
      lastAtLevel[heading.level] = clauses.length - 1;
      previousWasHeading = true;
      previous = line;
      continue;
    }
    previousWasHeading = false;
    previous = line;
    if (inClosing) closing.push(line);
    else if (clauses.length === 0) preamble.push(line);
    else parts[parts.length - 1]!.push(line);
  }

  clauses.forEach((clause, i) => {
    clause.text = parts[i]!.join('').trim();
    clause.heading = headingText(clause.text);
    Object.assign(clause, unitsOfClause(clause.text));
  });

  const closingText = closing.join('');
  const effective = /自(\d{4}年\d{1,2}月\d{1,2}日)起(?:施行|实施|执行)/.exec(closingText);
  const expires = /有效期至(\d{4}年\d{1,2}月\d{1,2}日)/.exec(closingText);
  const fromIssue = /自(?:印发|发布)之日起(?:施行|实施|执行)/.test(closingText);
  const paragraphs = [
    title,
    docNumber ?? '',
    salutation > 0 ? lines[salutation]! : '',
    preamble.join(''),
    ...clauses.map((c) => (c.level === 1 ? `${c.number}、${c.text}` : `${c.number}${c.text}`)),
    closingText,
    issuer ?? '',
    dateLine >= 0 ? lines[dateLine]! : '',
  ].filter((p) => p !== '');

  return {
    title,
    docNumber,
    issuer,
    levelGuess: guessLevel(issuer),
    issuedOn,
    effectiveOn: effective ? chineseDate(effective[1]!) : fromIssue ? issuedOn : null,
    expiresOn: expires ? chineseDate(expires[1]!) : null,
    preamble: preamble.join(''),
    closing: closingText,
    fullText: paragraphs.join('\n'),
    clauses,
    supersedes: superseded(closingText),
    sectionCount: clauses.filter((c) => c.level === 1).length,
  };
}
