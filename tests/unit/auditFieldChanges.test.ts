import { describe, expect, it } from 'vitest';
import { fieldChanges, recordName } from '../../electron/services/audit/fieldChanges';

describe('field-level changes read from an audit row', () => {
  it('lists only the fields whose value changed, leaving out bookkeeping columns', () => {
    const before = { id: 'p1', name: '中德园', areaMu: 100, partnerCountries: ['DE'], updatedAt: '2026-01-01' };
    const after = { id: 'p1', name: '中德园', areaMu: 120, partnerCountries: ['DE', 'AT'], updatedAt: '2026-02-01' };
    expect(fieldChanges(before, after)).toEqual([
      { field: 'areaMu', old: '100', new: '120' },
      { field: 'partnerCountries', old: 'DE', new: 'DE、AT' },
    ]);
  });

  it('a new record lists what it set; empty values are not changes', () => {
    expect(fieldChanges(null, { name: '甲园', notes: '', tags: [], hostParkId: null })).toEqual([{ field: 'name', old: null, new: '甲园' }]);
  });

  it('a deleted record lists what it had', () => {
    expect(fieldChanges({ name: '甲园', level: 'provincial' }, null)).toEqual([
      { field: 'name', old: '甲园', new: null },
      { field: 'level', old: 'provincial', new: null },
    ]);
  });

  it('a plain setting value shows as one change, objects as JSON text, booleans as text', () => {
    expect(fieldChanges('zh-CN', 'en')).toEqual([{ field: 'value', old: 'zh-CN', new: 'en' }]);
    expect(fieldChanges({ materials: [{ name: '护照' }] }, { materials: [{ name: '护照', required: true }] })).toEqual([
      { field: 'materials', old: '{"name":"护照"}', new: '{"name":"护照","required":true}' },
    ]);
    expect(fieldChanges({ required: false }, { required: true })).toEqual([{ field: 'required', old: 'false', new: 'true' }]);
    expect(fieldChanges(5, 5)).toEqual([]);
  });

  it('names the record from whichever snapshot has a name or title', () => {
    expect(recordName(null, { title: '浙政发〔2024〕1号' })).toBe('浙政发〔2024〕1号');
    expect(recordName({ name: '旧名' }, null)).toBe('旧名');
    expect(recordName('en', 'zh-CN')).toBeNull();
  });
});
