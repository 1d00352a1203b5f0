import type { Db } from '../../../db/client';
import { readSetting, writeSetting } from '../../../db/repos/settingsRepo';

export const OPERATOR_SETTING = 'operatorName';

/** The name the operator chose (first run, or the 数据安全 page), or null while none has been chosen. */
export function savedOperatorName(db: Db): string | null {
  const name = readSetting<string>(db, OPERATOR_SETTING);
  return typeof name === 'string' && name.trim() ? name.trim() : null;
}

export function saveOperatorName(db: Db, name: string, at: string): void {
  writeSetting(db, OPERATOR_SETTING, name.trim(), at);
}

/**
 * Who the audit log records: the chosen name, read on every change so a rename applies at once and a
 * restored store brings its own; until one is chosen, the OS account name.
 */
export function currentActor(db: Db, osAccountName: string): string {
  return savedOperatorName(db) ?? osAccountName;
}
