import { APP_ORIGIN, isAppUrl } from '../appOrigin';
import { ipcChannel } from '../api/contract/bridge';
import { formatMessage } from '../api/contract/messages';
import { METHOD_NAMES } from '../api/contract/methodNames';
import type { Result } from '../api/contract/result';
import type { Dispatch } from '../api/dispatch';

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly origin: string;
  readonly parent: unknown;
}

export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

/** The part of Electron's ipcMain this transport uses; the real `ipcMain` satisfies it. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, input: unknown) => Promise<unknown>): void;
}

export type SenderCheck = (frame: SenderFrameLike | null) => boolean;

/**
 * Only the app's own top-level page may call the API: a frame that is gone (null), a subframe, or a page on
 * any other origin is refused, as VS Code's validated ipcMain does.
 */
export const isTrustedAppFrame: SenderCheck = (frame) =>
  frame !== null && frame.parent === null && frame.origin === APP_ORIGIN && isAppUrl(frame.url);

function forbidden(): Result<never> {
  return { ok: false, error: { code: 'FORBIDDEN', message: formatMessage('code.FORBIDDEN') } };
}

/**
 * One `ipcMain.handle` per registry method and nothing else, so a channel outside the registry has no
 * handler at all. The sender is checked before dispatch; dispatch then validates the input with zod.
 */
export function registerIpc(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedSender: SenderCheck = isTrustedAppFrame): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(method), async (event, input) => {
      if (!isTrustedSender(event.senderFrame)) {
        console.warn(`[ipc] refused ${method} from ${event.senderFrame?.url ?? 'a closed frame'}`);
        return forbidden();
      }
      return dispatch(method, input);
    });
  }
}
