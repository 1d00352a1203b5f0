import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu';

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}
const labels = (items: MenuItemConstructorOptions[]) => allItems(items).filter((i) => i.type !== 'separator').map((i) => i.label!);
const roles = (items: MenuItemConstructorOptions[]) => allItems(items).map((i) => i.role).filter(Boolean);

const windows = { isPackaged: true, platform: 'win32' as const };

describe('application menu', () => {
  it('reads 文件 编辑 视图 窗口 帮助 in Chinese, every item in Chinese', () => {
    const menu = buildMenuTemplate('zh-CN', windows);
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    for (const label of labels(menu)) expect(label).toMatch(/\p{Script=Han}/u);
  });

  it('reads File Edit View Window Help in English, with no Chinese left', () => {
    const menu = buildMenuTemplate('en', windows);
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    for (const label of labels(menu)) expect(label).not.toMatch(/\p{Script=Han}/u);
  });

  it('keeps copy and paste (standard roles, so the usual shortcuts work)', () => {
    expect(roles(buildMenuTemplate('zh-CN', windows))).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'undo', 'selectAll', 'quit']));
  });

  it('offers developer tools and reload only when running from source', () => {
    expect(roles(buildMenuTemplate('zh-CN', windows))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate('zh-CN', windows))).not.toContain('reload');
    expect(roles(buildMenuTemplate('zh-CN', { ...windows, isPackaged: false }))).toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS and no devtools there either when packaged', () => {
    const menu = buildMenuTemplate('zh-CN', { isPackaged: true, platform: 'darwin' });
    expect(menu.map((m) => m.label)).toEqual(['园区通', '文件', '编辑', '视图', '窗口', '帮助']);
    expect(roles(menu)).not.toContain('toggleDevTools');
  });
});
