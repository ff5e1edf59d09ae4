'use strict';
// message.signal: a server request's signal aborts when the client goes away mid-request, and
// stays unaborted after a normal exchange, even when the kept-alive socket closes later.
const assert = require('assert');
const http = require('http');
const net = require('net');

let normalSignal;
let abortedSignal;
const server = http.createServer((req, res) => {
  if (req.url === '/normal') {
    normalSignal = req.signal;
    assert.strictEqual(req.signal, normalSignal); // one signal per message
    assert.strictEqual(normalSignal.aborted, false);
    res.end('ok');
    return;
  }
  // /hang: never answered; the client disconnects
  abortedSignal = req.signal;
  abortedSignal.addEventListener('abort', () => {
    assert.strictEqual(abortedSignal.reason.name, 'AbortError');
    checkNormalAfterClose();
  });
});

function checkNormalAfterClose() {
  // the normal request's keep-alive socket is closed by now too (server.close below)
  setTimeout(() => {
    assert.strictEqual(normalSignal.aborted, false);
    server.close();
  }, 50);
}

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const agent = new http.Agent({ keepAlive: true });
  http.get({ host: '127.0.0.1', port, path: '/normal', agent }, (res) => {
    res.resume();
    res.on('end', () => {
      agent.destroy(); // closes the kept-alive socket after a completed exchange
      const sock = net.connect(port, '127.0.0.1', () => {
        sock.write('GET /hang HTTP/1.1\r\nHost: x\r\n\r\n');
        setTimeout(() => sock.destroy(), 100);
      });
    });
  });
});
