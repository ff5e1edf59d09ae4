'use strict';
// Chunked bodies both ways, trailers both ways, a streamed response read in pieces.
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
  const parts = [];
  req.on('data', (d) => parts.push(d.toString()));
  req.on('end', () => {
    assert.deepStrictEqual(req.trailers, { 'x-req-trailer': 'sent' });
    assert.deepStrictEqual(req.rawTrailers, ['X-Req-Trailer', 'sent']);
    res.setHeader('Trailer', 'X-Sum');
    res.write('one,');
    res.write(Buffer.from('two,'));
    setTimeout(() => {
      res.addTrailers({ 'X-Sum': String(parts.join('').length) });
      res.end('three');
    }, 10);
  });
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'PUT' }, (res) => {
    assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
    assert.strictEqual(res.headers['content-length'], undefined);
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      assert.strictEqual(body, 'one,two,three');
      assert.deepStrictEqual(res.trailers, { 'x-sum': '11' });
      server.close();
    });
  });
  req.write('hello ');
  req.write('world');
  req.addTrailers({ 'X-Req-Trailer': 'sent' });
  req.end();
});
