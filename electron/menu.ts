import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from './api/context';

export interface MenuEnvironment {
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

const LABELS = {
  'zh-CN': {
    app: '园区通',
    file: '文件',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
    about: '关于园区通',
    services: '服务',
    hide: '隐藏园区通',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
    quit: '退出园区通',
    close: '关闭窗口',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    delete: '删除',
    selectAll: '全选',
    reload: '重新加载',
    forceReload: '强制重新加载',
    toggleDevTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    togglefullscreen: '全屏',
    minimize: '最小化',
    zoom: '缩放',
    front: '前置全部窗口',
  },
  en: {
    app: 'ParkDesk',
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About ParkDesk',
    services: 'Services',
    hide: 'Hide ParkDesk',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: 'Quit ParkDesk',
    close: 'Close Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    delete: 'Delete',
    selectAll: 'Select All',
    reload: 'Reload',
    forceReload: 'Force Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    togglefullscreen: 'Full Screen',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
  },
} as const satisfies Record<Locale, Record<string, string>>;

type Label = keyof (typeof LABELS)['en'];
type Role = NonNullable<MenuItemConstructorOptions['role']>;

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu in the user's language. Every item is a standard role, so accelerators and the
 * platform behaviour come from Electron; labels are set explicitly because role labels are English-only.
 * Reload and developer tools exist only when running from source: in the field a stray Ctrl+R would throw
 * away a half-filled form, and devtools would expose the page to whoever sits at the desk.
 */
export function buildMenuTemplate(locale: Locale, { isPackaged, platform }: MenuEnvironment): MenuItemConstructorOptions[] {
  const t = LABELS[locale];
  const item = (role: Role & Label): MenuItemConstructorOptions => ({ role, label: t[role] });
  const isMac = platform === 'darwin';

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [{
        label: t.app,
        submenu: [item('about'), separator, item('services'), separator, item('hide'), item('hideOthers'), item('unhide'), separator, item('quit')],
      }]
    : [];
  const developerItems = isPackaged ? [] : [item('reload'), item('forceReload'), item('toggleDevTools'), separator];

  return [
    ...appMenu,
    { label: t.file, submenu: isMac ? [item('close')] : [item('close'), separator, item('quit')] },
    {
      label: t.edit,
      submenu: [item('undo'), item('redo'), separator, item('cut'), item('copy'), item('paste'), item('delete'), separator, item('selectAll')],
    },
    {
      label: t.view,
      submenu: [...developerItems, item('resetZoom'), item('zoomIn'), item('zoomOut'), separator, item('togglefullscreen')],
    },
    {
      label: t.window,
      ...(isMac ? { role: 'window' as const } : {}),
      submenu: isMac ? [item('minimize'), item('zoom'), separator, item('front')] : [item('minimize'), item('close')],
    },
    { label: t.help, ...(isMac ? { role: 'help' as const } : {}), submenu: [item('about')] },
  ];
}
