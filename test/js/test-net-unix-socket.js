'use strict';
// A Unix-domain socket server under os.tmpdir(): echo, address(), the socket file removed on close.
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const sockPath = path.join(os.tmpdir(), `jnode-net-${process.pid}-${Date.now()}.sock`);
let echoed = '';
const server = net.createServer((sock) => {
  assert.strictEqual(sock.remoteAddress, undefined);
  sock.pipe(sock);
});
server.listen(sockPath, () => {
  assert.strictEqual(server.address(), sockPath);
  assert.ok(fs.existsSync(sockPath));
  const c = net.connect(sockPath, () => {
    c.end('over a unix socket');
  });
  c.setEncoding('utf8');
  c.on('data', (d) => { echoed += d; });
  c.on('close', () => {
    server.close(() => {
      assert.strictEqual(fs.existsSync(sockPath), false);
      // connecting to a path that does not exist
      net.connect(sockPath).on('error', (err) => {
        assert.strictEqual(err.code, 'ENOENT');
        assert.strictEqual(err.syscall, 'connect');
        assert.strictEqual(err.address, sockPath);
        assert.strictEqual(err.message, `connect ENOENT ${sockPath}`);
        echoed += '|enoent';
      });
    });
  });
});

process.on('exit', () => assert.strictEqual(echoed, 'over a unix socket|enoent'));
