'use strict';
// node:dgram: bind/address, send forms (string, Buffer with offset/length, buffer lists, empty
// datagrams), rinfo, connect/remoteAddress/disconnect, option errors before bind, EADDRINUSE,
// EMSGSIZE, buffer sizes, close semantics and argument errors.
const assert = require('assert');
const dgram = require('dgram');

let pending = 0;
function step(name) {
  pending++;
  let done = false;
  return () => {
    assert.ok(!done, `${name} finished twice`);
    done = true;
    pending--;
  };
}
process.on('exit', (code) => {
  if (code === 0) assert.strictEqual(pending, 0, 'some steps did not finish');
});

// Argument and state errors that need no I/O.
assert.throws(() => dgram.createSocket('udp5'), { code: 'ERR_SOCKET_BAD_TYPE', name: 'TypeError' });
assert.throws(() => dgram.createSocket({}), { code: 'ERR_SOCKET_BAD_TYPE' });
{
  const s = dgram.createSocket('udp4');
  assert.throws(() => s.address(), { code: 'EBADF', syscall: 'getsockname' });
  assert.throws(() => s.setBroadcast(true), { code: 'EBADF', syscall: 'setBroadcast' });
  assert.throws(() => s.getRecvBufferSize(), { code: 'ERR_SOCKET_BUFFER_SIZE', name: 'SystemError' });
  assert.throws(() => s.setRecvBufferSize(-1), { code: 'ERR_SOCKET_BAD_BUFFER_SIZE' });
  assert.throws(() => s.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
  assert.throws(() => s.send('x', 0, '127.0.0.1'), { code: 'ERR_SOCKET_BAD_PORT' });
  assert.throws(() => s.send(42, 1234, '127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => s.send('x', 1234, 42), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => s.connect(0), { code: 'ERR_SOCKET_BAD_PORT' });
  assert.throws(() => s.addMembership(), { code: 'ERR_MISSING_ARGS' });
  assert.strictEqual(s.getSendQueueSize(), 0);
  assert.strictEqual(s.getSendQueueCount(), 0);
  const closed = step('close event');
  s.close(() => closed());
  assert.throws(() => s.close(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' });
  assert.throws(() => s.bind(0), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
}

// A receiver and a sender on loopback: every send form arrives intact, with Node's rinfo.
{
  const receiver = dgram.createSocket('udp4');
  const sender = dgram.createSocket('udp4');
  const expected = ['hello', 'ell', 'ab', '', 'end'];
  const got = [];
  const allReceived = step('all datagrams');
  const sendCallbacks = step('send callbacks');
  let callbacks = 0;
  receiver.on('message', (msg, rinfo) => {
    assert.ok(Buffer.isBuffer(msg));
    assert.strictEqual(rinfo.address, '127.0.0.1');
    assert.strictEqual(rinfo.family, 'IPv4');
    assert.strictEqual(rinfo.port, sender.address().port);
    assert.strictEqual(rinfo.size, msg.length);
    got.push(msg.toString());
    if (got.length === expected.length) {
      assert.deepStrictEqual(got, expected);
      allReceived();
      receiver.close();
      sender.close();
    }
  });
  receiver.bind(0, '127.0.0.1', () => {
    const { address, family, port } = receiver.address();
    assert.strictEqual(address, '127.0.0.1');
    assert.strictEqual(family, 'IPv4');
    assert.ok(port > 0);
    assert.throws(() => receiver.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND' });
    const cb = (err, bytes) => {
      assert.ifError(err);
      assert.strictEqual(typeof bytes, 'number');
      if (++callbacks === expected.length) sendCallbacks();
    };
    // Sent in order, from one socket: loopback keeps them in order.
    sender.send('hello', port, '127.0.0.1', cb);
    sender.send(Buffer.from('hello'), 1, 3, port, '127.0.0.1', cb);
    sender.send([Buffer.from('a'), 'b'], port, '127.0.0.1', cb);
    sender.send(Buffer.alloc(0), port, '127.0.0.1', cb);
    sender.send(new Uint8Array([101, 110, 100]), port, cb); // default address: 127.0.0.1
  });
}

// EADDRINUSE is emitted as 'error' with Node's message; EMSGSIZE goes to the send callback.
{
  const a = dgram.createSocket('udp4');
  const inUse = step('EADDRINUSE');
  const tooBig = step('EMSGSIZE');
  a.bind(0, '127.0.0.1', () => {
    const port = a.address().port;
    const b = dgram.createSocket('udp4');
    b.on('error', (err) => {
      assert.strictEqual(err.code, 'EADDRINUSE');
      assert.strictEqual(err.syscall, 'bind');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
      b.close();
      inUse();
      a.send(Buffer.alloc(70000), port, '127.0.0.1', (err) => {
        assert.strictEqual(err.code, 'EMSGSIZE');
        assert.strictEqual(err.syscall, 'send');
        assert.strictEqual(err.message, `send EMSGSIZE 127.0.0.1:${port}`);
        tooBig();
        a.close();
      });
    });
    b.bind(port, '127.0.0.1');
  });
}

// connect(): implicit bind, 'connect', remoteAddress, sends without an address, disconnect.
{
  const peer = dgram.createSocket('udp4');
  const client = dgram.createSocket('udp4');
  const connected = step('connect');
  const echoed = step('reply');
  peer.on('message', (msg, rinfo) => {
    assert.strictEqual(msg.toString(), 'ping');
    peer.send('pong', rinfo.port, rinfo.address);
  });
  peer.bind(0, '127.0.0.1', () => {
    const port = peer.address().port;
    client.connect(port, '127.0.0.1', () => {
      connected();
      assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
      assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
      assert.throws(() => client.send('x', 0, 1, port, '127.0.0.1'), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
      client.on('message', (msg) => {
        assert.strictEqual(msg.toString(), 'pong');
        client.disconnect();
        assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
        assert.throws(() => client.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
        echoed();
        client.close();
        peer.close();
      });
      client.send('ping');
    });
  });
}

// Options on a bound socket; receive buffer size as the kernel reports it.
{
  const s = dgram.createSocket({ type: 'udp4', recvBufferSize: 65536 });
  const bound = step('options');
  s.bind(0, () => {
    assert.ok(s.getRecvBufferSize() >= 65536);
    s.setSendBufferSize(32768);
    assert.ok(s.getSendBufferSize() >= 32768);
    s.setBroadcast(true);
    assert.strictEqual(s.setMulticastTTL(4), 4);
    assert.strictEqual(s.setMulticastLoopback(false), false);
    assert.throws(() => s.setMulticastTTL('x'), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => s.setMulticastInterface('bogus'), { code: 'EINVAL' });
    assert.throws(() => s.addMembership('1.2.3.4'), { code: 'EINVAL', syscall: 'addMembership' });
    s.unref();
    s.ref();
    s.close(bound);
  });
}

// IPv6 on ::1.
{
  const s = dgram.createSocket('udp6');
  const v6 = step('udp6');
  s.on('message', (msg, rinfo) => {
    assert.strictEqual(msg.toString(), 'six');
    assert.strictEqual(rinfo.family, 'IPv6');
    assert.strictEqual(rinfo.address, '::1');
    s.close(v6);
  });
  s.bind(0, '::1', () => {
    assert.strictEqual(s.address().family, 'IPv6');
    s.send('six', s.address().port, '::1');
  });
}

// An unref'd, bound socket does not keep the process alive.
{
  const s = dgram.createSocket('udp4');
  s.bind(0, () => s.unref());
}
