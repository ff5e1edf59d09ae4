'use strict';
// 16 MiB through a paused reader: write() reports backpressure, 'drain' follows, every byte
// arrives in order.
const assert = require('assert');
const net = require('net');

const TOTAL = 16 * 1024 * 1024;
const CHUNK = 64 * 1024;
let sawBackpressure = false;
let drains = 0;

const server = net.createServer((sock) => {
  let sent = 0;
  let seq = 0;
  function pump() {
    while (sent < TOTAL) {
      const b = Buffer.alloc(CHUNK);
      for (let i = 0; i < CHUNK; i += 4) b.writeUInt32LE(seq++ >>> 0, i);
      sent += CHUNK;
      if (!sock.write(b)) {
        sawBackpressure = true;
        sock.once('drain', () => { drains++; pump(); });
        return;
      }
    }
    sock.end();
  }
  pump();
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let received = 0;
  let expect = 0;
  let carry = Buffer.alloc(0);
  let paused = false;
  c.on('data', (d) => {
    received += d.length;
    let buf = carry.length ? Buffer.concat([carry, d]) : d;
    const whole = buf.length - (buf.length % 4);
    for (let i = 0; i < whole; i += 4) {
      const v = buf.readUInt32LE(i);
      if (v !== (expect >>> 0)) assert.fail(`byte ${received}: got ${v}, want ${expect}`);
      expect++;
    }
    carry = buf.subarray(whole);
    if (!paused && received > TOTAL / 4) {
      // stop reading for a while: the sender must feel it
      paused = true;
      c.pause();
      setTimeout(() => c.resume(), 200);
    }
  });
  c.on('end', () => {
    assert.strictEqual(received, TOTAL);
    assert.strictEqual(c.bytesRead, TOTAL);
    server.close();
  });
});

process.on('exit', () => {
  assert.ok(sawBackpressure, 'write() never returned false');
  assert.ok(drains > 0, 'no drain event');
});
