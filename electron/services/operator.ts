import os from 'node:os';

/** The name written to the audit log until the operator picks one in settings. */
export function defaultOperatorName(): string {
  try {
    return os.userInfo().username || '操作员';
  } catch {
    return '操作员';
  }
}
