// Runs the bundled main process (argv[2]) in plain Node with a stand-in for 'electron', using argv[3] as the
// OS data folder, then makes one API call through its IPC handler and prints what happened as JSON.
// Any module the bundle forgot to include would make the require below throw.
const Module = require('node:module');
const path = require('node:path');

const [bundle, appData] = process.argv.slice(2);
const handlers = new Map();
let loadedUrl = null;
let served = null;
const noop = () => {};
const webContents = { on: noop, setWindowOpenHandler: noop };
const electron = {
  app: {
    isPackaged: true,
    setPath: noop,
    getPath: (name) => (name === 'userData' ? path.join(appData, 'ParkDesk') : appData),
    enableSandbox: noop,
    requestSingleInstanceLock: () => true,
    on: noop,
    whenReady: () => Promise.resolve(),
    getAppPath: () => process.cwd(),
    getLocale: () => 'zh-CN',
    getVersion: () => '0.1.0',
    setAboutPanelOptions: noop,
    quit: () => console.log(JSON.stringify({ quit: true })),
    exit: noop,
  },
  protocol: { registerSchemesAsPrivileged: noop, handle: (_scheme, handler) => (served = handler) },
  ipcMain: { handle: (channel, listener) => handlers.set(channel, listener) },
  session: { defaultSession: { setPermissionRequestHandler: noop, setPermissionCheckHandler: noop } },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: noop },
  dialog: { showErrorBox: (...args) => console.log(JSON.stringify({ errorBox: args })), showMessageBoxSync: () => 1 },
  BrowserWindow: class {
    constructor() {
      this.webContents = webContents;
    }
    once() {}
    on() {}
    loadURL(url) {
      loadedUrl = url;
      return Promise.resolve();
    }
  },
};

const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};
require(path.resolve(bundle));

(async () => {
  // Start-up is asynchronous (ready, then the store and the window); wait for the window, at most 20 s.
  for (const deadline = Date.now() + 20_000; !loadedUrl && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const senderFrame = { url: 'app://parkdesk/index.html', origin: 'app://parkdesk', parent: null };
  const created = await handlers.get('api:parks.create')(
    { senderFrame },
    { name: '中意（宁波）生态园', kind: 'international_cooperation', level: 'provincial', partnerCountries: ['IT'], divisionCode: '330200' },
  );
  console.log(JSON.stringify({ channels: handlers.size, loadedUrl, protocolServed: typeof served === 'function', created }));
})();
