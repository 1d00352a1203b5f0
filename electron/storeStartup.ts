import type { Store } from '../db/client';
import type { Locale } from './api/context';
import { codeMessageKey, formatMessage } from './api/contract/messages';
import { AppError } from './services/appError';

export type DamagedStoreAction = 'restore' | 'startEmpty' | 'quit';

export interface DamagedStoreQuestion {
  title: string;
  message: string;
  detail: string;
  /** In the order shown; quit is always last and is the default, so Enter never changes anything on disk. */
  choices: { action: DamagedStoreAction; label: string }[];
}

export interface GoodBackup {
  name: string;
  createdAt: Date;
}

/** What opening the store needs from the outside world; main.ts passes Electron's dialogs, tests pass fakes. */
export interface StoreStartupDeps {
  open(file: string): Store;
  /** Renames the damaged file (and its -wal/-shm) to `.damaged-<stamp>`; it is never deleted. */
  setAside(file: string): string;
  /** The newest backup that passes the full integrity check, or null. */
  findNewestGoodBackup(): GoodBackup | null;
  /** Writes that backup into a fresh file at `file` (the damaged one has been set aside). */
  restoreInto(file: string, backup: GoodBackup): Promise<void>;
  askDamaged(question: DamagedStoreQuestion): DamagedStoreAction;
  showError(title: string, message: string): void;
  logError(error: unknown): void;
}

const TEXT = {
  'zh-CN': {
    title: '园区通',
    corruptDetail: '损坏的文件会保留在原处旁边（改名为 .damaged-…），备份不会被改动。数据文件：',
    restore: (when: string) => `从最新的完好备份恢复（${when}）`,
    moveAside: '将损坏的文件移到一旁并新建空数据库',
    quit: '退出',
    fileLabel: '数据文件：',
  },
  en: {
    title: 'ParkDesk',
    corruptDetail: 'The damaged file is kept beside it (renamed .damaged-…); backups are not touched. Data file: ',
    restore: (when: string) => `Restore the newest good backup (${when})`,
    moveAside: 'Move the damaged file aside and start empty',
    quit: 'Quit',
    fileLabel: 'Data file: ',
  },
} as const;

/** The user's language for dialogs shown before the renderer (and its saved language) exists. */
export function localeFromSystem(systemLocale: string): Locale {
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** 2026-11-23 16:05 in the desk's local time. */
function whenText(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function explain(error: unknown, file: string, locale: Locale, deps: StoreStartupDeps): null {
  const text = TEXT[locale];
  if (!(error instanceof AppError)) deps.logError(error);
  // An unexpected error gets the generic message: its stack goes to the log, not to the user.
  const code = error instanceof AppError ? error.code : 'INTERNAL';
  deps.showError(text.title, `${formatMessage(codeMessageKey(code), {}, locale)}\n\n${text.fileLabel}${file}`);
  return null;
}

function damagedQuestion(file: string, locale: Locale, backup: GoodBackup | null): DamagedStoreQuestion {
  const text = TEXT[locale];
  return {
    title: text.title,
    message: formatMessage('code.STORE_CORRUPT', {}, locale),
    detail: `${text.corruptDetail}${file}`,
    choices: [
      ...(backup ? [{ action: 'restore' as const, label: text.restore(whenText(backup.createdAt)) }] : []),
      { action: 'startEmpty', label: text.moveAside },
      { action: 'quit', label: text.quit },
    ],
  };
}

/**
 * Opens the store, or tells the user in their language why it cannot be opened and returns null (the caller
 * quits). A damaged file is never deleted: if the user agrees it is renamed aside, and the newest good backup
 * is restored into a fresh file (or an empty store started). A store from a newer version, or one locked by
 * another program, is left untouched.
 */
export async function openStoreOrExplain(file: string, locale: Locale, deps: StoreStartupDeps): Promise<Store | null> {
  try {
    return deps.open(file);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'STORE_CORRUPT')) return explain(error, file, locale, deps);
  }
  let backup: GoodBackup | null;
  try {
    backup = deps.findNewestGoodBackup();
  } catch (error) {
    deps.logError(error);
    backup = null;
  }
  const action = deps.askDamaged(damagedQuestion(file, locale, backup));
  if (action === 'quit') return null;
  try {
    deps.setAside(file);
    if (action === 'restore' && backup) await deps.restoreInto(file, backup);
    return deps.open(file);
  } catch (retryError) {
    return explain(retryError, file, locale, deps);
  }
}
