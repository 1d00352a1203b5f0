import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { openStore, setDamagedStoreAside, STORE_FILE_NAME, type Store } from '../db/client';
import { contextOverSession, type Locale } from './api/context';
import { pdfOptions } from './services/print/pdfTemplates';
import { formatMessage } from './api/contract/messages';
import { createDispatch, type Dispatch } from './api/dispatch';
import { APP_SCHEME, APP_START_URL } from './appOrigin';
import { createAppProtocolHandler } from './appProtocol';
import { confirmAndOpenExternal } from './externalLinks';
import { denyAllPermissions, hardenWebContents } from './hardening';
import { buildMenuTemplate } from './menu';
import { currentActor } from './services/audit/operatorSetting';
import { startDailyBackups, type DailyBackupTimer } from './services/backup/dailyBackup';
import { damagedStoreRecovery } from './services/backup/damagedStoreRecovery';
import { setWorkbookParserLauncher } from './services/excel/readWorkbookIsolated';
import { operatorName } from './services/operatorName';
import { createStoreSession, type StoreSession } from './services/storeSession';
import { localeFromSystem, openStoreOrExplain } from './storeStartup';
import { registerIpc } from './transports/ipc';
import { buildWindowOptions } from './windowOptions';
import { utilityProcessParserLauncher } from './workbookParserLauncher';

const PRODUCT_TITLE = '园区通 ParkDesk';
/** Renderer crashes tolerated per session before giving up reloading, so a crash on load cannot loop. */
const MAX_RENDERER_RELOADS = 3;

let mainWindow: BrowserWindow | null = null;
let storeSession: StoreSession | null = null;
let dailyBackups: DailyBackupTimer | null = null;
let uiLocale: Locale = 'zh-CN';

// A fixed ASCII folder, so renaming the product never makes the data look lost. Set before the
// single-instance lock, which lives in this folder too.
app.setPath('userData', path.join(app.getPath('appData'), 'ParkDesk'));
app.enableSandbox();
// Before 'ready': only a privileged standard scheme gets a real origin, fetch and secure-context APIs.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/** Logs with the stack, shows the user only the generic message — never Electron's stack-trace dialog. */
function reportUnexpected(error: unknown): void {
  console.error('[main] unexpected error', error);
  dialog.showErrorBox(PRODUCT_TITLE, formatMessage('code.INTERNAL', {}, uiLocale));
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function setMenuLanguage(locale: Locale): void {
  uiLocale = locale;
  const template = buildMenuTemplate(locale, { isPackaged: app.isPackaged, platform: process.platform });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openStoreWithDialogs(appRoot: string, locale: Locale): Promise<Store | null> {
  const migrationsFolder = path.join(appRoot, 'db', 'migrations');
  return openStoreOrExplain(path.join(app.getPath('userData'), STORE_FILE_NAME), locale, {
    open: (file) => openStore(file, { migrationsFolder }),
    setAside: (file) => setDamagedStoreAside(file),
    ...damagedStoreRecovery(app.getPath('userData'), migrationsFolder),
    askDamaged: ({ title, message, detail, choices }) => {
      // Quit (last) is the default so pressing Enter or Esc never changes anything on disk.
      const quit = choices.length - 1;
      const buttons = choices.map((c) => c.label);
      const answer = dialog.showMessageBoxSync({ type: 'error', title, message, detail, buttons, defaultId: quit, cancelId: quit, noLink: true });
      return choices[answer]?.action ?? 'quit';
    },
    showError: (title, message) => dialog.showErrorBox(title, message),
    logError: (error) => console.error('[store] cannot open', error),
  });
}

/** The language the user last chose in the app, else the system's. */
async function savedLocale(dispatch: Dispatch, fallback: Locale): Promise<Locale> {
  const status = await dispatch('system.status', {});
  const saved = status.ok ? (status.value as { locale: Locale | null }).locale : null;
  return saved ?? fallback;
}

function createMainWindow(appRoot: string): BrowserWindow {
  const win = new BrowserWindow(
    buildWindowOptions({
      title: PRODUCT_TITLE,
      devTools: !app.isPackaged,
      preloadPath: path.join(__dirname, 'preload.cjs'),
      ...(process.platform === 'darwin' ? {} : { iconPath: path.join(appRoot, 'resources', 'icon.png') }),
    }),
  );
  let reloads = 0;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  // A crashed renderer would leave a blank window; reload it, a few times at most.
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error('[main] renderer gone', details);
    if (details.reason !== 'clean-exit' && reloads++ < MAX_RENDERER_RELOADS) win.reload();
  });
  win.loadURL(APP_START_URL).catch(reportUnexpected);
  return win;
}

async function start(): Promise<void> {
  const appRoot = app.getAppPath();
  const systemLocale = localeFromSystem(app.getLocale());
  uiLocale = systemLocale;
  const store = await openStoreWithDialogs(appRoot, systemLocale);
  if (!store) {
    app.quit();
    return;
  }
  const migrationsFolder = path.join(appRoot, 'db', 'migrations');
  // Untrusted workbooks are parsed in a utility process beside this bundle, never in the main process.
  setWorkbookParserLauncher(utilityProcessParserLauncher(__dirname));
  const live = createStoreSession(store, (file) => openStore(file, { migrationsFolder }));
  storeSession = live;
  const dataDir = app.getPath('userData');
  const osAccount = operatorName();
  const dispatch = createDispatch(contextOverSession(live, {
    dataDir,
    // Read on every change: the name chosen in the app, else the OS account.
    get actor() {
      return currentActor(live.current.db, osAccount);
    },
    now: () => new Date(),
    appVersion: app.getVersion(),
    onLocaleChanged: setMenuLanguage,
    printToPdf: async (options) => {
      if (!mainWindow) throw new Error('No window to print');
      return mainWindow.webContents.printToPDF(pdfOptions(options));
    },
    chooseFolder: async () => {
      const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
  }));
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(appRoot, 'build', 'renderer')));
  registerIpc(ipcMain, dispatch);
  dailyBackups = startDailyBackups({
    store: () => live.current,
    dataDir,
    now: () => new Date(),
    appVersion: app.getVersion(),
    onError: (error) => console.error('[backup] daily backup failed', error),
  });
  setMenuLanguage(await savedLocale(dispatch, systemLocale));
  app.setAboutPanelOptions({ applicationName: PRODUCT_TITLE, applicationVersion: app.getVersion() });
  mainWindow = createMainWindow(appRoot);
}

if (!app.requestSingleInstanceLock()) {
  // Another ParkDesk owns the store; it focuses its window on 'second-instance'.
  app.quit();
} else {
  process.on('uncaughtException', reportUnexpected);
  process.on('unhandledRejection', reportUnexpected);
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) =>
      confirmAndOpenExternal(url, {
        locale: uiLocale,
        confirm: (question) =>
          dialog.showMessageBoxSync({ type: 'question', ...question, defaultId: 1, cancelId: 1, noLink: true }) === 0,
        openExternal: (target) => shell.openExternal(target),
      }),
    ),
  );
  // One window over one store: closing it ends the session on every platform, and the store closes cleanly.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    dailyBackups?.stop();
    storeSession?.current.close();
    storeSession = null;
  });
  app.whenReady().then(start).catch((error: unknown) => {
    reportUnexpected(error);
    app.exit(1);
  });
}
