'use strict';
// An unref'd server (and an unref'd connected socket) does not keep the process alive.
const assert = require('assert');
const net = require('net');

let listening = false;
const server = net.createServer((s) => {
  s.resume();
  s.unref();
});
server.listen(0, '127.0.0.1', () => {
  listening = true;
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.unref();
  });
});
server.unref();

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(listening, true);
});
