'use strict';
// Strings written to a socket are encoded as Node encodes them: a lone surrogate becomes U+FFFD
// (EF BF BD), each chunk of a corked writev on its own (halves of a pair in two chunks stay two
// replacement characters), latin1 and UTF-8 chunks mixed, and an HTTP response's head and body.
const assert = require('assert');
const net = require('net');
const http = require('http');

function roundTrip(write) {
  return new Promise((resolve) => {
    const server = net.createServer((s) => {
      write(s);
      s.end();
    });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      const bufs = [];
      c.on('data', (d) => bufs.push(d));
      c.on('end', () => {
        server.close();
        resolve(Buffer.concat(bufs).toString('hex'));
      });
    });
  });
}

(async () => {
  assert.strictEqual(await roundTrip((s) => s.write('x\ud800y')), '78efbfbd79');
  assert.strictEqual(await roundTrip((s) => {
    s.cork();
    s.write('a\ud800');
    s.write('\udc00b', 'utf8');
    s.write('c\ud800');
    s.uncork();
  }), '61efbfbdefbfbd6263efbfbd');
  assert.strictEqual(await roundTrip((s) => {
    s.cork();
    s.write('\u00e9', 'latin1');
    s.write('\u00e9', 'utf8');
    s.write('', 'hex');
    s.write('\u20ac');
    s.uncork();
  }), 'e9c3a9e282ac');

  const body = 'h\u00e9llo \u20ac\n';
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  for (let i = 0; i < 3; i++) {
    const text = await new Promise((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
        assert.strictEqual(res.statusCode, 200);
        let t = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { t += d; });
        res.on('end', () => resolve(t));
      }).on('error', reject);
    });
    assert.strictEqual(text, body);
  }
  server.close();
  console.log('ok');
})();
