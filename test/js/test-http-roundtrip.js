'use strict';
// Server and client round trips: methods, headers, bodies, keep-alive socket reuse, HEAD, 204.
const assert = require('assert');
const http = require('http');

const seen = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    seen.push(`${req.method} ${req.url} ${req.httpVersion}`);
    assert.strictEqual(req.complete, true);
    if (req.url === '/204') {
      res.writeHead(204);
      res.end();
      return;
    }
    res.setHeader('X-Multi', ['a', 'b']);
    res.setHeader('Content-Type', 'text/plain');
    assert.deepStrictEqual(res.getHeaderNames(), ['x-multi', 'content-type']);
    assert.strictEqual(res.hasHeader('content-type'), true);
    res.end(`${req.method} ${req.url} ${req.headers['x-test'] || '-'} ${body}`);
    assert.throws(() => res.setHeader('a', 'b'), { code: 'ERR_HTTP_HEADERS_SENT' });
  });
});

function request(port, options, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', ...options }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks).toString(), reused: req.reusedSocket }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  const a = await request(port, { path: '/a?x=1', headers: { 'X-Test': 'yes' }, agent });
  assert.strictEqual(a.res.statusCode, 200);
  assert.strictEqual(a.res.statusMessage, 'OK');
  assert.strictEqual(a.res.httpVersion, '1.1');
  assert.strictEqual(a.body, 'GET /a?x=1 yes ');
  assert.strictEqual(a.res.headers['x-multi'], 'a, b');
  assert.strictEqual(a.res.headers['content-length'], String(a.body.length));
  assert.strictEqual(a.res.headers.connection, 'keep-alive');
  assert.strictEqual(a.res.headers['keep-alive'], 'timeout=5');
  assert.deepStrictEqual(a.res.rawHeaders.slice(0, 4), ['X-Multi', 'a', 'X-Multi', 'b']);
  assert.strictEqual(a.reused, false);

  const b = await request(port, { method: 'POST', path: '/b', agent }, 'payload');
  assert.strictEqual(b.body, 'POST /b - payload');
  assert.strictEqual(b.reused, true);

  const h = await request(port, { method: 'HEAD', path: '/h', agent });
  assert.strictEqual(h.body, '');
  assert.strictEqual(h.res.headers['content-length'], undefined);

  const n = await request(port, { path: '/204', agent });
  assert.strictEqual(n.res.statusCode, 204);
  assert.strictEqual(n.body, '');

  // http.get with a URL string and no agent pooling
  const g = await new Promise((resolve) => {
    http.get(`http://127.0.0.1:${port}/get`, { agent: false }, (res) => {
      let s = '';
      res.on('data', (d) => { s += d; });
      res.on('end', () => resolve(s));
    });
  });
  assert.strictEqual(g, 'GET /get - ');

  assert.deepStrictEqual(seen, ['GET /a?x=1 1.1', 'POST /b 1.1', 'HEAD /h 1.1', 'GET /204 1.1', 'GET /get 1.1']);
  agent.destroy();
  server.close();
});
