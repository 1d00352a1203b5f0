import { describe, expect, it } from 'vitest';
import { problemCell } from '../../electron/services/reports/problemCells';
import { validateReport } from '../../electron/services/reports/validateReport';
import { t1Values } from '../helpers/consolidationFixtures';

describe('report validation', () => {
  it('passes a consistent T1, tolerating the rounding difference (尾差) of parts rounded one by one', () => {
    const values = t1Values('中日（平湖）产业合作园', '2026-10', 100, 900);
    values.indicators.fdi_eu = { month: 33.33, ytd: 833.33, last_ytd: null, yoy: null };
    values.indicators.fdi_us = { month: 33.33, ytd: 33.33, last_ytd: null, yoy: null };
    values.indicators.fdi_japan = { month: 33.33, ytd: 33.33, last_ytd: null, yoy: null }; // 99.99 and 899.99 against 100 and 900
    expect(validateReport(values, [])).toEqual([]);
  });

  it('finds each problem at its row and column, in Chinese and English', () => {
    const values = t1Values('', '2026-10', 100, 90, 5);
    values.indicators.utilised_fdi_capital_increase = { month: 120, ytd: 120, last_ytd: null, yoy: null };
    values.indicators.projects_over_100m = { month: 2, ytd: 2, last_ytd: null, yoy: null };
    values.indicators.contracted_fdi = { month: -1, ytd: 0, last_ytd: null, yoy: null };
    const problems = validateReport(values, ['2026-10']);
    expect(problems.map((p) => `${p.row}.${p.column}:${p.key}`)).toEqual(expect.arrayContaining([
      'header.reportingUnit:report.check.headerMissing',
      'contracted_fdi.month:report.check.negative',
      'utilised_fdi.ytd:report.check.ytdBelowMonth',
      'fdi_other.month:report.check.sourcesSum',
      'utilised_fdi_capital_increase.ytd:report.check.partExceedsTotal',
      'projects_over_100m.month:report.check.thresholdOrder',
      'period.2026-10:report.check.monthNotLocked',
    ]));
    const sum = problems.find((p) => p.key === 'report.check.sourcesSum' && p.column === 'month')!;
    expect(sum.message).toBe('按来源地分项之和（105.00）与实际使用外资（100.00）不符');
    expect(sum.messageEn).toBe('The sources add up to 105.00, not to the utilised FDI of 100.00');
  });

  it('places a problem on its cell of the exported workbook, or on the sheet when it has none', () => {
    const cell = problemCell('T1', { row: 'utilised_fdi', column: 'ytd' });
    expect(cell).toMatch(/^利用外资月报![A-Z]+\d+$/);
    expect(problemCell('T1', { row: 'period', column: '2026-10' })).toBe('利用外资月报');
    expect(problemCell('T2', { row: 'ledger.3', column: 'total_investment' })).toMatch(/!K\d+$/);
  });
});
