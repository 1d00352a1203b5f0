import type { ParkdeskBridge } from '../../../electron/api/contract/bridge';
import type { MethodName } from '../../../electron/api/contract/methodNames';
import type { Result } from '../../../electron/api/contract/result';
import { clientFailure } from './apiCallError';

/** Sends one call and returns the raw Result; the client checks `ok` and the types. */
export type Transport = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

/** Desktop: the preload's bridge, already limited to the registry's methods. */
export function bridgeTransport(bridge: ParkdeskBridge): Transport {
  return async (method, input) => {
    try {
      return await bridge.invoke(method, input);
    } catch (error) {
      throw clientFailure('network', error);
    }
  };
}

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  return body.ok === false && 'error' in body && typeof body.error === 'object' && body.error !== null;
}

/** Browser mode: the same registry over HTTP on 127.0.0.1, authorised by the per-start token. */
export function httpTransport(token: string | null, fetchImpl: typeof fetch = fetch): Transport {
  return async (method, input) => {
    if (!token) throw clientFailure('unauthorized');
    let response: Response;
    try {
      response = await fetchImpl(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch (error) {
      throw clientFailure('network', error);
    }
    if (response.status === 401) throw clientFailure('unauthorized');
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw clientFailure('badResponse', error);
    }
    if (!isResult(body)) throw clientFailure('badResponse');
    return body;
  };
}
