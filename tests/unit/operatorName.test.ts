import { describe, expect, it } from 'vitest';
import { FALLBACK_OPERATOR, operatorName } from '../../electron/services/operatorName';

describe('operator recorded in the audit log', () => {
  it('is the OS account name', () => {
    expect(operatorName(() => ({ username: 'zhangwei' }))).toBe('zhangwei');
  });

  it('falls back to 操作员 when the account has no readable name', () => {
    expect(operatorName(() => ({ username: '  ' }))).toBe(FALLBACK_OPERATOR);
    expect(
      operatorName(() => {
        throw new Error('ENOENT: no passwd entry');
      }),
    ).toBe('操作员');
  });
});
