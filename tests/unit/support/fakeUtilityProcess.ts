import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Electron's utilityProcess.fork over a real Node child (the Electron runtime cannot run here), with the two
 * behaviours the workbook parser must live with: the child has process.parentPort, whose postMessage has no
 * callback saying the message has left; and once the child has exited, Electron emits 'exit' and closes the
 * message pipe, so a reply still in flight is dropped — here every message after the child's 'exit' is.
 */
export class FakeUtilityProcess extends EventEmitter {
  /** The host ended the child (kill) before it had exited on its own. */
  killedByHost = false;
  exited = false;
  readonly messagesDropped: unknown[] = [];

  constructor(private readonly child: ChildProcess) {
    super();
    child.on('message', (message) => {
      if (this.exited) this.messagesDropped.push(message);
      else this.emit('message', message);
    });
    child.on('exit', (code) => {
      this.exited = true;
      this.emit('exit', code ?? 1);
    });
  }

  postMessage(message: unknown): void {
    this.child.send(message as object);
  }

  kill(): boolean {
    if (!this.exited) this.killedByHost = true;
    return this.child.kill();
  }
}

export function createFakeUtilityProcess() {
  const forked: FakeUtilityProcess[] = [];
  const tsx = pathToFileURL(createRequire(__filename).resolve('tsx')).href;
  const parentPort = path.join(__dirname, 'utilityProcessParentPort.cjs');
  return {
    forked,
    fork(modulePath: string, args: string[] = [], options: { execArgv?: string[] } = {}): FakeUtilityProcess {
      const child = fork(modulePath, args, {
        // Structured clone, as Electron's postMessage uses; tsx so a test bundle may load the .ts sources.
        serialization: 'advanced',
        execArgv: ['--import', tsx, '--require', parentPort, ...(options.execArgv ?? [])],
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      });
      const fake = new FakeUtilityProcess(child);
      forked.push(fake);
      return fake;
    },
  };
}
