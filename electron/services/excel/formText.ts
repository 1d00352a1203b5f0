import type { ReportHeader } from '../reports/reportContract';

/**
 * The printed wording of a form's title block and footer, shared by the writer (which prints it) and the
 * reader (which finds it again in a workbook someone may have retyped).
 */

export const MARKER = 'ParkDesk';

/** Document keywords of a workbook the app wrote: `ParkDesk T1 2026.1`. */
export function markerKeywords(code: string, version: string): string {
  return `${MARKER} ${code} ${version}`;
}

export const BLOCK_LABELS = { 表号: '表　　号', 制表机关: '制表机关', 批准文号: '批准文号', 有效期至: '有效期至' } as const;

export const FOOTER_FIELDS: readonly (readonly [Exclude<keyof ReportHeader, 'reportingUnit'>, string])[] = [
  ['unitHead', '单位负责人'],
  ['statisticsHead', '统计负责人'],
  ['preparer', '填表人'],
  ['phone', '联系电话'],
  ['reportDate', '报出日期'],
];

const QUARTERS = ['一', '二', '三', '四'];

/** `2026-10` → 2026年10月, `2026-Q3` → 2026年第三季度, `2026` → 2026年. */
export function periodText(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${month[1]}年${Number(month[2])}月`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}年第${QUARTERS[Number(quarter[2]) - 1]}季度`;
  return /^\d{4}$/.test(period) ? `${period}年` : period;
}

/** The inverse, tolerant of spaces and Arabic quarter numbers: 2026年 10 月, 2026年第3季度, 2026年度. */
export function parsePeriodText(text: string): string | null {
  const t = text.replace(/\s+/g, '');
  const quarter = /(\d{4})年第?([1-4一二三四])季度?/.exec(t);
  if (quarter) {
    const q = /[1-4]/.test(quarter[2]!) ? Number(quarter[2]) : QUARTERS.indexOf(quarter[2]!) + 1;
    return `${quarter[1]}-Q${q}`;
  }
  const month = /(\d{4})年(\d{1,2})月/.exec(t);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${month[2]!.padStart(2, '0')}`;
  const year = /(\d{4})年度?/.exec(t);
  return year ? year[1]! : null;
}

/** 报出日期 as printed: 2026 年 11 月 5 日; blank parts when no date is known yet, as on a paper form. */
export function reportDateText(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[1]} 年 ${Number(m[2])} 月 ${Number(m[3])} 日` : '　　 年 　 月 　 日';
}

/** One footer line: 单位负责人：王芳　　统计负责人：…　　报出日期：2026 年 11 月 5 日 */
export function footerText(header: ReportHeader): string {
  return FOOTER_FIELDS.map(([key, label]) => `${label}：${key === 'reportDate' ? reportDateText(header.reportDate) : header[key] || '　　　'}`).join('　　');
}
