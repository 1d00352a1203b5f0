import os from 'node:os';

export const FALLBACK_OPERATOR = '操作员';

/**
 * Who the audit log records for this desk: the OS account name. Some managed Windows accounts have no
 * readable name (userInfo throws or returns ''); the audit row still needs a who.
 */
export function operatorName(userInfo: () => { username: string } = () => os.userInfo()): string {
  try {
    const name = userInfo().username.trim();
    return name || FALLBACK_OPERATOR;
  } catch {
    return FALLBACK_OPERATOR;
  }
}
