import { describe, expect, it } from 'vitest';
import { parseBoolean, parseDate, parseNumber, parseText, serialToIso } from '../../../electron/services/excel/cellValues';
import { parsePeriodText, periodText } from '../../../electron/services/excel/formText';

const ok = <T>(value: T) => ({ ok: true, value });

describe('cell values as people type them', () => {
  it('numbers: thousands separators, full-width digits, percent, accountants\' brackets, blanks and dashes', () => {
    expect(parseNumber('1,234.50', 2)).toEqual(ok(1234.5));
    expect(parseNumber('１２，３４５．６７', 2)).toEqual(ok(12345.67));
    expect(parseNumber(' 12.5% ', 2, true)).toEqual(ok(12.5));
    expect(parseNumber('(88.10)', 2)).toEqual(ok(-88.1));
    expect(parseNumber(1.005, 2)).toEqual(ok(1.01));
    expect(parseNumber('—', 2)).toEqual(ok(null));
    expect(parseNumber({ formula: 'A1*2', result: 7 }, 0)).toEqual(ok(7));
    expect(parseNumber({ formula: 'A1*2' }, 0)).toMatchObject({ ok: false, key: 'workbook.cell.formulaNoResult' });
    expect(parseNumber({ error: '#DIV/0!' }, 2)).toMatchObject({ ok: false, key: 'workbook.cell.error', params: { value: '#DIV/0!' } });
    expect(parseNumber('12.5', 0)).toMatchObject({ ok: false, key: 'workbook.cell.notInteger' });
    expect(parseNumber('十二', 2)).toMatchObject({ ok: false, key: 'workbook.cell.notNumber' });
  });

  it('dates: both serial systems and the usual ways of writing a date', () => {
    expect(serialToIso(46_303, false)).toBe('2026-10-08');
    expect(serialToIso(46_303 - 1_462, true)).toBe('2026-10-08');
    expect(serialToIso(59, false)).toBe('1900-02-28');
    expect(serialToIso(61, false)).toBe('1900-03-01');
    for (const text of ['2026-10-08', '2026/10/8', '2026.10.8', '2026年10月8日', '２０２６年１０月８日', '20261008', ' 2026 - 10 - 08 ']) {
      expect(parseDate(text, false)).toEqual(ok('2026-10-08'));
    }
    expect(parseDate('2026-02-30', false)).toMatchObject({ ok: false, key: 'workbook.cell.notDate' });
    expect(parseDate('下月', false)).toMatchObject({ ok: false });
  });

  it('是/否 and text', () => {
    expect(parseBoolean('是')).toEqual(ok(true));
    expect(parseBoolean(' 否 ')).toEqual(ok(false));
    expect(parseBoolean(true)).toEqual(ok(true));
    expect(parseBoolean('也许')).toMatchObject({ ok: false, key: 'workbook.cell.notBoolean' });
    expect(parseText({ richText: [{ text: '中德' }, { text: '合作' }] })).toEqual(ok('中德合作'));
    expect(parseText(13805730000)).toEqual(ok('13805730000'));
    expect(parseText("'=SUM(A1)")).toEqual(ok('=SUM(A1)'));
  });

  it('periods printed and read back', () => {
    expect(periodText('2026-10')).toBe('2026年10月');
    expect(periodText('2026-Q3')).toBe('2026年第三季度');
    expect(parsePeriodText('2026年 10 月')).toBe('2026-10');
    expect(parsePeriodText('2026年第3季度')).toBe('2026-Q3');
    expect(parsePeriodText('2026年三季度')).toBe('2026-Q3');
    expect(parsePeriodText('2026年度')).toBe('2026');
  });
});
