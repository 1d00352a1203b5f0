import { describe, expect, it } from 'vitest';
import { analyseCreditCode, withCheckCharacter } from '../../db/reference/creditCode';

describe('统一社会信用代码 (GB 32100)', () => {
  it('accepts published codes with their real check character', () => {
    // Codes printed on public business licences: 阿里巴巴（中国）有限公司 and 华为技术有限公司.
    for (const code of ['91330100799655058B', '914403001922038216']) {
      expect(analyseCreditCode(code)).toMatchObject({ wellFormed: true, checkDigitOk: true });
    }
  });

  it('reports a wrong check character as a check failure and says which one was expected', () => {
    const result = analyseCreditCode('91330100799655058C');
    expect(result).toMatchObject({ wellFormed: true, checkDigitOk: false, expectedCheck: 'B', divisionCode: '330100' });
  });

  it('folds full-width characters, spaces and lower case typed or pasted by users', () => {
    expect(analyseCreditCode(' ９１３３０１００７９９６５５０５８ｂ ')).toMatchObject({ normalized: '91330100799655058B', checkDigitOk: true });
  });

  it('rejects wrong length and letters the standard excludes (I, O, S, V, Z)', () => {
    expect(analyseCreditCode('9133010079965505').wellFormed).toBe(false);
    expect(analyseCreditCode('91330100799655058I').wellFormed).toBe(false);
    expect(analyseCreditCode('9133010079965505OB').wellFormed).toBe(false);
    expect(analyseCreditCode('91ABCDEF799655058B').wellFormed).toBe(false);
  });

  it('completes 17 characters with a check character that then validates', () => {
    const code = withCheckCharacter('91330482MA2B3C4D5');
    expect(code).toHaveLength(18);
    expect(analyseCreditCode(code).checkDigitOk).toBe(true);
  });
});
