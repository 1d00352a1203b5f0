import { describe, expect, it } from 'vitest';
import { maskName } from '../../electron/services/demo/maskName';
import { progressTowards, safeRatio } from '../../electron/services/indicators/ratioParts';

describe('maskName (projector over real data)', () => {
  it('keeps the first and last character and always shows two stars', () => {
    expect(maskName('蒂森克虏伯')).toBe('蒂**伯');
    expect(maskName('蒂森克虏伯汽车零部件（平湖）有限公司')).toBe('蒂**司');
    expect(maskName('王芳')).toBe('王*');
    expect(maskName('张')).toBe('*');
    expect(maskName('  ')).toBe('');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(maskName('𠀀中𠀁')).toBe('𠀀**𠀁');
  });
});

describe('ratios never show NaN or Infinity', () => {
  it('gives null for a missing part or a zero base', () => {
    expect(safeRatio(10, 0)).toBeNull();
    expect(safeRatio(null, 5)).toBeNull();
    expect(safeRatio(5, null)).toBeNull();
    expect(safeRatio(0, 4, 100)).toBe(0);
    expect(safeRatio(1, 3, 100)).toBe(33.33);
  });

  it('gives no progress towards a target of 0 or none', () => {
    expect(progressTowards(5, 0)).toBeNull();
    expect(progressTowards(5, undefined)).toBeNull();
    expect(progressTowards(null, 8)).toBeNull();
    expect(progressTowards(7, 8)).toBe(87.5);
  });
});
