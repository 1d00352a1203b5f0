import { describe, expect, it } from 'vitest';
import type { ServiceProfile } from '../../db/schema';
import { applies, isManufacturer } from '../../electron/services/checklists/applicability';
import { decodeAttachment, decodedSize } from '../../electron/services/checklists/attachmentFiles';
import { neutralise } from '../../electron/api/contract/neutralise';
import { progressOf } from '../../electron/services/checklists/progress';

const profile: ServiceProfile = { countryCode: 'DE', industryCode: '367', tags: [], projectType: 'new', hasForeignStaff: false, imports: false, exports: true };
const rule = { needs: [], tagsAny: [], projectTypes: [], countries: [] };

describe('checklist rules', () => {
  it('counts manufacturing as GB/T 4754 door C, divisions 13 to 43', () => {
    expect(['13', '367', '43', '3411'].filter(isManufacturer)).toEqual(['13', '367', '43']);
    expect(['12', '44', '651', '734'].some(isManufacturer)).toBe(false);
  });

  it('applies an item only when every condition it states holds', () => {
    expect(applies(rule, profile)).toBe(true);
    expect(applies({ ...rule, needs: ['trade', 'manufacturer'] }, profile)).toBe(true);
    expect(applies({ ...rule, needs: ['imports'] }, profile)).toBe(false);
    expect(applies({ ...rule, tagsAny: ['high_tech'] }, profile)).toBe(false);
    expect(applies({ ...rule, tagsAny: ['high_tech'] }, { ...profile, tags: ['high_tech'] })).toBe(true);
    expect(applies({ ...rule, projectTypes: ['merger'] }, profile)).toBe(false);
    expect(applies({ ...rule, projectTypes: ['merger'] }, { ...profile, projectType: null })).toBe(false);
    expect(applies({ ...rule, countries: ['JP', 'US'] }, profile)).toBe(false);
  });

  it('leaves 不适用 out of the percentage done', () => {
    expect(progressOf([{ status: 'done' }, { status: 'not_applicable' }, { status: 'blocked' }])).toMatchObject({ total: 3, applicable: 2, percentDone: 50 });
    expect(progressOf([{ status: 'not_applicable' }]).percentDone).toBe(100);
  });

  it('neutralises text a spreadsheet would read as a formula, full-width ＝ included', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '＝1'].map(neutralise).every((t) => t.startsWith("'"))).toBe(true);
    expect(neutralise('营业执照 = 必需')).toBe('营业执照 = 必需');
  });

  it('decodes strict base64 only, sized before decoding', () => {
    expect(decodedSize(Buffer.from('abcd').toString('base64'))).toBe(4);
    expect(decodeAttachment(Buffer.from('附件').toString('base64'), 100).toString()).toBe('附件');
    expect(() => decodeAttachment('YWJj ZA==', 100)).toThrow();
    expect(() => decodeAttachment('YWJjZA=', 100)).toThrow();
    expect(() => decodeAttachment(Buffer.alloc(11).toString('base64'), 10)).toThrow();
  });
});
