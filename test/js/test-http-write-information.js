'use strict';
// response.writeInformation(): any 1xx but 101 before the final head, seen by the client as
// 'information' events; Node's errors for bad codes and for a head already sent.
// (Node 26 no longer has the old writeHeader alias.)
const assert = require('assert');
const http = require('http');

assert.strictEqual(http.ServerResponse.prototype.writeHeader, undefined);

const server = http.createServer((req, res) => {
  assert.throws(() => res.writeInformation(101), {
    code: 'ERR_HTTP_INVALID_STATUS_CODE', message: 'Invalid status code: 101',
  });
  assert.throws(() => res.writeInformation(200), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "statusCode" is out of range. It must be >= 100 && <= 199. Received 200',
  });
  assert.throws(() => res.writeInformation('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "statusCode" argument must be of type number. Received type string (\'x\')',
  });
  assert.throws(() => res.writeInformation(110, { 'Bad Name': '1' }), { code: 'ERR_INVALID_HTTP_TOKEN' });
  let written = false;
  res.writeInformation(110, { 'X-Progress': '50%' }, () => { written = true; });
  res.writeInformation(103, ['Link', '</a.css>; rel=preload']);
  setTimeout(() => {
    assert.strictEqual(written, true);
    res.end('done');
    assert.throws(() => res.writeInformation(110), {
      code: 'ERR_HTTP_HEADERS_SENT', message: 'Cannot write headers after they are sent to the client',
    });
  }, 20);
});

server.listen(0, '127.0.0.1', () => {
  const infos = [];
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  req.on('information', (info) => infos.push([info.statusCode, info.statusMessage, info.headers, info.rawHeaders]));
  req.on('response', (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      assert.strictEqual(res.statusCode, 200);
      assert.strictEqual(body, 'done');
      assert.deepStrictEqual(infos, [
        [110, 'unknown', { 'x-progress': '50%' }, ['X-Progress', '50%']],
        [103, 'Early Hints', { link: '</a.css>; rel=preload' }, ['Link', '</a.css>; rel=preload']],
      ]);
      server.close();
    });
  });
});
