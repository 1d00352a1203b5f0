// Preloaded into the Node child that stands in for an Electron utility process: process.parentPort as Electron
// gives it — postMessage without a delivery callback, 'message' events carrying { data } — and, like a utility
// process, the child does not leave when idle (the listener keeps the channel open) but only when ended.
const { EventEmitter } = require('node:events');

const port = new EventEmitter();
port.postMessage = (message) => process.send(message);
process.on('message', (data) => port.emit('message', { data }));
process.parentPort = port;
