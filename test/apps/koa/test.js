'use strict';
// Starts ./app.js on a free port and checks its answers with node:http requests.
const assert = require('assert');
const { json, request } = require('./http-check');
const app = require('./app');

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  try {
    let r = await request(port, 'GET', '/api/items/1');
    assert.strictEqual(r.status, 200);
    assert.match(r.headers['content-type'], /^application\/json/);
    assert.match(r.headers['x-response-time'], /^\d+(\.\d+)?ms$/);
    assert.deepStrictEqual(json(r), { id: '1', title: 'first' });

    r = await request(port, 'GET', '/api/items/9');
    assert.strictEqual(r.status, 404);
    assert.deepStrictEqual(json(r), { error: 'no item 9' });

    r = await request(port, 'POST', '/api/items', { body: JSON.stringify({ title: 'second' }) });
    assert.strictEqual(r.status, 201);
    assert.deepStrictEqual(json(r), { id: '2', title: 'second' });
    r = await request(port, 'POST', '/api/items', { body: '{' });
    assert.strictEqual(r.status, 400);
    assert.deepStrictEqual(json(r), { error: 'bad json' });
    r = await request(port, 'POST', '/api/items', { body: '{}' });
    assert.strictEqual(r.status, 422);

    r = await request(port, 'GET', '/api/hello/ada?greeting=hi%20there');
    assert.strictEqual(r.status, 200);
    assert.match(r.headers['content-type'], /^text\/plain/);
    assert.strictEqual(r.text, 'hello ada, hi there');

    r = await request(port, 'GET', '/api/kaput');
    assert.strictEqual(r.status, 500);
    assert.deepStrictEqual(json(r), { error: 'internal error' });

    r = await request(port, 'PUT', '/api/items/1');
    assert.strictEqual(r.status, 405);
    assert.strictEqual(r.headers.allow, 'HEAD, GET');

    r = await request(port, 'GET', '/missing');
    assert.strictEqual(r.status, 404);
    assert.strictEqual(r.text, 'Not Found');

    console.log('koa app: ok');
  } finally {
    server.close();
  }
});
