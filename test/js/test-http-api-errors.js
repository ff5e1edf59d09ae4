'use strict';
// Argument checking with Node's codes and messages; module surface.
const assert = require('assert');
const http = require('http');

assert.strictEqual(http.maxHeaderSize, 16384);
assert.strictEqual(http.STATUS_CODES[404], 'Not Found');
assert.ok(http.METHODS.includes('PATCH'));
assert.deepStrictEqual(http.METHODS, [...http.METHODS].sort());
assert.strictEqual(require('node:http'), http);
assert.ok(http.globalAgent instanceof http.Agent);
assert.strictEqual(http.globalAgent.keepAlive, true);

assert.throws(() => http.validateHeaderName('bad name'), {
  name: 'TypeError', code: 'ERR_INVALID_HTTP_TOKEN', message: 'Header name must be a valid HTTP token ["bad name"]',
});
assert.throws(() => http.validateHeaderValue('x-a', undefined), {
  name: 'TypeError', code: 'ERR_HTTP_INVALID_HEADER_VALUE', message: 'Invalid value "undefined" for header "x-a"',
});
assert.throws(() => http.validateHeaderValue('x-a', 'a\nb'), {
  name: 'TypeError', code: 'ERR_INVALID_CHAR', message: 'Invalid character in header content ["x-a"]',
});
assert.throws(() => http.request({ method: 'BAD METHOD', port: 1 }), {
  code: 'ERR_INVALID_HTTP_TOKEN', message: 'Method must be a valid HTTP token ["BAD METHOD"]',
});
assert.throws(() => http.request({ path: '/a b', port: 1 }), {
  code: 'ERR_UNESCAPED_CHARACTERS', message: 'Request path contains unescaped characters',
});
assert.throws(() => http.request('https://example.com/'), {
  code: 'ERR_INVALID_PROTOCOL', message: 'Protocol "https:" not supported. Expected "http:"',
});

const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
assert.throws(() => res.writeHead(99), { code: 'ERR_HTTP_INVALID_STATUS_CODE', message: 'Invalid status code: 99' });
res.setHeader('X-A', '1');
res.appendHeader('x-a', '2');
assert.deepStrictEqual(res.getHeader('x-a'), ['1', '2']);
assert.deepStrictEqual(Object.getPrototypeOf(res.getHeaders()), null);
res.removeHeader('X-A');
assert.strictEqual(res.hasHeader('x-a'), false);

const out = new http.OutgoingMessage();
assert.throws(() => out._implicitHeader(), { code: 'ERR_METHOD_NOT_IMPLEMENTED' });

// a request to a closed port fails with ECONNREFUSED
const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  server.close(() => {
    http.get({ port, host: '127.0.0.1' }).on('error', (err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
    });
  });
});
