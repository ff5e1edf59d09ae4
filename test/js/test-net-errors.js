'use strict';
// Errors as Node reports them: ECONNREFUSED, EADDRINUSE, bad ports, listen twice.
const assert = require('assert');
const net = require('net');

assert.throws(() => net.connect({ port: 65536, host: '127.0.0.1' }), {
  code: 'ERR_SOCKET_BAD_PORT',
  name: 'RangeError',
  message: 'Port should be >= 0 and < 65536. Received type number (65536).',
});
assert.throws(() => net.connect({ port: true }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.createServer().listen({ port: -1 }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.createServer().listen({ host: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /must have the property "port" or "path"/,
});
assert.throws(() => net.connect({ port: 80, host: '127.0.0.1', localAddress: 'nope' }), {
  code: 'ERR_INVALID_IP_ADDRESS',
});

let steps = 0;
const server = net.createServer().listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  assert.throws(() => server.listen(0), { code: 'ERR_SERVER_ALREADY_LISTEN' });

  const other = net.createServer();
  other.on('error', (err) => {
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.deepStrictEqual(Object.keys(err), ['code', 'errno', 'syscall', 'address', 'port']);
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(other.listening, false);
    steps++;
    server.close(() => {
      // now nothing listens on the port
      const c = net.connect(port, '127.0.0.1');
      const seen = [];
      c.on('error', (e) => {
        seen.push('error');
        assert.strictEqual(e.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
        assert.deepStrictEqual(Object.keys(e), ['errno', 'code', 'syscall', 'address', 'port']);
        assert.strictEqual(e.errno, -111);
        assert.strictEqual(e.code, 'ECONNREFUSED');
        assert.strictEqual(e.syscall, 'connect');
        assert.strictEqual(e.address, '127.0.0.1');
        assert.strictEqual(e.port, port);
      });
      c.on('close', (hadError) => {
        seen.push('close');
        assert.strictEqual(hadError, true);
        assert.deepStrictEqual(seen, ['error', 'close']);
        steps++;
      });
    });
  });
  other.listen(port, '127.0.0.1');
});

// close() on a server that is not listening
net.createServer().close((err) => {
  assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
  steps++;
});

process.on('exit', () => assert.strictEqual(steps, 3));
