'use strict';
// Starts ./app.js on a free port and checks its answers with node:http requests.
const assert = require('assert');
const { json, request } = require('./http-check');
const app = require('./app');

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  try {
    let r = await request(port, 'GET', '/api/users/1');
    assert.strictEqual(r.status, 200);
    assert.match(r.headers['content-type'], /^application\/json/);
    assert.deepStrictEqual(json(r), { id: '1', name: 'Ada' });

    r = await request(port, 'GET', '/api/users/42');
    assert.strictEqual(r.status, 404);
    assert.deepStrictEqual(json(r), { error: 'no user 42' });

    r = await request(port, 'POST', '/api/users', {
      body: JSON.stringify({ name: 'Grace' }),
      headers: { 'content-type': 'application/json' },
    });
    assert.strictEqual(r.status, 201);
    assert.strictEqual(r.headers.location, '/api/users/2');
    assert.deepStrictEqual(json(r), { id: '2', name: 'Grace' });
    r = await request(port, 'GET', '/api/users/2');
    assert.deepStrictEqual(json(r), { id: '2', name: 'Grace' });

    r = await request(port, 'POST', '/api/users', {
      body: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    assert.strictEqual(r.status, 400);
    assert.deepStrictEqual(json(r), { error: 'bad json' });

    r = await request(port, 'POST', '/api/users', { body: 'name=x', headers: { 'content-type': 'text/plain' } });
    assert.strictEqual(r.status, 400);
    assert.deepStrictEqual(json(r), { error: 'name is required' });

    r = await request(port, 'GET', '/api/files/docs/report.pdf');
    assert.deepStrictEqual(json(r), { dir: 'docs', name: 'report', ext: 'pdf' });

    r = await request(port, 'GET', '/static/');
    assert.strictEqual(r.status, 200);
    assert.match(r.headers['content-type'], /^text\/html/);
    assert.match(r.text, /served by express\.static/);
    r = await request(port, 'GET', '/static/site.css');
    assert.strictEqual(r.status, 200);
    assert.match(r.headers['content-type'], /^text\/css/);
    assert.strictEqual(r.text, 'body { color: #333; }\n');
    assert.ok(r.headers.etag);
    const again = await request(port, 'GET', '/static/site.css', { headers: { 'if-none-match': r.headers.etag } });
    assert.strictEqual(again.status, 304);
    r = await request(port, 'HEAD', '/static/site.css');
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.text, '');
    assert.strictEqual(r.headers['content-length'], '22');

    r = await request(port, 'GET', '/api/fail');
    assert.strictEqual(r.status, 500);
    assert.deepStrictEqual(json(r), { error: 'boom' });
    r = await request(port, 'GET', '/api/fail-async');
    assert.strictEqual(r.status, 418);
    assert.deepStrictEqual(json(r), { error: 'teapot' });

    r = await request(port, 'GET', '/nowhere?x=1');
    assert.strictEqual(r.status, 404);
    assert.strictEqual(r.text, 'Not here: GET /nowhere');
    r = await request(port, 'DELETE', '/static/site.css');
    assert.strictEqual(r.status, 404);

    console.log('express app: ok');
  } finally {
    server.close();
  }
});
