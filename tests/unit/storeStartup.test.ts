import { describe, expect, it, vi } from 'vitest';
import type { Store } from '../../db/client';
import { formatMessage } from '../../electron/api/contract/messages';
import { AppError } from '../../electron/services/appError';
import { localeFromSystem, openStoreOrExplain, type StoreStartupDeps } from '../../electron/storeStartup';

const FILE = '/data/ParkDesk/parkdesk.sqlite';
const openedStore = { file: FILE } as Store;

function deps(open: StoreStartupDeps['open'], answer = false) {
  return {
    open: vi.fn<StoreStartupDeps['open']>(open),
    setAside: vi.fn<StoreStartupDeps['setAside']>(() => `${FILE}.damaged-x`),
    askMoveAside: vi.fn<StoreStartupDeps['askMoveAside']>(() => answer),
    showError: vi.fn<StoreStartupDeps['showError']>(),
    logError: vi.fn<StoreStartupDeps['logError']>(),
  };
}

function failingOnce(error: unknown): StoreStartupDeps['open'] {
  let calls = 0;
  return () => {
    if (calls++ === 0) throw error;
    return openedStore;
  };
}

describe('opening the store at start', () => {
  it('opens a healthy store without asking anything', () => {
    const d = deps(() => openedStore);
    expect(openStoreOrExplain(FILE, 'zh-CN', d)).toBe(openedStore);
    expect(d.askMoveAside).not.toHaveBeenCalled();
    expect(d.showError).not.toHaveBeenCalled();
  });

  it('offers, in Chinese, to move a damaged file aside; accepting keeps the file and opens an empty store', () => {
    const d = deps(failingOnce(new AppError('STORE_CORRUPT')), true);
    expect(openStoreOrExplain(FILE, 'zh-CN', d)).toBe(openedStore);
    expect(d.askMoveAside.mock.calls[0]![0]).toMatchObject({
      message: formatMessage('code.STORE_CORRUPT', {}, 'zh-CN'),
      buttons: ['将损坏的文件移到一旁并新建空数据库', '退出'],
    });
    expect(d.setAside).toHaveBeenCalledWith(FILE);
    expect(d.open).toHaveBeenCalledTimes(2);
  });

  it('quits without touching the damaged file when the user chooses 退出', () => {
    const d = deps(failingOnce(new AppError('STORE_CORRUPT')), false);
    expect(openStoreOrExplain(FILE, 'zh-CN', d)).toBeNull();
    expect(d.setAside).not.toHaveBeenCalled();
  });

  it('asks in English on an English system', () => {
    const d = deps(failingOnce(new AppError('STORE_CORRUPT')), false);
    openStoreOrExplain(FILE, localeFromSystem('en-US'), d);
    expect(d.askMoveAside.mock.calls[0]![0].buttons).toEqual(['Move the damaged file aside and start empty', 'Quit']);
  });

  it.each(['STORE_FROM_FUTURE', 'STORE_LOCKED', 'STORE_CANNOT_OPEN'] as const)(
    'explains %s in the user language and quits, never offering to move the file',
    (code) => {
      const d = deps(failingOnce(new AppError(code)));
      expect(openStoreOrExplain(FILE, 'en', d)).toBeNull();
      expect(d.askMoveAside).not.toHaveBeenCalled();
      expect(d.setAside).not.toHaveBeenCalled();
      expect(d.showError.mock.calls[0]![1]).toContain(formatMessage(`code.${code}`, {}, 'en'));
      expect(d.showError.mock.calls[0]![1]).toContain(FILE);
    },
  );

  it('logs an unexpected error with its stack but shows the user only the generic message', () => {
    const bug = new TypeError('Cannot read properties of undefined');
    const d = deps(failingOnce(bug));
    expect(openStoreOrExplain(FILE, 'zh-CN', d)).toBeNull();
    expect(d.logError).toHaveBeenCalledWith(bug);
    const shown = d.showError.mock.calls[0]![1] as string;
    expect(shown).toContain(formatMessage('code.INTERNAL', {}, 'zh-CN'));
    expect(shown).not.toContain('Cannot read properties');
    expect(shown).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('explains a failure of the fresh start after moving aside instead of crashing', () => {
    const d = deps(() => {
      throw new AppError('STORE_CORRUPT');
    }, true);
    d.setAside.mockImplementation(() => {
      throw new AppError('STORE_READONLY');
    });
    expect(openStoreOrExplain(FILE, 'zh-CN', d)).toBeNull();
    expect(d.showError.mock.calls[0]![1]).toContain(formatMessage('code.STORE_READONLY', {}, 'zh-CN'));
  });

  it('takes Chinese for any zh system locale and English otherwise', () => {
    expect(['zh-CN', 'zh-TW', 'zh'].map(localeFromSystem)).toEqual(['zh-CN', 'zh-CN', 'zh-CN']);
    expect(['en-US', 'de', 'ja'].map(localeFromSystem)).toEqual(['en', 'en', 'en']);
  });
});
