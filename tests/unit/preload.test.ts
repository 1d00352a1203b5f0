import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ParkdeskBridge } from '../../electron/api/contract/bridge';

// Electron cannot run here; the fakes stand in for contextBridge and ipcRenderer so the preload's own logic runs.
const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })) },
}));
vi.mock('electron', () => electron);

describe('preload bridge', () => {
  let bridge: ParkdeskBridge;
  beforeAll(async () => {
    await import('../../electron/preload');
    bridge = electron.contextBridge.exposeInMainWorld.mock.calls[0]![1] as ParkdeskBridge;
  });

  it('exposes one object, window.parkdesk, with nothing on it but invoke', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]![0]).toBe('parkdesk');
    expect(Object.keys(bridge)).toEqual(['invoke']);
  });

  it('forwards a registry method to its own channel', async () => {
    const result = await bridge.invoke('parks.list', { search: '中德' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('api:parks.list', { search: '中德' });
    expect(result).toEqual({ ok: true, value: { channel: 'api:parks.list', input: { search: '中德' } } });
  });

  it.each(['fs.readFile', 'api:parks.list', '__proto__', 'constructor', ''])('refuses %j without touching IPC', async (name) => {
    electron.ipcRenderer.invoke.mockClear();
    const result = await bridge.invoke(name as never, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});
