import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../db/client';
import { formatMessage } from '../../electron/api/contract/messages';
import { METHOD_NAMES } from '../../electron/api/contract/methodNames';
import { makeTempDir } from '../helpers/tempStore';
import { createFakeElectron, type FakeElectron, type FakeElectronOptions } from './support/fakeElectron';

/**
 * main.ts run against a recorded fake of Electron (the runtime cannot be downloaded here): what the user
 * would see — dialogs, menu, window — and what lands on disk, from a real store in a temp folder.
 */
const appFrame = { url: 'app://parkdesk/index.html', origin: 'app://parkdesk', parent: null };

describe('main process', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let electron: FakeElectron;
  let listenersBefore: Map<string, Function[]>;
  const storeFile = () => path.join(temp.dir, 'ParkDesk', 'parkdesk.sqlite');
  const filesInDataDir = () => fs.readdirSync(path.join(temp.dir, 'ParkDesk'));

  /** Loads main.ts with a fresh module registry, as a new launch of the app would. */
  async function launch(options: Partial<FakeElectronOptions> = {}, { ready = true } = {}): Promise<FakeElectron> {
    electron = createFakeElectron({ appData: temp.dir, ...options });
    vi.resetModules();
    vi.doMock('electron', () => electron.module);
    await import('../../electron/main');
    if (ready) {
      electron.markReady();
      await vi.waitFor(() => {
        const app = electron.module.app;
        if (electron.windows.length === 0 && app.quit.mock.calls.length === 0 && app.exit.mock.calls.length === 0) {
          throw new Error('start not finished');
        }
      });
    }
    return electron;
  }

  const call = (method: string, input: unknown) => electron.ipcHandlers.get(`api:${method}`)!({ senderFrame: appFrame }, input);
  const quit = () => electron?.module.app.emit('will-quit');

  beforeEach(() => {
    temp = makeTempDir('parkdesk-main-');
    listenersBefore = new Map(['uncaughtException', 'unhandledRejection'].map((e) => [e, process.listeners(e as 'uncaughtException')]));
  });
  afterEach(() => {
    quit();
    for (const [event, before] of listenersBefore) {
      for (const listener of process.listeners(event as 'uncaughtException')) {
        if (!before.includes(listener)) process.off(event, listener);
      }
    }
    temp.cleanup();
  });

  it('registers app:// as privileged before the app is ready, and serves it only once ready', async () => {
    await launch();
    expect(electron.order).toEqual(['registerSchemesAsPrivileged', 'ready', 'protocol.handle']);
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(electron.module.app.enableSandbox).toHaveBeenCalled();
  });

  it('opens the store in the data folder and shows one hardened window on app://parkdesk', async () => {
    await launch();
    expect(fs.existsSync(storeFile())).toBe(true);
    expect(electron.windows).toHaveLength(1);
    const [win] = electron.windows;
    expect(win!.loadURL).toHaveBeenCalledWith('app://parkdesk/index.html');
    expect(win!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false });
    expect(win!.options.webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(win!.webContents.navigate('https://evil.example/')).toBe(true);
    expect(win!.webContents.openWindow('https://evil.example/')).toBe('deny');
    expect(electron.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.ipcHandlers.size).toBe(METHOD_NAMES.length);
    win!.emit('ready-to-show');
    expect(win!.show).toHaveBeenCalled();
  });

  it('records the OS user in the audit log for a change made in the window', async () => {
    await launch();
    const created = await call('system.initialize', { withDemoData: false });
    expect(created).toMatchObject({ ok: true });
    const store = openStore(storeFile());
    const row = store.sqlite.prepare('SELECT actor FROM audit_log').get() as { actor: string };
    store.close();
    expect(row.actor).toBe(os.userInfo().username);
  });

  it('records the operator name chosen in the app instead of the OS user from then on', async () => {
    await launch();
    await call('operator.set', { name: '王芳' });
    await call('system.initialize', { withDemoData: false });
    const store = openStore(storeFile());
    const actors = store.sqlite.prepare('SELECT actor FROM audit_log ORDER BY seq').all();
    store.close();
    expect(actors).toEqual([{ actor: '王芳' }, { actor: '王芳' }]);
  });

  it('makes the daily backup at start', async () => {
    await launch();
    await vi.waitFor(() => {
      expect(fs.readdirSync(path.join(temp.dir, 'ParkDesk', 'backups')).some((n) => /^parkdesk-daily-.*\.sqlite$/.test(n))).toBe(true);
    });
  });

  it('lets 备份到其他位置 pick the folder in the system dialog, and backs up there', async () => {
    await launch();
    const usb = path.join(temp.dir, 'usb');
    electron.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [usb] });
    expect(await call('backups.list', {})).toMatchObject({ ok: true, value: { canChooseFolder: true, canRestore: true } });
    expect(await call('backups.chooseFolder', {})).toEqual({ ok: true, value: { folder: usb } });
    expect(await call('backups.createInFolder', { folder: usb })).toMatchObject({ ok: true, value: { kind: 'manual', folder: usb } });
    expect(fs.readdirSync(usb).some((n) => n.endsWith('.sqlite'))).toBe(true);
    expect(await call('backups.chooseFolder', {})).toEqual({ ok: true, value: { folder: null } });
  });

  it('prints the window to an A4 PDF with the title, the date and page numbers', async () => {
    await launch();
    expect(await call('system.status', {})).toMatchObject({ ok: true, value: { canPrintToPdf: true, demoAvailable: true, demoMode: false } });
    const result = (await call('print.toPdf', { title: '园区通 · 驾驶舱', dateText: '2026年12月3日', landscape: true, fileName: '驾驶舱-2026-12-03' })) as { ok: boolean; value: { fileName: string; mimeType: string; base64: string } };
    expect(result.value).toMatchObject({ fileName: '驾驶舱-2026-12-03.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(result.value.base64, 'base64').toString()).toBe('%PDF-1.4 fake');
    const options = electron.windows[0]!.webContents.printed[0]!;
    expect(options).toMatchObject({ pageSize: 'A4', landscape: true, displayHeaderFooter: true, printBackground: true });
    expect(options.headerTemplate).toContain('园区通 · 驾驶舱');
    expect(options.headerTemplate).toContain('2026年12月3日');
    expect(options.footerTemplate).toContain('class="pageNumber"');
    expect(options.footerTemplate).toContain('class="totalPages"');
  });

  it('switches to the demo store beside the real one and back', async () => {
    await launch();
    expect(await call('demo.enter', {})).toEqual({ ok: true, value: { demoMode: true } });
    expect(await call('system.status', {})).toMatchObject({ ok: true, value: { demoMode: true, parkCount: 11 } });
    expect(fs.existsSync(path.join(temp.dir, 'ParkDesk', 'demo', 'parkdesk-demo.sqlite'))).toBe(true);
    expect(await call('demo.exit', {})).toEqual({ ok: true, value: { demoMode: false } });
    expect(await call('system.status', {})).toMatchObject({ ok: true, value: { demoMode: false, parkCount: 0 } });
  });

  it('opens a web link in the system browser only after the user confirms it', async () => {
    await launch({ messageBoxAnswer: 0 });
    const contents = electron.windows[0]!.webContents;
    expect(contents.navigate('https://www.zj.gov.cn/art/2025/policy.html')).toBe(true);
    const [question] = electron.module.dialog.showMessageBoxSync.mock.calls.at(-1) as unknown as [{ detail: string; buttons: string[] }];
    expect(question).toMatchObject({ detail: 'https://www.zj.gov.cn/art/2025/policy.html', buttons: ['在浏览器中打开', '取消'] });
    await vi.waitFor(() => expect(electron.module.shell.openExternal).toHaveBeenCalledWith('https://www.zj.gov.cn/art/2025/policy.html'));
    expect(contents.openWindow('file:///etc/passwd')).toBe('deny');
    expect(electron.module.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('on a second launch, focuses the running window instead of opening another', async () => {
    await launch();
    electron.module.app.emit('second-instance');
    expect(electron.windows[0]!.restore).toHaveBeenCalled();
    expect(electron.windows[0]!.focus).toHaveBeenCalled();

    quit();
    const second = await launch({ hasSingleInstanceLock: false }, { ready: false });
    expect(second.module.app.quit).toHaveBeenCalled();
    expect(second.module.app.whenReady).not.toHaveBeenCalled();
    expect(second.windows).toHaveLength(0);
  });

  it('rebuilds the menu in the language the user picks, and starts in it next time', async () => {
    await launch({ systemLocale: 'zh-CN' });
    expect(electron.lastMenuLabels()).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(await call('system.setLocale', { locale: 'en' })).toMatchObject({ ok: true });
    expect(electron.lastMenuLabels()).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);

    quit();
    await launch({ systemLocale: 'zh-CN' });
    expect(electron.lastMenuLabels()).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  describe('a damaged data file', () => {
    const garbage = 'this is not a SQLite database';
    beforeEach(() => {
      fs.mkdirSync(path.dirname(storeFile()), { recursive: true });
      fs.writeFileSync(storeFile(), garbage.repeat(200));
    });

    it('is moved aside, kept, and an empty store opened when the user agrees', async () => {
      await launch({ messageBoxAnswer: 0 });
      const question = electron.module.dialog.showMessageBoxSync.mock.calls[0] as unknown as [{ message: string; buttons: string[] }];
      expect(question[0].message).toBe(formatMessage('code.STORE_CORRUPT', {}, 'zh-CN'));
      expect(question[0].buttons[0]).toBe('将损坏的文件移到一旁并新建空数据库');
      const damaged = filesInDataDir().find((name) => name.startsWith('parkdesk.sqlite.damaged-'));
      expect(fs.readFileSync(path.join(temp.dir, 'ParkDesk', damaged!), 'utf8')).toBe(garbage.repeat(200));
      expect(electron.windows).toHaveLength(1);
      expect(await call('system.status', {})).toMatchObject({ ok: true, value: { initialized: false, parkCount: 0 } });
    });

    it('offers the newest good backup first, and restoring it brings its data back with the damaged file kept', async () => {
      fs.rmSync(storeFile());
      const good = openStore(storeFile());
      good.sqlite.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('initialized', 'true', 'x')`).run();
      const { backupStore } = await import('../../electron/services/backup/backupStore');
      await backupStore(good, path.dirname(storeFile()), 'daily');
      good.close();
      fs.writeFileSync(storeFile(), garbage.repeat(200));

      await launch({ messageBoxAnswer: 0 });
      const question = electron.module.dialog.showMessageBoxSync.mock.calls[0] as unknown as [{ buttons: string[]; defaultId: number; cancelId: number }];
      expect(question[0].buttons).toHaveLength(3);
      expect(question[0].buttons[0]).toMatch(/^从最新的完好备份恢复（\d{4}-\d{2}-\d{2} \d{2}:\d{2}）$/);
      expect([question[0].defaultId, question[0].cancelId]).toEqual([2, 2]);
      expect(filesInDataDir().some((name) => name.startsWith('parkdesk.sqlite.damaged-'))).toBe(true);
      expect(await call('system.status', {})).toMatchObject({ ok: true, value: { initialized: true } });
    });

    it('is left exactly as it was when the user chooses 退出', async () => {
      await launch({ messageBoxAnswer: 1 });
      expect(electron.module.app.quit).toHaveBeenCalled();
      expect(electron.windows).toHaveLength(0);
      expect(filesInDataDir().some((name) => name.includes('damaged'))).toBe(false);
      expect(fs.readFileSync(storeFile(), 'utf8')).toBe(garbage.repeat(200));
    });
  });

  it('refuses a store written by a newer ParkDesk with an explanation, leaving it in place', async () => {
    const store = openStore(storeFile());
    store.sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', 9_999_999_999_999);
    store.close();
    await launch({ systemLocale: 'zh-CN' });
    const [, message] = electron.module.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(message).toContain(formatMessage('code.STORE_FROM_FUTURE', {}, 'zh-CN'));
    expect(electron.module.app.quit).toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
    expect(filesInDataDir().some((name) => name.includes('damaged'))).toBe(false);
  });

  it('shows an unexpected error as the generic message, never its stack', async () => {
    await launch({ systemLocale: 'en-US' });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const added = process.listeners('uncaughtException').filter((l) => !listenersBefore.get('uncaughtException')!.includes(l));
    expect(added).toHaveLength(1);
    added[0]!(new Error('boom in a menu click'), 'uncaughtException');
    const [, message] = electron.module.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(message).toBe(formatMessage('code.INTERNAL', {}, 'en'));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
