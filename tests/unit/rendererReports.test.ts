import dayjs from 'dayjs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { loadReportTemplate } from '../../electron/services/excel/templates';
import { TRANSLATIONS } from '../../renderer/src/i18n/resources';
import { cellNames } from '../../renderer/src/pages/reports/shared/cellNames';
import { codeText } from '../../renderer/src/i18n/errorText';
import { formatCell, formatInputNumber } from '../../renderer/src/pages/reports/shared/formatCell';
import { dateOfPeriod, duePeriod, periodLabel, periodOf } from '../../renderer/src/pages/reports/shared/periods';
import type { ReportTemplate } from '../../renderer/src/pages/reports/shared/reportTypes';
import { checkWorkbookFile } from '../../renderer/src/pages/reports/shared/xlsxFile';

async function translator(locale: 'zh-CN' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ resources: { [locale]: { translation: TRANSLATIONS[locale] } }, lng: locale, keySeparator: false, nsSeparator: false, interpolation: { escapeValue: false } });
  return instance.t;
}

const file = (name: string, bytes: number[] | string) => new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name);

describe('报表 area helpers', () => {
  it('turns a picked date into the period of the form kind and back', () => {
    const oct = dayjs('2026-10-17');
    expect(periodOf('month', oct)).toBe('2026-10');
    expect(periodOf('quarter', oct)).toBe('2026-Q4');
    expect(periodOf('year', oct)).toBe('2026');
    expect(dateOfPeriod('quarter', '2026-Q3')?.format('YYYY-MM-DD')).toBe('2026-07-01');
    expect(dateOfPeriod('month', '2026-Q3')).toBeNull();
    expect(periodLabel('2026-10', 'zh-CN')).toBe('2026年10月');
    expect(periodLabel('2026-Q3', 'zh-CN')).toBe('2026年第3季度');
    expect(periodLabel('2025', 'zh-CN')).toBe('2025年');
  });

  it('offers the period a form is due for: the month, quarter or year that ended last, across the turn of the year', () => {
    expect(duePeriod('month', dayjs('2026-12-03'))).toBe('2026-11');
    expect(duePeriod('quarter', dayjs('2026-12-03'))).toBe('2026-Q3');
    expect(duePeriod('year', dayjs('2026-12-03'))).toBe('2025');
    expect(duePeriod('month', dayjs('2027-01-05'))).toBe('2026-12');
    expect(duePeriod('quarter', dayjs('2027-01-05'))).toBe('2026-Q4');
    expect(duePeriod('quarter', dayjs('2026-04-01'))).toBe('2026-Q1');
    expect(duePeriod('quarter', dayjs('2026-03-31'))).toBe('2025-Q4');
  });

  it('refuses what is not an .xlsx before anything is sent: wrong name, renamed .xls or CSV, empty, too big', async () => {
    const zip = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00];
    expect(await checkWorkbookFile(file('台账.xlsx', zip), 1000)).toBeNull();
    expect(await checkWorkbookFile(file('台账.xls', zip), 1000)).toBe('notXlsx');
    expect(await checkWorkbookFile(file('旧表.xlsx', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 1000)).toBe('notZip');
    expect(await checkWorkbookFile(file('导出.xlsx', '序号,项目名称\n1,某项目\n'), 1000)).toBe('notZip');
    expect(await checkWorkbookFile(file('空.xlsx', []), 1000)).toBe('empty');
    expect(await checkWorkbookFile(file('大.xlsx', zip), 4)).toBe('tooBig');
  });

  it('tells why the workbook guard refused a file, in the chosen language', async () => {
    const details = { reason: 'legacyXls', messageKey: 'workbook.legacyXls', params: {} };
    expect(codeText('WORKBOOK_REJECTED', details, await translator('zh-CN'))).toContain('旧版 .xls');
    expect(codeText('WORKBOOK_REJECTED', details, await translator('en'))).toMatch(/\.xls/);
    expect(codeText('IMPORT_HAS_PROBLEMS', { count: 3 }, await translator('zh-CN'))).toContain('3 个问题');
  });

  it('names cells as the form prints them, for problems and differences', async () => {
    const names = cellNames(loadReportTemplate('T1') as unknown as ReportTemplate, await translator('zh-CN'));
    expect(`${names.row('utilised_fdi')} · ${names.column('utilised_fdi', 'ytd')}`).toBe('实际使用外资 · 本年累计');
    expect(names.column('header', 'preparer')).toBe('填表人');
    expect(names.row('projects.2')).toBe('项目清单 第 2 行');
    expect(names.decimals('new_enterprises')).toBe(0);
  });

  it('prints figures with the form’s decimals and leaves no-data blank', () => {
    expect(formatCell(1234567.5, 2, '是', '否')).toBe('1,234,567.50');
    expect(formatCell(null, 2, '是', '否')).toBe('');
    expect(formatCell(true, 0, '是', '否')).toBe('是');
  });

  it('shows a cell the park fills in with the form’s decimals, but leaves what is being typed alone', () => {
    expect(formatInputNumber(864610.2, 2, false)).toBe('864,610.20');
    expect(formatInputNumber('978804', 2, false)).toBe('978,804.00');
    expect(formatInputNumber(117, 0, false)).toBe('117');
    expect(formatInputNumber(undefined, 2, false)).toBe('');
    expect(formatInputNumber('1234.5678', 2, true)).toBe('1,234.5678');
    expect(formatInputNumber('1234.', 2, true)).toBe('1,234.');
  });
});
