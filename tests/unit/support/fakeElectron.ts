import path from 'node:path';
import { vi } from 'vitest';
import { FakeWebContents } from './fakeWebContents';
import { createFakeUtilityProcess } from './fakeUtilityProcess';

type Listener = (...args: any[]) => unknown;

class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export interface FakeElectronOptions {
  /** Stands in for the OS's application-data folder. */
  appData: string;
  hasSingleInstanceLock?: boolean;
  systemLocale?: string;
  /** The button index the user presses in showMessageBoxSync. */
  messageBoxAnswer?: number;
}

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * Just enough of Electron's main-process API for main.ts to run in plain Node: every call is recorded so a
 * test can check what the user would see (dialogs, menu, window) and what the app did (IPC, protocol).
 */
export function createFakeElectron(options: FakeElectronOptions) {
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const paths: Record<string, string> = { appData: options.appData };
  const ipcHandlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  const windows: FakeBrowserWindow[] = [];
  const order: string[] = [];

  const app = Object.assign(new FakeEmitter(), {
    isPackaged: true,
    setPath: vi.fn((name: string, value: string) => void (paths[name] = value)),
    getPath: (name: string) => paths[name] ?? path.join(options.appData, name),
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: () => options.hasSingleInstanceLock ?? true,
    whenReady: vi.fn(() => ready),
    getAppPath: () => REPO_ROOT,
    getLocale: () => options.systemLocale ?? 'zh-CN',
    getVersion: () => '0.1.0',
    setAboutPanelOptions: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
  });

  class FakeBrowserWindow extends FakeEmitter {
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async (_url: string) => {});
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly reload = vi.fn();
    constructor(readonly options: any) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    isMinimized(): boolean {
      return true;
    }
  }

  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemesAsPrivileged')),
      handle: vi.fn((_scheme: string, _handler: unknown) => order.push('protocol.handle')),
    },
    ipcMain: { handle: vi.fn((channel: string, listener: any) => void ipcHandlers.set(channel, listener)) },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBoxSync: vi.fn(() => options.messageBoxAnswer ?? 1),
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    },
    shell: { openExternal: vi.fn(async (_url: string) => {}) },
    /** Real Node children with a utility process's parentPort (fakeUtilityProcess.ts); `.forked` lists them. */
    utilityProcess: createFakeUtilityProcess(),
  };

  return {
    module,
    windows,
    ipcHandlers,
    order,
    markReady: () => {
      order.push('ready');
      markReady();
    },
    /** The label of each top-level menu the app installed last. */
    lastMenuLabels: (): string[] =>
      (module.Menu.setApplicationMenu.mock.lastCall?.[0] as { label: string }[] | undefined)?.map((m) => m.label) ?? [],
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
