// The inside of a stand-in utility process (a worker thread): gives the module Electron's
// `process.parentPort`, then loads it, as Electron does for utilityProcess.fork(modulePath).
const { parentPort, workerData } = require('node:worker_threads');
const { FakeMessagePortMain } = require('./fake-message-port.cjs');

process.parentPort = new FakeMessagePortMain(parentPort);
require(workerData.modulePath);
