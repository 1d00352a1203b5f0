import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel, type ParkdeskBridge } from './api/contract/bridge';
import { formatMessage } from './api/contract/messages';
import { isMethodName } from './api/contract/methodNames';
import type { Result } from './api/contract/result';

/**
 * The page's only door into the main process: `window.parkdesk.invoke(method, input)` for the registry's
 * methods. No ipcRenderer, no Node: a compromised page can reach nothing the API does not already offer.
 * Runs sandboxed, so it is bundled into one CommonJS file that requires only 'electron'.
 */
const bridge: ParkdeskBridge = {
  invoke(method, input) {
    if (!isMethodName(method)) {
      const refused: Result<never> = {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: formatMessage('code.UNKNOWN_METHOD'), details: { method: String(method) } },
      };
      return Promise.resolve(refused);
    }
    return ipcRenderer.invoke(ipcChannel(method), input) as Promise<Result<unknown>>;
  },
};

contextBridge.exposeInMainWorld('parkdesk', bridge);
