import path from 'node:path';
import { utilityProcess } from 'electron';
import type { ParserLauncher, ParserReply } from './services/excel/workbookParserProtocol';

/**
 * In the desktop app the workbook parser runs in an Electron utility process (a Node child without the
 * RunAsNode fuse, which is off). The worker is bundled beside main.cjs by electron/build/bundleMain.mjs.
 * Installed with setWorkbookParserLauncher at start; services/excel stays free of 'electron'.
 * There is no 'close' here as for a Node fork, and once the child has exited Electron emits 'exit' and drops a
 * reply still in the pipe; so the worker never exits on its own in a utility process — readWorkbookIsolated ends
 * it once the reply has arrived (tests/unit/excel/utilityProcessParser.test.ts, with a 20 000-row reply).
 */
export function utilityProcessParserLauncher(bundleDir: string): ParserLauncher {
  return ({ maxOldSpaceMb }) => {
    const child = utilityProcess.fork(path.join(bundleDir, 'workbookParserWorker.cjs'), [], {
      serviceName: 'ParkDesk workbook parser',
      execArgv: [`--max-old-space-size=${maxOldSpaceMb}`],
      stdio: 'ignore',
    });
    return {
      send: (message) => child.postMessage(message),
      onMessage: (handler) => child.on('message', (message: ParserReply) => handler(message)),
      onExit: (handler) => child.on('exit', (code) => handler(code)),
      kill: () => void child.kill(),
    };
  };
}
