import type { ApiMethod, MethodInput, MethodOutput } from '../../../electron/api/index';
import type { ParkdeskBridge } from '../../../electron/api/contract/bridge';
import { ApiCallError } from './apiCallError';
import { captureToken } from './browserToken';
import { bridgeTransport, httpTransport, type Transport } from './transports';

export { ApiCallError } from './apiCallError';

declare global {
  interface Window {
    /** Present only inside the desktop app (preload). */
    parkdesk?: ParkdeskBridge;
  }
}

let transport: Transport | null = null;

/** Desktop when the preload's bridge is there, browser mode otherwise; chosen once per page load. */
function currentTransport(): Transport {
  if (!transport) {
    transport = window.parkdesk ? bridgeTransport(window.parkdesk) : httpTransport(captureToken(window));
  }
  return transport;
}

/** Tests pick the transport explicitly. */
export function setTransport(next: Transport): void {
  transport = next;
}

/** Calls one API method, typed end to end; throws ApiCallError when the answer is `ok: false`. */
export async function call<M extends ApiMethod>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await currentTransport()(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  // The registry's own types describe what `method` returns; the transport only carries it.
  return result.value as MethodOutput<M>;
}
