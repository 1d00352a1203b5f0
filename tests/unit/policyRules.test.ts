import { describe, expect, it } from 'vitest';
import { applies, checkApplicability, EMPTY_APPLICABILITY, type InvestorProfile } from '../../electron/services/policies/clauseApplicability';
import { markedSnippet } from '../../electron/services/policies/snippet';
import { bpToPercent, taxHolidaySchedule } from '../../electron/services/policies/taxHoliday';
import { fenToWan, fenToYuan, yuanToFen } from '../../electron/services/policies/yuan';

const investor: InvestorProfile = {
  parkKind: 'international_cooperation', parkLevel: 'provincial', tags: ['fortune500'], industryCode: '367', countryCode: 'DE',
  projectType: 'capital_increase', projectTotalUsd: 150_000_000, onDate: '2025-04-10',
};

describe('policy rules', () => {
  it('lays out a general N免M减半 schedule from the first profitable year', () => {
    const s = taxHolidaySchedule({ exemptYears: 1, halvedYears: 1, firstProfitYear: 2030, standardRateBp: 2000, fullYearsAfter: 2 });
    expect(s.years.map((y) => [y.year, y.regime, y.ratePercent])).toEqual([[2030, 'exempt', '0'], [2031, 'halved', '10'], [2032, 'full', '20'], [2033, 'full', '20']]);
    expect(bpToPercent(1250)).toBe('12.5');
    expect(bpToPercent(1575)).toBe('15.75');
  });

  it('converts yuan to 分 and 万元 exactly', () => {
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen('12345678901.23')).toBe(1_234_567_890_123);
    expect(yuanToFen('1.234')).toBeNull();
    expect(fenToYuan(30)).toBe('0.3');
    expect(fenToYuan(123_456_700)).toBe('1,234,567');
    expect(fenToWan(1)).toBe('0.000001');
  });

  it('says which conditions matched and applies only when all are met', () => {
    const rule = { ...EMPTY_APPLICABILITY, tagsAny: ['fortune500', 'high_tech'] as const, minProjectUsd: 100_000_000, industryPrefixes: ['36'] };
    const checks = checkApplicability({ ...rule, tagsAny: [...rule.tagsAny] }, investor);
    expect(checks).toEqual([
      { condition: 'tagsAny', met: true, value: 'fortune500' },
      { condition: 'industryPrefixes', met: true, value: '36' },
      { condition: 'minProjectUsd', met: true, value: '100000000' },
    ]);
    expect(applies(checks)).toBe(true);
    expect(applies(checkApplicability({ ...EMPTY_APPLICABILITY, validTo: '2024-12-31' }, investor))).toBe(false);
    expect(applies(checkApplicability(EMPTY_APPLICABILITY, investor))).toBe(false);
  });

  it('marks the first match in 【】 with 20 characters either side', () => {
    expect(markedSnippet('支持建设海外创新中心、海外人才创业基地和国际科技产业合作园，鼓励引进外资研发机构', '国际科技')).toBe('支持建设海外创新中心、海外人才创业基地和【国际科技】产业合作园，鼓励引进外资研发机构');
    expect(markedSnippet('GE Healthcare', 'health')).toBe('GE 【Health】care');
    expect(markedSnippet('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十甲乙一二三四五六七八九十一二三四五六七八九十一二三', '甲乙')).toBe('…一二三四五六七八九十一二三四五六七八九十【甲乙】一二三四五六七八九十一二三四五六七八九十…');
  });
});
