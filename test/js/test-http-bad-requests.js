'use strict';
// Malformed input gets Node's answers: 400 and close, 431 for headers over maxHeaderSize, no
// request smuggling with Content-Length + Transfer-Encoding, 'clientError' with the parser's code.
const assert = require('assert');
const http = require('http');
const net = require('net');

function raw(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.end(data));
    let out = '';
    c.on('data', (d) => { out += d; });
    c.on('error', () => {});
    c.on('close', () => resolve(out));
  });
}

const requests = [];
const server = http.createServer({ maxHeaderSize: 1024 }, (req, res) => {
  requests.push(req.url);
  req.resume();
  req.on('end', () => res.end('ok'));
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const bad = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';

  assert.strictEqual(await raw(port, 'FOO / HTTP/1.1\r\nHost: x\r\n\r\n'), bad);
  assert.strictEqual(await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n'), bad);
  assert.strictEqual(await raw(port, 'POST /s HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n' +
    'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n'), bad);
  assert.strictEqual(await raw(port, 'POST /s HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n' +
    'Content-Length: 3\r\n\r\n0\r\n\r\n'), bad);
  assert.strictEqual(await raw(port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(2000)}\r\n\r\n`),
                     'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
  // HTTP/1.1 without Host
  assert.match(await raw(port, 'GET / HTTP/1.1\r\n\r\n'), /^HTTP\/1\.1 400 Bad Request\r\n/);
  assert.deepStrictEqual(requests, []);

  // pipelined requests are answered in order
  const piped = await raw(port, 'GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n' +
    'Connection: close\r\n\r\n');
  assert.strictEqual(piped.match(/HTTP\/1\.1 200 OK/g).length, 2);
  assert.deepStrictEqual(requests, ['/1', '/2']);

  const errors = [];
  server.on('clientError', (err, socket) => {
    errors.push([err.code, err.reason, err.message]);
    socket.end('HTTP/1.1 418 Custom\r\n\r\n');
  });
  assert.strictEqual(await raw(port, 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'),
                     'HTTP/1.1 418 Custom\r\n\r\n');
  await raw(port, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\na');
  await raw(port, 'GET / HTTP/1.1\r\nHost: x\nX: y\r\n\r\n');
  assert.deepStrictEqual(errors, [
    ['HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size', 'Parse Error: Invalid character in chunk size'],
    ['HPE_UNEXPECTED_CONTENT_LENGTH', 'Duplicate Content-Length', 'Parse Error: Duplicate Content-Length'],
    ['HPE_CR_EXPECTED', 'Missing expected CR after header value', 'Parse Error: Missing expected CR after header value'],
  ]);
  server.close();
});
