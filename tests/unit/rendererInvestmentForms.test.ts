import { describe, expect, it, vi } from 'vitest';
import { withCheckCharacter } from '../../db/reference/creditCode';
import { changedFields } from '../../renderer/src/pages/investment/auditDiff';
import { placeIssues } from '../../renderer/src/pages/investment/issuePlacement';
import { wan, wanInput } from '../../renderer/src/pages/investment/wanText';
import {
  checkEnterpriseForm,
  emptyEnterpriseForm,
  routeEnterpriseIssues,
  type EnterpriseFormValues,
} from '../../renderer/src/pages/enterprises/enterpriseFormValues';
import { checkProjectForm, emptyProjectForm, type ProjectFormValues, type ProjectRecord } from '../../renderer/src/pages/projects/form/projectFormValues';
import { arrivalUsd, periodOf } from '../../renderer/src/pages/projects/page/arrivalMath';

const PARK = '7f8a1c3e-2b4d-4e5f-8a9b-0c1d2e3f4a5b';
const ENTERPRISE = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const GOOD_CODE = withCheckCharacter('91330482MA2B7K3X0');
const BAD_CODE = `${GOOD_CODE.slice(0, 17)}${GOOD_CODE.endsWith('A') ? 'B' : 'A'}`;

const heineken: EnterpriseFormValues = {
  ...emptyEnterpriseForm(),
  name: '喜力啤酒（嘉善）有限公司',
  countryCode: 'NL',
  industryCode: '151',
  creditCode: GOOD_CODE,
};

describe('enterprise form', () => {
  it('sends no credit code and no capital for empty boxes', () => {
    const check = checkEnterpriseForm({ ...heineken, creditCode: ' ', registeredCapitalWan: '' }, null);
    expect(check).toMatchObject({ ok: true, input: { create: { creditCode: null, registeredCapitalWan: null } } });
  });

  it('asks for a reason when the check character is wrong, and puts that request at the reason box', () => {
    const check = checkEnterpriseForm({ ...heineken, creditCode: BAD_CODE }, null);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues).toContainEqual(expect.objectContaining({ path: 'creditCode', key: 'enterprise.creditCode.checkDigit' }));
    expect(routeEnterpriseIssues(check.issues, () => {})).toEqual([{ path: 'creditCodeOverride', key: 'field.required' }]);
  });

  it('keeps a wrong code with a reason, and drops a stale reason once the code is right', () => {
    const kept = checkEnterpriseForm({ ...heineken, creditCode: BAD_CODE, creditCodeOverride: '与营业执照一致' }, null);
    expect(kept).toMatchObject({ ok: true, input: { create: { creditCode: BAD_CODE, creditCodeOverride: '与营业执照一致' } } });
    const fixed = checkEnterpriseForm({ ...heineken, creditCodeOverride: '与营业执照一致' }, null);
    expect(fixed).toMatchObject({ ok: true, input: { create: { creditCodeOverride: '' } } });
  });

  it('turns the same-name answer into the confirm box instead of an error', () => {
    const onDuplicate = vi.fn();
    const rest = routeEnterpriseIssues([{ path: 'name', key: 'enterprise.name.duplicate' }, { path: 'creditCode', key: 'enterprise.creditCode.taken' }], onDuplicate);
    expect(onDuplicate).toHaveBeenCalledOnce();
    expect(rest).toEqual([{ path: 'creditCode', key: 'enterprise.creditCode.taken' }]);
  });

  it('places an issue about one contact at that contact’s field, and a tag issue at the tags', () => {
    const { byField, unplaced } = placeIssues(
      [
        { path: 'contacts.1.name', key: 'field.required' },
        { path: 'tags.2', key: 'field.invalid' },
        { path: 'somewhere', key: 'field.invalid' },
      ],
      ['name', 'tags', 'contacts'],
      { listFields: ['contacts'] },
    );
    expect([...byField.values()].map((entry) => entry.name)).toEqual([['contacts', 1, 'name'], 'tags']);
    expect(unplaced).toEqual([{ path: 'somewhere', key: 'field.invalid' }]);
  });
});

describe('project form', () => {
  const values: ProjectFormValues = {
    ...emptyProjectForm(),
    name: '喜力啤酒嘉善二期',
    enterpriseId: ENTERPRISE,
    parkId: PARK,
    type: 'capital_increase',
    sourceCountry: 'NL',
    industryCode: '151',
    totalInvestmentWan: '15000.1234',
    stageOn: '2026-01-05',
  };

  it('sends amounts as exact text and reads an empty contracted FDI as 0', () => {
    expect(checkProjectForm(values, null)).toMatchObject({
      ok: true,
      input: { create: { totalInvestmentWan: '15000.1234', contractedFdiWan: '0', stage: 'lead', stageOn: '2026-01-05' } },
    });
  });

  it('refuses contracted FDI above the total at the contracted field, with the server’s own key', () => {
    const check = checkProjectForm({ ...values, contractedFdiWan: '20000' }, null);
    expect(check).toMatchObject({ ok: false, issues: [{ path: 'contractedFdiWan', key: 'project.contractedFdi.exceedsTotal' }] });
  });

  it('edits without touching the stage, and says which version it edited', () => {
    const project = { id: '0e0e0e0e-1111-4222-8333-444455556666', updatedAt: '2026-05-01T00:00:00.000Z' } as ProjectRecord;
    const check = checkProjectForm(values, project);
    expect(check.ok).toBe(true);
    if (!check.ok || !('update' in check.input)) throw new Error('expected an update');
    expect(check.input.update).toMatchObject({ id: project.id, expectedUpdatedAt: project.updatedAt });
    expect(check.input.update).not.toHaveProperty('stage');
  });
});

describe('money as the user sees it', () => {
  it('shows 万美元 with two decimals, half-up, and puts stored dollars back into an input exactly', () => {
    expect(wan(150_001_234)).toBe('15,000.12');
    expect(wan(150_005_000)).toBe('15,000.50');
    expect(wanInput(150_001_234)).toBe('15000.1234');
    expect(wanInput(150_000_000)).toBe('15000');
    expect(wanInput(0)).toBe('0');
    expect(wanInput(null)).toBe('');
  });

  it('previews an arrival exactly as the server will count it', () => {
    expect(arrivalUsd('USD', '108.5', '')).toBe(1_085_000);
    expect(arrivalUsd('EUR', '1000000', '1.085')).toBe(1_085_000);
    expect(arrivalUsd('EUR', '1000000', '')).toBeNull();
    expect(arrivalUsd('USD', '', '')).toBeNull();
    expect(periodOf('2026-03-15')).toBe('2026-03');
  });
});

describe('change history', () => {
  it('lists only the fields that changed, never the bookkeeping timestamps', () => {
    const before = { id: 'p', stage: 'signed', registeredOn: null, totalInvestmentUsd: 1, updatedAt: 'a' };
    const after = { id: 'p', stage: 'registered', registeredOn: '2026-06-01', totalInvestmentUsd: 1, updatedAt: 'b' };
    expect(changedFields(before, after)).toEqual([
      { field: 'stage', before: 'signed', after: 'registered' },
      { field: 'registeredOn', before: null, after: '2026-06-01' },
    ]);
    expect(changedFields(null, { name: 'x' })).toEqual([{ field: 'name', before: null, after: 'x' }]);
  });
});
