import { describe, expect, it, vi } from 'vitest';
import type { Store } from '../../db/client';
import { formatMessage } from '../../electron/api/contract/messages';
import { AppError } from '../../electron/services/appError';
import { localeFromSystem, openStoreOrExplain, type DamagedStoreAction, type GoodBackup, type StoreStartupDeps } from '../../electron/storeStartup';

const FILE = '/data/ParkDesk/parkdesk.sqlite';
const openedStore = { file: FILE } as Store;
const BACKUP: GoodBackup = { name: 'parkdesk-daily-20261122T010000000Z.sqlite', createdAt: new Date(2026, 10, 22, 9, 30) };

function deps(open: StoreStartupDeps['open'], answer: DamagedStoreAction = 'quit', backup: GoodBackup | null = null) {
  const calls: string[] = [];
  return {
    calls,
    open: vi.fn<StoreStartupDeps['open']>((file) => {
      calls.push('open');
      return open(file);
    }),
    setAside: vi.fn<StoreStartupDeps['setAside']>(() => {
      calls.push('setAside');
      return `${FILE}.damaged-x`;
    }),
    findNewestGoodBackup: vi.fn<StoreStartupDeps['findNewestGoodBackup']>(() => backup),
    restoreInto: vi.fn<StoreStartupDeps['restoreInto']>(async () => {
      calls.push('restoreInto');
    }),
    askDamaged: vi.fn<StoreStartupDeps['askDamaged']>(() => answer),
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
  it('opens a healthy store without asking anything', async () => {
    const d = deps(() => openedStore);
    expect(await openStoreOrExplain(FILE, 'zh-CN', d)).toBe(openedStore);
    expect(d.askDamaged).not.toHaveBeenCalled();
    expect(d.showError).not.toHaveBeenCalled();
  });

  it('offers, in Chinese, to restore the newest good backup (naming its time), to start empty, or to quit — quit last', async () => {
    const d = deps(failingOnce(new AppError('STORE_CORRUPT')), 'quit', BACKUP);
    await openStoreOrExplain(FILE, 'zh-CN', d);
    const question = d.askDamaged.mock.calls[0]![0];
    expect(question.message).toBe(formatMessage('code.STORE_CORRUPT', {}, 'zh-CN'));
    expect(question.choices.map((c) => c.label)).toEqual([
      '从最新的完好备份恢复（2026-11-22 09:30）',
      '将损坏的文件移到一旁并新建空数据库',
      '退出',
    ]);
  });

  it('restoring sets the damaged file aside first, then restores the offered backup into a fresh file and opens it', async () => {
    const d = deps(failingOnce(new AppError('STORE_CORRUPT')), 'restore', BACKUP);
    expect(await openStoreOrExplain(FILE, 'zh-CN', d)).toBe(openedStore);
    expect(d.calls).toEqual(['open', 'setAside', 'restoreInto', 'open']);
    expect(d.restoreInto).toHaveBeenCalledWith(FILE, BACKUP);
  });

  it('without any good backup offers only starting empty or quitting', async () => {
    const d = deps(failingOnce(new AppError('STORE_CORRUPT')), 'startEmpty', null);
    expect(await openStoreOrExplain(FILE, 'zh-CN', d)).toBe(openedStore);
    expect(d.askDamaged.mock.calls[0]![0].choices.map((c) => c.action)).toEqual(['startEmpty', 'quit']);
    expect(d.restoreInto).not.toHaveBeenCalled();
    expect(d.setAside).toHaveBeenCalledWith(FILE);
  });

  it('quits without touching the damaged file when the user chooses 退出', async () => {
    const d = deps(failingOnce(new AppError('STORE_CORRUPT')), 'quit', BACKUP);
    expect(await openStoreOrExplain(FILE, 'zh-CN', d)).toBeNull();
    expect(d.setAside).not.toHaveBeenCalled();
    expect(d.restoreInto).not.toHaveBeenCalled();
  });

  it('asks in English on an English system', async () => {
    const d = deps(failingOnce(new AppError('STORE_CORRUPT')), 'quit', null);
    await openStoreOrExplain(FILE, localeFromSystem('en-US'), d);
    expect(d.askDamaged.mock.calls[0]![0].choices.map((c) => c.label)).toEqual(['Move the damaged file aside and start empty', 'Quit']);
  });

  it.each(['STORE_FROM_FUTURE', 'STORE_LOCKED', 'STORE_CANNOT_OPEN'] as const)(
    'explains %s in the user language and quits, never offering to move the file',
    async (code) => {
      const d = deps(failingOnce(new AppError(code)));
      expect(await openStoreOrExplain(FILE, 'en', d)).toBeNull();
      expect(d.askDamaged).not.toHaveBeenCalled();
      expect(d.setAside).not.toHaveBeenCalled();
      expect(d.showError.mock.calls[0]![1]).toContain(formatMessage(`code.${code}`, {}, 'en'));
      expect(d.showError.mock.calls[0]![1]).toContain(FILE);
    },
  );

  it('logs an unexpected error with its stack but shows the user only the generic message', async () => {
    const bug = new TypeError('Cannot read properties of undefined');
    const d = deps(failingOnce(bug));
    expect(await openStoreOrExplain(FILE, 'zh-CN', d)).toBeNull();
    expect(d.logError).toHaveBeenCalledWith(bug);
    const shown = d.showError.mock.calls[0]![1] as string;
    expect(shown).toContain(formatMessage('code.INTERNAL', {}, 'zh-CN'));
    expect(shown).not.toContain('Cannot read properties');
    expect(shown).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('explains a failed restore instead of crashing, and the damaged file stays set aside', async () => {
    const d = deps(failingOnce(new AppError('STORE_CORRUPT')), 'restore', BACKUP);
    d.restoreInto.mockRejectedValue(new AppError('BACKUP_DAMAGED'));
    expect(await openStoreOrExplain(FILE, 'zh-CN', d)).toBeNull();
    expect(d.setAside).toHaveBeenCalled();
    expect(d.showError.mock.calls[0]![1]).toContain(formatMessage('code.BACKUP_DAMAGED', {}, 'zh-CN'));
  });

  it('explains a failure of the fresh start after moving aside instead of crashing', async () => {
    const d = deps(() => {
      throw new AppError('STORE_CORRUPT');
    }, 'startEmpty');
    d.setAside.mockImplementation(() => {
      throw new AppError('STORE_READONLY');
    });
    expect(await openStoreOrExplain(FILE, 'zh-CN', d)).toBeNull();
    expect(d.showError.mock.calls[0]![1]).toContain(formatMessage('code.STORE_READONLY', {}, 'zh-CN'));
  });

  it('takes Chinese for any zh system locale and English otherwise', () => {
    expect(['zh-CN', 'zh-TW', 'zh'].map(localeFromSystem)).toEqual(['zh-CN', 'zh-CN', 'zh-CN']);
    expect(['en-US', 'de', 'ja'].map(localeFromSystem)).toEqual(['en', 'en', 'en']);
  });
});
