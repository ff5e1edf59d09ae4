'use strict';
// fetch's Headers, Request and Response on their own: headers normalization and order, bodies
// read once in every form, cloning, the static Response constructors, Node's errors.
const assert = require('assert');
const util = require('util');

// ---- Headers ----
assert.throws(() => new Headers([['a']]), {
  name: 'TypeError', message: 'Headers constructor: expected name/value pair to be length 2, found 1.',
});
assert.throws(() => new Headers({ 'a b': '1' }), {
  name: 'TypeError', message: 'Headers.append: "a b" is an invalid header name.',
});
assert.throws(() => new Headers({ a: 'x\ny' }), { name: 'TypeError', message: 'Headers.append: "x\ny" is an invalid header value.' });
assert.throws(() => new Headers().get(), { name: 'TypeError', message: 'Headers.get: 1 argument required, but 0 found.' });

const h = new Headers({ B: ' 2 ', a: '1' });
h.append('a', '3');
h.append('Set-Cookie', 'x=1');
h.append('set-cookie', 'y=2');
assert.deepStrictEqual([...h], [['a', '1, 3'], ['b', '2'], ['set-cookie', 'x=1'], ['set-cookie', 'y=2']]);
assert.strictEqual(h.get('A'), '1, 3');
assert.strictEqual(h.get('set-cookie'), 'x=1, y=2');
assert.deepStrictEqual(h.getSetCookie(), ['x=1', 'y=2']);
assert.strictEqual(h.has('b'), true);
assert.strictEqual(h.get('missing'), null);
h.set('b', 'replaced');
h.delete('a');
assert.deepStrictEqual([...h.keys()], ['b', 'set-cookie', 'set-cookie']);
assert.strictEqual(util.inspect(h), "Headers { b: 'replaced', 'Set-Cookie': 'x=1, y=2' }");
const seen = [];
new Headers([['z', '1'], ['y', '2']]).forEach((value, name) => seen.push(`${name}=${value}`));
assert.deepStrictEqual(seen, ['y=2', 'z=1']);
assert.deepStrictEqual([...new Headers(new Headers({ k: 'v' }))], [['k', 'v']]);

(async () => {
  // ---- Response ----
  const r = new Response('hi', { status: 201, headers: { x: '1' } });
  assert.deepStrictEqual([r.status, r.ok, r.statusText, r.type, r.url, r.redirected, r.bodyUsed],
    [201, true, '', 'default', '', false, false]);
  assert.strictEqual(r.headers.get('content-type'), 'text/plain;charset=UTF-8');
  assert.ok(r.body instanceof ReadableStream);
  assert.strictEqual(await r.text(), 'hi');
  assert.strictEqual(r.bodyUsed, true);
  await assert.rejects(r.text(), { name: 'TypeError', message: 'Body is unusable: Body has already been read' });

  assert.throws(() => new Response('x', { status: 99 }), {
    name: 'RangeError', message: 'init["status"] must be in the range of 200 to 599, inclusive.',
  });
  assert.throws(() => new Response('x', { status: 204 }), {
    name: 'TypeError', message: 'Response constructor: Invalid response status code 204',
  });
  assert.throws(() => new Response(null, { statusText: 'a\nb' }), { name: 'TypeError', message: 'Invalid statusText' });

  const json = Response.json({ a: 1 });
  assert.strictEqual(json.headers.get('content-type'), 'application/json');
  assert.deepStrictEqual(await json.json(), { a: 1 });
  const error = Response.error();
  assert.deepStrictEqual([error.type, error.status, error.body], ['error', 0, null]);
  assert.throws(() => Response.redirect('/x'), { name: 'TypeError', message: 'Failed to parse URL from /x' });
  assert.strictEqual(Response.redirect('http://a/x', 301).headers.get('location'), 'http://a/x');
  assert.throws(() => Response.redirect('http://a/x', 200), { name: 'RangeError', message: 'Invalid status code 200' });

  assert.strictEqual(await new Response(new Uint8Array([104, 105])).text(), 'hi');
  assert.strictEqual((await new Response('ab').arrayBuffer()).byteLength, 2);
  assert.deepStrictEqual(await new Response('ab').bytes(), new Uint8Array([97, 98]));
  const blob = await new Response('ab').blob();
  assert.strictEqual(blob.type, 'text/plain;charset=utf-8');
  assert.strictEqual(await blob.text(), 'ab');
  const form = new Response(new URLSearchParams('a=1'));
  assert.strictEqual(form.headers.get('content-type'), 'application/x-www-form-urlencoded;charset=UTF-8');
  assert.strictEqual(await form.text(), 'a=1');
  assert.strictEqual(await new Response().text(), '');

  const original = new Response('cl');
  const copy = original.clone();
  assert.strictEqual(await original.text(), 'cl');
  assert.strictEqual(await copy.text(), 'cl');
  assert.throws(() => original.clone(), { name: 'TypeError' });

  // a stream body, read through the stream
  const streamed = new Response(new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('str'));
      c.enqueue(new TextEncoder().encode('eam'));
      c.close();
    },
  }));
  assert.strictEqual(await streamed.text(), 'stream');

  // ---- Request ----
  const q = new Request('http://example.com/a?b', { method: 'post', body: 'x', headers: { a: '1' } });
  assert.deepStrictEqual(
    [q.method, q.url, q.headers.get('content-type'), q.mode, q.credentials, q.cache, q.redirect,
      q.referrer, q.destination, q.duplex, q.keepalive, q.integrity],
    ['POST', 'http://example.com/a?b', 'text/plain;charset=UTF-8', 'cors', 'same-origin', 'default',
      'follow', 'about:client', '', 'half', false, '']);
  assert.ok(q.signal instanceof AbortSignal);
  assert.strictEqual(await q.clone().text(), 'x');
  assert.strictEqual(await q.text(), 'x');
  assert.strictEqual(new Request('http://a/', { method: 'patch' }).method, 'patch');
  assert.throws(() => new Request('/rel'), { name: 'TypeError', message: 'Failed to parse URL from /rel' });
  assert.throws(() => new Request('http://a', { method: 'GET', body: 'x' }), {
    name: 'TypeError', message: 'Request with GET/HEAD method cannot have body.',
  });
  assert.throws(() => new Request('http://a', { method: 'CONNECT' }), {
    name: 'TypeError', message: "'CONNECT' HTTP method is unsupported.",
  });
  const ac = new AbortController();
  const aborting = new Request('http://a/', { signal: ac.signal });
  ac.abort(new Error('stop'));
  assert.strictEqual(aborting.signal.aborted, true);
  assert.strictEqual(aborting.signal.reason.message, 'stop');
  const derived = new Request(new Request('http://a/x', { method: 'PUT', body: 'moved' }));
  assert.strictEqual(derived.method, 'PUT');
  assert.strictEqual(await derived.text(), 'moved');
})().then(() => console.log('ok'));
