import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (build/electron/preload.cjs). */
  preloadPath: string;
  title: string;
  /** Window icon for Linux and Windows task bars; macOS takes it from the bundle. */
  iconPath?: string;
  /** Developer tools only when running from source; a packaged build cannot open them at all. */
  devTools: boolean;
}

/**
 * The one window's options. The page gets no Node, runs sandboxed and isolated from the preload, and cannot
 * load insecure content or embed <webview>; the preload's `invoke` is its only way into the main process.
 */
export function buildWindowOptions({ preloadPath, title, iconPath, devTools }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    // Shown on 'ready-to-show' so a projector never displays an empty white frame first.
    show: false,
    backgroundColor: '#f5f7fa',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools,
    },
  };
}
