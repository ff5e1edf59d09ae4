'use strict';
// allowHalfOpen: the server sees 'end', can still write, and the client reads the reply after
// its own end(). Without allowHalfOpen the socket ends its side automatically.
const assert = require('assert');
const net = require('net');

let serverSawEnd = false;
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    serverSawEnd = true;
    assert.strictEqual(sock.writable, true);
    assert.strictEqual(sock.readyState, 'writeOnly');
    setTimeout(() => sock.end(`reply to ${got}`), 20);
  });
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.end('question');
    assert.strictEqual(c.readyState, 'readOnly');
  });
  let reply = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { reply += d; });
  c.on('close', () => {
    assert.strictEqual(reply, 'reply to question');
    // Default (allowHalfOpen false): the server side ends when the client ends.
    const s2 = net.createServer((sock) => {
      sock.resume();
      sock.on('end', () => {
        // the socket ends its writable side automatically
        sock.on('finish', () => s2.close());
      });
    }).listen(0, '127.0.0.1', () => {
      const c2 = net.connect(s2.address().port, '127.0.0.1', () => c2.end());
      c2.resume();
      c2.on('end', () => server.close());
    });
  });
});

process.on('exit', () => assert.ok(serverSawEnd));
