import { describe, expect, it } from 'vitest';
import { cellText, decimalText, isoDate, nonNegativeScaled, scaleHalfUp, storedText, yesNo } from '../../electron/services/imports/cellValues';
import { countryCodeOf, industryCodeOf, projectStageOf, projectTypeOf } from '../../electron/services/imports/ledgerCodes';

describe('import cell values', () => {
  it('turns 万美元 into whole dollars exactly, half-up, whatever float the cell held', () => {
    expect(nonNegativeScaled(1234.56, 4)).toEqual({ ok: true, value: 12_345_600 });
    expect(nonNegativeScaled(0.1 + 0.2, 4)).toEqual({ ok: true, value: 3000 });
    expect(nonNegativeScaled(12.34565, 4)).toEqual({ ok: true, value: 123_457 });
    expect(nonNegativeScaled('1,234.5', 4)).toEqual({ ok: true, value: 12_345_000 });
    expect(nonNegativeScaled('１２．５', 4)).toEqual({ ok: true, value: 125_000 });
    expect(nonNegativeScaled(null, 4)).toEqual({ ok: true, value: null });
    expect(nonNegativeScaled(-1, 4)).toEqual({ ok: false, reason: 'negative' });
    expect(nonNegativeScaled('约100', 4)).toEqual({ ok: false, reason: 'notNumber' });
    expect(nonNegativeScaled(1e300, 4)).toEqual({ ok: false, reason: 'tooBig' });
    expect(decimalText(1e-7)).toBe('0.0000001');
    expect(scaleHalfUp('-2.5', 0)).toBe(-3n);
  });

  it('reads dates as the engine gives them and as people type them, and refuses impossible ones', () => {
    expect(isoDate('2026-03-05')).toEqual({ ok: true, value: '2026-03-05' });
    expect(isoDate('2026/3/5')).toEqual({ ok: true, value: '2026-03-05' });
    expect(isoDate('2026年3月5日')).toEqual({ ok: true, value: '2026-03-05' });
    expect(isoDate('2026-02-30')).toEqual({ ok: false, reason: 'badDate' });
    expect(yesNo('是')).toEqual({ ok: true, value: true });
    expect(yesNo('否')).toEqual({ ok: true, value: false });
    expect(yesNo('也许')).toEqual({ ok: false, reason: 'yesNo' });
  });

  it('keeps stored text exactly as typed and folds only what is parsed or looked up', () => {
    expect(storedText('  蒂森克虏伯（平湖）ＡＢＣ有限公司\u3000')).toBe('蒂森克虏伯（平湖）ＡＢＣ有限公司');
    expect(storedText(null)).toBe('');
    expect(cellText('（平湖）ＡＢＣ')).toBe('(平湖)ABC');
  });

  it('maps the names ledgers use to the app codes', () => {
    expect(['德国', '中国香港', '香港', '台湾', '印尼', 'Germany', 'us', '韩国'].map(countryCodeOf)).toEqual(['DE', 'HK', 'HK', 'TW', 'ID', 'DE', 'US', 'KR']);
    expect(countryCodeOf('亚特兰蒂斯')).toBeNull();
    expect([industryCodeOf('C3670', ''), industryCodeOf('34', ''), industryCodeOf('', '通用设备制造业'), industryCodeOf('99', '')]).toEqual(['367', '34', '34', null]);
    expect([projectTypeOf('增资'), projectTypeOf('收购'), projectTypeOf('合资')]).toEqual(['capital_increase', 'merger', null]);
    expect([projectStageOf('在建'), projectStageOf('已投产'), projectStageOf('终止'), projectStageOf('规划')]).toEqual(['under_construction', 'in_production', 'dropped', null]);
  });
});
