import type { ReportHeader } from '../reports/reportContract';
import { normalise } from './cellValues';
import { FOOTER_FIELDS, parsePeriodText } from './formText';

/** The title block and footer as printed or retyped: labels with a colon, values in the same or the next cell. */

type TextRow = readonly string[];

const FOOTER_LABELS = FOOTER_FIELDS.map(([, label]) => label);

/** 填报单位：… — the value after the colon, else the next filled cell. */
export function findLabelled(rows: readonly TextRow[], label: string): string | null {
  for (const row of rows) {
    const i = row.findIndex((t) => normalise(t).startsWith(label));
    if (i < 0) continue;
    const own = row[i]!.replace(/^[^:：︰]*[:：︰]/, '').trim();
    if (own && own !== row[i]!.trim()) return own;
    const next = row.slice(i + 1).find((t) => t.trim());
    return next?.trim() ?? '';
  }
  return null;
}

const BLOCK_WORDS = ['表号', '有效期', '批准', '制表', '单位负责人', '报出日期'];

/** The first cell reading like a period (2026年10月, 2026年第三季度, 2026年度) that is not part of the block. */
export function findPeriod(rows: readonly TextRow[]): string | null {
  for (const row of rows) {
    for (const text of row) {
      const n = normalise(text);
      if (!n || BLOCK_WORDS.some((w) => n.includes(w))) continue;
      const period = parsePeriodText(text.normalize('NFKC'));
      if (period && n.length <= 20) return period;
    }
  }
  return null;
}

export function isFooterRow(row: TextRow): boolean {
  return row.some((t) => {
    const n = normalise(t);
    return FOOTER_LABELS.some((l) => n.startsWith(l)) || n.startsWith('说明') || n.startsWith('注:');
  });
}

/** 报出日期 text: 2026 年 11 月 5 日, 2026-11-05, blanks on a paper form → ''. */
function footerDate(text: string): string {
  const m = /(\d{4})\D+(\d{1,2})\D+(\d{1,2})/.exec(text.normalize('NFKC'));
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : '';
}

/** Footer fields from the footer rows: each label's value runs to the next label. */
export function readFooter(rows: readonly TextRow[]): Omit<ReportHeader, 'reportingUnit'> {
  const out = { unitHead: '', statisticsHead: '', preparer: '', phone: '', reportDate: '' };
  for (const row of rows) {
    const line = row.map((t) => t.normalize('NFKC')).join(' ');
    const spots = FOOTER_FIELDS.map(([key, label]) => ({ key, label, at: line.indexOf(label) })).filter((s) => s.at >= 0).sort((a, b) => a.at - b.at);
    spots.forEach((s, i) => {
      const end = spots[i + 1]?.at ?? line.length;
      const value = line.slice(s.at + s.label.length, end).replace(/^\s*[:：]/, '').trim();
      out[s.key] = s.key === 'reportDate' ? footerDate(value) : value.replace(/\s+/g, ' ');
    });
  }
  return out;
}
