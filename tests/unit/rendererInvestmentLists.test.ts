import { describe, expect, it } from 'vitest';
import { ALL_PROJECT_STAGES, ENTERPRISE_TAGS, FOLLOW_UP_KINDS, PROJECT_TYPES, TARGET_STATUSES } from '../../db/reference/investment';
import { hashOf, locationFromHash, routeFromHash } from '../../renderer/src/app/routes';
import { TRANSLATIONS } from '../../renderer/src/i18n/resources';
import { buildMatrix } from '../../renderer/src/pages/matrix/matrixModel';
import { industryCascaderPath } from '../../renderer/src/pages/investment/industryOptions';
import { EMPTY_FILTERS, filtersFromParams as projectFiltersFromParams, nextWindow, PAGE_SIZE, toProjectQuery } from '../../renderer/src/pages/projects/projectQuery';
import { filtersFromParams, isOverdue, toTargetQuery } from '../../renderer/src/pages/targets/targetQuery';

describe('addresses of records and filtered lists', () => {
  it('opens a project by id and the targets list with filters, and round-trips them', () => {
    expect(locationFromHash('#/projects/abc-123')).toEqual({ route: 'projects', id: 'abc-123', params: {} });
    const hash = hashOf('targets', null, { country: 'DE', industry: '34', status: undefined });
    expect(hash).toBe('#/targets?country=DE&industry=34');
    expect(locationFromHash(hash)).toEqual({ route: 'targets', id: null, params: { country: 'DE', industry: '34' } });
    expect(routeFromHash('#/matrix')).toBe('matrix');
    expect(locationFromHash('#token=abc')).toEqual({ route: 'parks', id: null, params: {} });
  });

  it('takes only sensible filters from the address', () => {
    expect(filtersFromParams({ country: 'de', industry: '34', status: 'bogus', priority: 'A' })).toEqual({
      search: '',
      countryCode: 'DE',
      industryCode: '34',
      priority: 'A',
    });
    expect(filtersFromParams({ country: 'XX', industry: 'C' })).toEqual({ search: '' });
  });
});

describe('project list query', () => {
  it('sends only the filters in use; a section letter cannot be filtered on and is left out', () => {
    const query = toProjectQuery(
      { ...EMPTY_FILTERS, search: ' 平湖 ', stage: 'signed', industryCode: 'C', largeOnly: true },
      { sortBy: 'totalInvestmentUsd', sortDir: 'desc' },
    );
    expect(query).toEqual({ search: '平湖', stage: 'signed', largeOnly: true, sortBy: 'totalInvestmentUsd', sortDir: 'desc' });
    expect(toProjectQuery({ ...EMPTY_FILTERS, industryCode: '367' }, { sortBy: 'name', sortDir: 'asc' })).toMatchObject({ industryCode: '367' });
  });

  it('reads several parks and a month range from a dashboard link, and ignores a range out of order', () => {
    const a = '3cc2ac86-6ee6-4d2a-8eb5-60578e180739';
    const b = '61d46e48-6714-4bc4-9ec8-5c3fc9b5626d';
    const filters = projectFiltersFromParams({ park: `${a},${b},bogus`, from: '2025-12', to: '2026-11' });
    expect(toProjectQuery(filters, { sortBy: 'name', sortDir: 'asc' })).toEqual({ parkIds: [a, b], period: { from: '2025-12', to: '2026-11' }, sortBy: 'name', sortDir: 'asc' });
    expect(projectFiltersFromParams({ park: 'x', from: '2026-11', to: '2025-12' })).toEqual(EMPTY_FILTERS);
  });

  it('fetches the next window after what is loaded, within the API limit, and stops at the end', () => {
    expect(PAGE_SIZE).toBeLessThanOrEqual(500);
    expect(nextWindow(0, 100_000)).toEqual({ limit: PAGE_SIZE, offset: 0 });
    expect(nextWindow(400, 100_000)).toEqual({ limit: PAGE_SIZE, offset: 400 });
    expect(nextWindow(9, 9)).toBeNull();
  });
});

describe('targets', () => {
  it('pages on the server and flags follow-ups due before today', () => {
    expect(toTargetQuery({ search: '', countryCode: 'DE' }, { page: 3, pageSize: 20 })).toEqual({ countryCode: 'DE', limit: 20, offset: 40 });
    expect(isOverdue('2026-06-15', '2026-11-23')).toBe(true);
    expect(isOverdue('2026-11-23', '2026-11-23')).toBe(false);
    expect(isOverdue(null, '2026-11-23')).toBe(false);
  });
});

describe('country × industry matrix', () => {
  it('puts the busiest country first and only the divisions that occur as columns', () => {
    const model = buildMatrix(
      [
        { countryCode: 'JP', division: '34', targets: 1, projects: 0, theme: '机器人' },
        { countryCode: 'DE', division: '36', targets: 0, projects: 1, theme: null },
        { countryCode: 'DE', division: '34', targets: 2, projects: 0, theme: '机器人' },
      ],
      (code) => code,
    );
    expect(model.countries).toEqual(['DE', 'JP']);
    expect(model.divisions).toEqual(['34', '36']);
    expect(model.cell('DE', '34')?.targets).toBe(2);
    expect(model.cell('JP', '36')).toBeUndefined();
  });
});

describe('codes shown to the user', () => {
  it('has a label for every stage, type, tag, status and follow-up kind in both languages', () => {
    const keys = [
      ...ALL_PROJECT_STAGES.map((s) => `stage.${s}`),
      ...PROJECT_TYPES.map((s) => `projectType.${s}`),
      ...ENTERPRISE_TAGS.map((s) => `tag.${s}`),
      ...TARGET_STATUSES.map((s) => `targetStatus.${s}`),
      ...FOLLOW_UP_KINDS.map((s) => `followUpKind.${s}`),
    ];
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const key of keys) expect(TRANSLATIONS[locale], `${locale} ${key}`).toHaveProperty([key]);
    }
  });

  it('opens the industry picker at the stored code', () => {
    expect(industryCascaderPath('367')).toEqual(['C', '36', '367']);
    expect(industryCascaderPath(undefined)).toEqual([]);
  });
});
