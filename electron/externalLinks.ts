import type { Locale } from './api/context';

export interface ExternalLinkQuestion {
  title: string;
  message: string;
  detail: string;
  /** [open, cancel]; cancel is the default. */
  buttons: [open: string, cancel: string];
}

export interface ExternalLinkDeps {
  locale: Locale;
  /** True when the user chose to open the link; main.ts shows Electron's message box, tests pass a fake. */
  confirm(question: ExternalLinkQuestion): boolean;
  openExternal(url: string): Promise<void>;
}

const TEXT = {
  'zh-CN': { title: '园区通', message: '要在系统浏览器中打开这个网址吗？', open: '在浏览器中打开', cancel: '取消' },
  en: { title: 'ParkDesk', message: 'Open this address in your web browser?', open: 'Open in browser', cancel: 'Cancel' },
} as const;

/** Only web addresses leave the app: never file:, javascript:, a custom protocol handler or a smb share. */
export function isOpenableExternally(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname !== '';
  } catch {
    return false;
  }
}

/**
 * A link to the web (a policy's source page) is never opened inside the app: the user is asked, with the
 * full address shown, and only then does the system browser open it. Returns whether it was opened.
 */
export async function confirmAndOpenExternal(url: string, deps: ExternalLinkDeps): Promise<boolean> {
  if (!isOpenableExternally(url)) return false;
  const text = TEXT[deps.locale];
  if (!deps.confirm({ title: text.title, message: text.message, detail: url, buttons: [text.open, text.cancel] })) return false;
  await deps.openExternal(url);
  return true;
}
