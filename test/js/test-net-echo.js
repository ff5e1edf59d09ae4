'use strict';
// A TCP echo round trip on 127.0.0.1: addresses, byte counters, event order.
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer((sock) => {
  assert.strictEqual(sock.remoteAddress, '127.0.0.1');
  assert.strictEqual(sock.remoteFamily, 'IPv4');
  assert.strictEqual(sock.localPort, server.address().port);
  assert.strictEqual(server.listening, true);
  sock.on('end', () => events.push('server end'));
  sock.pipe(sock);
});
assert.strictEqual(server.listening, false);
assert.strictEqual(server.address(), null);

server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  assert.deepStrictEqual(Object.keys(addr), ['address', 'family', 'port']);
  assert.strictEqual(addr.address, '127.0.0.1');
  assert.strictEqual(addr.family, 'IPv4');
  assert.ok(addr.port > 0);

  const c = net.connect({ port: addr.port, host: '127.0.0.1' });
  assert.strictEqual(c.connecting, true);
  assert.strictEqual(c.pending, true);
  assert.strictEqual(c.readyState, 'opening');
  c.on('connect', () => {
    events.push('connect');
    assert.strictEqual(c.connecting, false);
    assert.strictEqual(c.pending, false);
    assert.strictEqual(c.readyState, 'readOnly'); // end() was called before the connection
    assert.strictEqual(c.remotePort, addr.port);
    assert.strictEqual(c.remoteAddress, '127.0.0.1');
    assert.strictEqual(c.localAddress, '127.0.0.1');
    assert.strictEqual(typeof c.localPort, 'number');
    assert.deepStrictEqual(c.address(), { address: '127.0.0.1', family: 'IPv4', port: c.localPort });
  });
  c.on('ready', () => events.push('ready'));
  c.setEncoding('utf8');
  let got = '';
  c.on('data', (d) => { got += d; });
  c.write('héllo ');
  c.write(Buffer.from('wörld'));
  c.end(new Uint8Array([33]));
  c.on('end', () => {
    events.push('end');
    assert.strictEqual(got, 'héllo wörld!');
  });
  c.on('close', (hadError) => {
    events.push('close');
    assert.strictEqual(hadError, false);
    assert.strictEqual(c.bytesRead, Buffer.byteLength('héllo wörld!'));
    assert.strictEqual(c.bytesWritten, Buffer.byteLength('héllo wörld!'));
    assert.strictEqual(c.readyState, 'closed');
    server.close(() => events.push('server close'));
  });
});

process.on('exit', () => {
  assert.deepStrictEqual(events.filter((e) => e !== 'server end'),
    ['connect', 'ready', 'end', 'close', 'server close']);
  assert.ok(events.includes('server end'));
});
