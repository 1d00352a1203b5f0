import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { ClauseApplicability } from '../../db/reference/policies';
import { MESSAGES } from '../../electron/api/contract/messages';
import { benefitCreateInput } from '../../electron/api/contract/policySchemas';
import { TRANSLATIONS } from '../../renderer/src/i18n/resources';
import { taxHolidaySummary } from '../../renderer/src/pages/policies/benefits/taxHolidaySummary';
import { conditionsOf, conditionText } from '../../renderer/src/pages/policies/conditionText';
import { checkWith } from '../../renderer/src/pages/investment/schemaCheck';
import { splitMarked } from '../../renderer/src/pages/policies/search/markedSnippet';

async function translator(locale: 'zh-CN' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ resources: { [locale]: { translation: TRANSLATIONS[locale] } }, lng: locale, keySeparator: false, nsSeparator: false, interpolation: { escapeValue: false } });
  return instance.t;
}

describe('search snippets', () => {
  it('turns the server’s 【】 into a highlighted part, not brackets', () => {
    expect(splitMarked('…高新区【亩均】税收达到42万元…')).toEqual([
      { text: '…高新区', marked: false },
      { text: '亩均', marked: true },
      { text: '税收达到42万元…', marked: false },
    ]);
  });

  it('keeps a lone bracket of the text itself as typed', () => {
    expect(splitMarked('见【附件')).toEqual([{ text: '见【附件', marked: false }]);
    expect(splitMarked('【人才】')).toEqual([{ text: '人才', marked: true }]);
  });
});

describe('applicability in words', () => {
  const rule: ClauseApplicability = { parkKinds: ['high_tech'], parkLevels: [], tagsAny: ['high_tech'], industryPrefixes: [], countries: ['DE'], projectTypes: [], minProjectUsd: 100_000_000, validFrom: null, validTo: '2025-12-31' };

  it('lists only the conditions a clause sets, in a fixed order', () => {
    expect(conditionsOf(rule).map((c) => c.condition)).toEqual([
      'parkKinds',
      'tagsAny',
      'countries',
      'minProjectUsd',
      'validTo',
    ]);
  });

  it('says each condition in the user’s language', async () => {
    const zh = await translator('zh-CN');
    const en = await translator('en');
    expect(conditionText('parkKinds', 'high_tech', zh, 'zh-CN')).toBe('园区类型：高新区');
    expect(conditionText('countries', 'DE', en, 'en')).toBe('Source country: Germany');
    expect(conditionText('minProjectUsd', '100000000', en, 'en')).toBe('Project total at least (USD): 100,000,000');
  });

  it('names industries by their GB/T 4754 names, apart by a semicolon in English where the names have commas', async () => {
    const zh = await translator('zh-CN');
    const en = await translator('en');
    expect(conditionText('industryPrefixes', '15,367', zh, 'zh-CN')).toBe('行业：酒、饮料和精制茶制造业、汽车零部件及配件制造');
    expect(conditionText('industryPrefixes', '15,367', en, 'en')).toBe('Industry: Manufacture of liquor, beverages and refined tea; Manufacture of automobile parts and accessories');
  });
});

describe('tax holiday summary', () => {
  it('groups 三免两减半 into runs and leaves out full-rate years', async () => {
    const zh = await translator('zh-CN');
    const years = [
      { year: 2024, regime: 'exempt', rateBp: 0, ratePercent: '0' },
      { year: 2025, regime: 'exempt', rateBp: 0, ratePercent: '0' },
      { year: 2026, regime: 'exempt', rateBp: 0, ratePercent: '0' },
      { year: 2027, regime: 'halved', rateBp: 1250, ratePercent: '12.5' },
      { year: 2028, regime: 'halved', rateBp: 1250, ratePercent: '12.5' },
      { year: 2029, regime: 'full', rateBp: 2500, ratePercent: '25' },
    ] as const;
    expect(taxHolidaySummary(years, zh)).toBe('2024–2026 免征 · 2027–2028 减半');
  });
});

describe('benefit form check', () => {
  it('refuses an amount with three decimals at the amount field, before sending', () => {
    const check = checkWith(benefitCreateInput, {
      enterpriseId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      policyId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      kind: 'subsidy',
      amountYuan: '12.345',
      grantedOn: '2024-05-01',
    });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.issues.map((i) => [i.path, i.key])).toContainEqual(['amountYuan', 'benefit.amount']);
  });

  it('has every policy and benefit message translated in both languages', () => {
    const keys = Object.keys(MESSAGES['zh-CN']).filter((k) => k.startsWith('policy.') || k.startsWith('benefit.'));
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect(TRANSLATIONS.en[`errors.${key}` as keyof typeof TRANSLATIONS.en]).toBeTruthy();
      expect(TRANSLATIONS['zh-CN'][`errors.${key}` as keyof typeof TRANSLATIONS.en]).toBeTruthy();
    }
  });
});

describe('clause applicability form', async () => {
  const { applicabilityInputOf, applicabilityToForm, keepRetypedUnit, placeApplicabilityIssues } = await import('../../renderer/src/pages/policies/page/applicabilityValues');
  const { clauseUpdateInput } = await import('../../electron/api/contract/policySchemas');
  const id = '00000000-0000-4000-8000-000000000001';

  it('sends null when every field is empty, and the minimum in whole dollars converted exactly', () => {
    expect(applicabilityInputOf(applicabilityToForm(null))).toBeNull();
    const form = { ...applicabilityToForm(null), tagsAny: ['high_tech' as const], minProjectWan: ' 1.2345 ', industryPrefixes: ['39'] };
    const check = checkWith(clauseUpdateInput, { id, responsibleUnits: [], applicability: applicabilityInputOf(form) });
    expect(check.ok && check.input.applicability).toMatchObject({ tagsAny: ['high_tech'], minProjectUsd: 12345, industryPrefixes: ['39'], parkKinds: [] });
  });

  it('round-trips a stored rule and puts the schema’s issues at the form’s fields', () => {
    const rule: ClauseApplicability = { parkKinds: ['high_tech'], parkLevels: [], tagsAny: [], industryPrefixes: [], countries: ['DE'], projectTypes: [], minProjectUsd: 50_000_000, validFrom: '2024-01-01', validTo: null };
    expect(applicabilityToForm(rule).minProjectWan).toBe('5000');
    expect(applicabilityInputOf(applicabilityToForm(rule))).toEqual(rule);
    const pathsOf = (changes: object) => {
      const check = checkWith(clauseUpdateInput, { id, applicability: applicabilityInputOf({ ...applicabilityToForm(rule), ...changes }) });
      return check.ok ? [] : placeApplicabilityIssues(check.issues).map((i) => `${i.path}:${i.key}`);
    };
    expect(pathsOf({ minProjectWan: '1.23456' })).toEqual(['minProjectWan:field.notNumber']);
    expect(pathsOf({ validTo: '2023-01-01' })).toEqual(['validTo:policy.applicability.window']);
  });

  it('keeps a unit that is typed again instead of toggling it off', () => {
    expect(keepRetypedUnit(['市发改局', '市科技局'], ['市科技局'], ' 市发改局 ')).toEqual(['市发改局', '市科技局']);
    expect(keepRetypedUnit(['市发改局', '市科技局'], ['市科技局'], '')).toEqual(['市科技局']);
    expect(keepRetypedUnit(['市发改局'], ['市发改局', ' 市商务局 ', '市发改局'], '市商务局')).toEqual(['市发改局', '市商务局']);
  });
});
