import type { MethodName } from './methodNames';
import type { Result } from './result';

/** What the preload puts on `window.parkdesk`: one call, limited to the registry's method names. */
export interface ParkdeskBridge {
  invoke(method: MethodName, input: unknown): Promise<Result<unknown>>;
}

/** IPC channel of one method; ipc.ts registers one per method, the preload calls only these. */
export function ipcChannel(method: MethodName): string {
  return `api:${method}`;
}
