// Electron's MessagePortMain and a utility process's parentPort, modelled on worker_threads ports
// for the stand-in Electron module (fake-electron.ts): every message travels as { data, ports }
// and listeners get Electron's MessageEvent shape, so the shell and the core's entry run unchanged.
const { EventEmitter } = require('node:events');

class FakeMessagePortMain extends EventEmitter {
  constructor(raw) {
    super();
    this.raw = raw;
    raw.on('message', (m) => this.emit('message', { data: m.data, ports: (m.ports ?? []).map((p) => new FakeMessagePortMain(p)) }));
  }
  postMessage(data, transfer = []) {
    const ports = transfer.map((p) => p.raw);
    this.raw.postMessage({ data, ports }, ports);
  }
  start() {}
  close() {
    this.raw.close?.();
  }
}

module.exports = { FakeMessagePortMain };
