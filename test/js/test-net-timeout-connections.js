'use strict';
// socket.setTimeout fires after idle time (and activity postpones it); getConnections and
// maxConnections; setNoDelay/setKeepAlive return the socket; ref/unref chain.
const assert = require('assert');
const net = require('net');

let timeouts = 0;
let drops = 0;
let accepted;
const acceptedOnce = new Promise((resolve) => { accepted = resolve; });
const server = net.createServer((sock) => {
  sock.resume();
  accepted();
});
server.maxConnections = 1;
server.on('drop', (data) => {
  drops++;
  assert.strictEqual(data.localAddress, '127.0.0.1');
  assert.strictEqual(typeof data.remotePort, 'number');
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const c = net.connect(port, '127.0.0.1', () => {
    assert.strictEqual(c.setNoDelay(true), c);
    assert.strictEqual(c.setKeepAlive(true, 1000), c);
    assert.strictEqual(c.ref(), c);
    acceptedOnce.then(() => server.getConnections((err, n) => {
      assert.ifError(err);
      assert.strictEqual(n, 1);
      // a second connection is over maxConnections: dropped by the server
      const c2 = net.connect(port, '127.0.0.1');
      c2.on('error', () => {});
      c2.on('close', () => {
        const start = Date.now();
        let lastWrite = start;
        // activity (writes) keeps the timeout from firing
        const iv = setInterval(() => {
          c.write('x');
          lastWrite = Date.now();
        }, 30);
        setTimeout(() => clearInterval(iv), 300);
        assert.strictEqual(c.setTimeout(150, () => {
          timeouts++;
          const idle = Date.now() - lastWrite;
          assert.ok(Date.now() - start >= 400, 'timeout fired while writes were active');
          assert.ok(idle >= 140, `fired after only ${idle} ms of idleness`);
          assert.strictEqual(c.timeout, 150);
          c.setTimeout(0);
          c.destroy();
          server.close();
        }), c);
      });
    }));
  });
  assert.throws(() => c.setTimeout(-1), { code: 'ERR_OUT_OF_RANGE' });
});

process.on('exit', () => {
  assert.strictEqual(timeouts, 1);
  assert.strictEqual(drops, 1);
});
