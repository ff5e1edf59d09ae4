'use strict';
// Expect: 100-continue (checkContinue and the default), 'upgrade' on both sides with the bytes
// that followed the head, CONNECT.
const assert = require('assert');
const http = require('http');
const net = require('net');

const events = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`default:${body}`));
});
server.on('checkContinue', (req, res) => {
  events.push('checkContinue');
  res.writeContinue();
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`checked:${body}`));
});
server.on('upgrade', (req, socket, head) => {
  events.push(`upgrade ${req.headers.upgrade} head=${head}`);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome|');
  if (head.length) socket.end(`echo:${head}`);
  else socket.on('data', (d) => socket.end(`echo:${d}`));
});
server.on('connect', (req, socket, head) => {
  events.push(`connect ${req.url}`);
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
});

function continueRequest(port) {
  return new Promise((resolve) => {
    const req = http.request({
      port, host: '127.0.0.1', method: 'POST', headers: { Expect: '100-continue' },
    }, (res) => {
      let s = '';
      res.on('data', (d) => { s += d; });
      res.on('end', () => resolve(s));
    });
    req.on('continue', () => {
      events.push('continue');
      req.end('body');
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  assert.strictEqual(await continueRequest(port), 'checked:body');

  await new Promise((resolve) => {
    const req = http.request({
      port, host: '127.0.0.1', headers: { Connection: 'Upgrade', Upgrade: 'echo' },
    });
    req.on('upgrade', (res, socket, head) => {
      assert.strictEqual(res.statusCode, 101);
      assert.strictEqual(head.toString(), 'welcome|');
      socket.on('data', (d) => {
        assert.strictEqual(d.toString(), 'echo:ping');
        socket.destroy();
        resolve();
      });
      socket.write('ping');
    });
    req.end();
  });

  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'CONNECT', path: 'example.com:443' });
    req.on('connect', (res, socket, head) => {
      assert.strictEqual(res.statusCode, 200);
      let rest = head.toString();
      socket.on('data', (d) => { rest += d; });
      socket.on('end', () => {
        assert.strictEqual(rest, 'tunnel');
        resolve();
      });
    });
    req.end();
  });

  // Without a checkContinue listener the server answers 100 itself.
  server.removeAllListeners('checkContinue');
  assert.strictEqual(await continueRequest(port), 'default:body');

  // A raw upgrade request with bytes after the head
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => {
      c.write('GET / HTTP/1.1\r\nHost: x\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nearly');
    });
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('close', () => {
      assert.match(got, /^HTTP\/1\.1 101 Switching Protocols\r\n[^]*welcome\|echo:early$/);
      resolve();
    });
  });

  assert.deepStrictEqual(events, [
    'checkContinue', 'continue', 'upgrade echo head=', 'connect example.com:443', 'continue',
    'upgrade echo head=early',
  ]);
  server.close();
});
