import { describe, expect, it } from 'vitest';
import { convertToUsd, formatWan, parseDecimal, wanToUsd } from '../../electron/api/contract/money';

describe('money in 万美元, exactly', () => {
  it('turns 万美元 typed by the user into whole dollars without float error', () => {
    expect(wanToUsd('0.0001')).toBe(1);
    expect(wanToUsd('1234.5678')).toBe(12_345_678);
    expect(wanToUsd('0.3')).toBe(3000);
    expect(wanToUsd('1.00001')).toBeNull();
    expect(wanToUsd('-5')).toBeNull();
    expect(wanToUsd('1e5')).toBeNull();
  });

  it('shows dollars as 万美元 rounded half-up at two decimals', () => {
    expect(formatWan(12_345_678)).toBe('1,234.57');
    expect(formatWan(50)).toBe('0.01');
    expect(formatWan(49)).toBe('0.00');
    expect(formatWan(100_000_000)).toBe('10,000.00');
    expect(formatWan(125, 2, false)).toBe('0.01');
  });

  it('converts another currency with the month rate, rounding half-up to the dollar', () => {
    // €1,000,000.00 at 1.083250 → $1,083,250
    expect(convertToUsd('1000000', '1.08325')).toBe(1_083_250);
    // ¥ (JPY) 1,234,567 at 0.006667 → 8,230.858… → $8,231
    expect(convertToUsd('1234567', '0.006667')).toBe(8231);
    expect(convertToUsd('0.5', '1')).toBe(1);
    expect(convertToUsd('100', '0')).toBeNull();
    expect(convertToUsd('abc', '1')).toBeNull();
  });

  it('parses decimals at a fixed scale', () => {
    expect(parseDecimal('12.5', 2)).toBe(1250n);
    expect(parseDecimal(' 7 ', 0)).toBe(7n);
    expect(parseDecimal('1.234', 2)).toBeNull();
  });
});
