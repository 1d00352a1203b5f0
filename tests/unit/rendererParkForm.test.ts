import { describe, expect, it } from 'vitest';
import { checkParkForm, emptyParkForm, sortIssues, type ParkFormValues } from '../../renderer/src/pages/parks/parkFormValues';
import { toListInput } from '../../renderer/src/pages/parks/parkTypes';
import { divisionPath, matchesCountry } from '../../renderer/src/pages/parks/referenceOptions';

const pinghu: ParkFormValues = {
  ...emptyParkForm(),
  name: ' 中日（平湖）产业合作园 ',
  kind: 'international_cooperation',
  level: 'provincial',
  partnerCountries: ['JP'],
  divisionCode: '330482',
  areaMu: 1234.5,
  leadingIndustries: ['汽车零部件'],
};

describe('park form, checked with the API schema before sending', () => {
  it('accepts a complete park and sends the trimmed values', () => {
    const check = checkParkForm(pinghu);
    expect(check).toMatchObject({ ok: true, values: { name: '中日（平湖）产业合作园', hostParkId: null, establishedOn: null } });
  });

  it('names each missing required field with the same message key the server uses', () => {
    const check = checkParkForm(emptyParkForm());
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const keys = Object.fromEntries(check.issues.map((issue) => [issue.path, issue.key]));
    expect(keys).toEqual({
      name: 'field.required',
      kind: 'park.kind.required',
      level: 'park.level.required',
      divisionCode: 'park.division.unknown',
    });
  });

  it('limits a high-tech zone to three leading industries', () => {
    const check = checkParkForm({ ...pinghu, kind: 'high_tech', leadingIndustries: ['A', 'B', 'C', 'D'] });
    expect(check).toMatchObject({ ok: false, issues: [{ path: 'leadingIndustries', key: 'park.leadingIndustries.highTechMax' }] });
  });

  it('puts an issue about one tag on the whole tags field, and keeps unknown paths for the alert', () => {
    const { byField, unplaced } = sortIssues([
      { path: 'leadingIndustries.1', key: 'field.tooLong', params: { max: 30 } },
      { path: 'name', key: 'park.name.taken' },
      { path: 'somethingElse', key: 'field.invalid' },
    ]);
    expect([...byField.keys()]).toEqual(['leadingIndustries', 'name']);
    expect(unplaced).toEqual([{ path: 'somethingElse', key: 'field.invalid' }]);
  });
});

describe('park list query', () => {
  it('sends only the filters in use, and the page as limit/offset', () => {
    const query = toListInput({ search: '  宁波 ', cityCode: '330200' }, { sortBy: 'areaMu', sortDir: 'desc' }, { page: 3, pageSize: 20 });
    expect(query).toEqual({ search: '宁波', cityCode: '330200', sortBy: 'areaMu', sortDir: 'desc', limit: 20, offset: 40 });
  });
});

describe('reference pickers', () => {
  it('opens the division cascader at the city of a county, or at the city itself', () => {
    expect(divisionPath('330482')).toEqual(['330400', '330482']);
    expect(divisionPath('330400')).toEqual(['330400']);
    expect(divisionPath('110000')).toEqual([]);
  });

  it('finds a country by its name in the user language or by its code', () => {
    expect(matchesCountry('德', { value: 'DE', label: '德国' })).toBe(true);
    expect(matchesCountry('de', { value: 'DE', label: 'Germany' })).toBe(true);
    expect(matchesCountry('ger', { value: 'DE', label: 'Germany' })).toBe(true);
    expect(matchesCountry('fr', { value: 'DE', label: 'Germany' })).toBe(false);
  });
});
