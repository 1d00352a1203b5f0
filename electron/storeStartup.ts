import type { Store } from '../db/client';
import type { Locale } from './api/context';
import { codeMessageKey, formatMessage } from './api/contract/messages';
import { AppError } from './services/appError';

export interface MoveAsideQuestion {
  title: string;
  message: string;
  detail: string;
  /** Button labels, in the order shown; the answer is the index of `moveAside`. */
  buttons: [moveAside: string, quit: string];
}

/** What opening the store needs from the outside world; main.ts passes Electron's dialogs, tests pass fakes. */
export interface StoreStartupDeps {
  open(file: string): Store;
  setAside(file: string): string;
  /** Returns true when the user chose to move the damaged file aside and start empty. */
  askMoveAside(question: MoveAsideQuestion): boolean;
  showError(title: string, message: string): void;
  logError(error: unknown): void;
}

const TEXT = {
  'zh-CN': {
    title: '园区通',
    corruptDetail: '可以将损坏的文件移到一旁（保留原文件以便恢复），并新建一个空数据库。数据文件：',
    moveAside: '将损坏的文件移到一旁并新建空数据库',
    quit: '退出',
    fileLabel: '数据文件：',
  },
  en: {
    title: 'ParkDesk',
    corruptDetail: 'The damaged file can be moved aside (kept for recovery) and an empty database started. Data file: ',
    moveAside: 'Move the damaged file aside and start empty',
    quit: 'Quit',
    fileLabel: 'Data file: ',
  },
} as const;

/** The user's language for dialogs shown before the renderer (and its saved language) exists. */
export function localeFromSystem(systemLocale: string): Locale {
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function explain(error: unknown, file: string, locale: Locale, deps: StoreStartupDeps): null {
  const text = TEXT[locale];
  if (!(error instanceof AppError)) deps.logError(error);
  // An unexpected error gets the generic message: its stack goes to the log, not to the user.
  const code = error instanceof AppError ? error.code : 'INTERNAL';
  deps.showError(text.title, `${formatMessage(codeMessageKey(code), {}, locale)}\n\n${text.fileLabel}${file}`);
  return null;
}

/**
 * Opens the store, or tells the user in their language why it cannot be opened and returns null (the caller
 * quits). A damaged file is never deleted: if the user agrees it is renamed aside and an empty store opened.
 * A store from a newer version, or one locked by another program, is left untouched.
 */
export function openStoreOrExplain(file: string, locale: Locale, deps: StoreStartupDeps): Store | null {
  try {
    return deps.open(file);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'STORE_CORRUPT')) return explain(error, file, locale, deps);
    const text = TEXT[locale];
    const moveAside = deps.askMoveAside({
      title: text.title,
      message: formatMessage('code.STORE_CORRUPT', {}, locale),
      detail: `${text.corruptDetail}${file}`,
      buttons: [text.moveAside, text.quit],
    });
    if (!moveAside) return null;
    try {
      deps.setAside(file);
      return deps.open(file);
    } catch (retryError) {
      return explain(retryError, file, locale, deps);
    }
  }
}
