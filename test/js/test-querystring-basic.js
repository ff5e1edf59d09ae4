'use strict';
// node:querystring: parse (separators, maxKeys, decoding rules), stringify, escape, unescape.
const assert = require('assert');
const qs = require('querystring');

function plain(o) {
  assert.strictEqual(Object.getPrototypeOf(o), null);
  return { ...o };
}

assert.deepStrictEqual(plain(qs.parse('a=1&b=2&a=3&c&=d&&e=f=g')), { a: ['1', '3'], b: '2', c: '', '': 'd', e: 'f=g' });
assert.deepStrictEqual(plain(qs.parse('a+b=c+d%20e')), { 'a b': 'c d e' });
assert.deepStrictEqual(plain(qs.parse('foo=%zx&bar=%E4%BD%A0')), { foo: '%zx', bar: '你' });
assert.deepStrictEqual(plain(qs.parse('a=%E4%BD')), { a: '\ufffd' });
assert.deepStrictEqual(plain(qs.parse('%\u0100=%\u0101')), { '%Ā': '%ā' });
assert.deepStrictEqual(plain(qs.parse('foo=>bar&&bar=>baz', '&&', '=>')), { foo: 'bar', bar: 'baz' });
assert.deepStrictEqual(plain(qs.parse('a:1;b:2', ';', ':')), { a: '1', b: '2' });
assert.deepStrictEqual(plain(qs.parse('aab', 'ab')), { aab: '' });
assert.deepStrictEqual(plain(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 })), { a: '1', b: '2' });
assert.deepStrictEqual(plain(qs.parse('&a', null, null, { maxKeys: 1 })), {});
assert.deepStrictEqual(plain(qs.parse('a=1&b=2', null, null, { maxKeys: 0 })), { a: '1', b: '2' });
assert.deepStrictEqual(plain(qs.parse('a=a', null, null, { decodeURIComponent: (s) => s.toUpperCase() })), { A: 'A' });
assert.deepStrictEqual(plain(qs.parse('a+b=c', null, null, { decodeURIComponent: (s) => `<${s}>` })), { '<a%20b>': '<c>' });
assert.deepStrictEqual(plain(qs.parse('a=%41', null, null, { decodeURIComponent() { throw new Error(); } })), { a: 'A' });
assert.deepStrictEqual(plain(qs.parse(undefined)), {});
assert.deepStrictEqual(plain(qs.parse('a', null, [])), { '': 'a' });
assert.strictEqual(qs.decode, qs.parse);

assert.strictEqual(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: NaN, f: 1e21, g: 2n, h: {} }),
  'a=1&a=2&b=x%20y&c=true&d=&e=&f=1e%2B21&g=2&h=');
assert.strictEqual(qs.stringify({ a: [], b: 1 }), 'b=1');
assert.strictEqual(qs.stringify({ a: 'b' }, ';', ':'), 'a:b');
assert.strictEqual(qs.stringify({ a: 'é' }, null, null, { encodeURIComponent: (s) => s }), 'a=é');
assert.strictEqual(qs.stringify('str'), '');
assert.strictEqual(qs.encode, qs.stringify);
assert.throws(() => qs.stringify({ a: '\udc00' }), { code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed' });

assert.strictEqual(qs.escape("AZaz09-._~!'()* é/€😀"), "AZaz09-._~!'()*%20%C3%A9%2F%E2%82%AC%F0%9F%98%80");
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape({ toString() { return 'a b'; } }), 'a%20b');
assert.strictEqual(qs.escape('\ud801x'), '%F0%90%91%B8'); // a surrogate takes the next unit along
assert.throws(() => qs.escape('\ud801'), { code: 'ERR_INVALID_URI' });
assert.throws(() => qs.escape(Symbol('s')), TypeError);

assert.strictEqual(qs.unescape('%41%2'), 'A%2');
assert.strictEqual(qs.unescape('a+b', true), 'a+b');
assert.strictEqual(qs.unescape('%zz+', true), '%zz ');
if (typeof Buffer === 'function') { // node:buffer may not exist in jnode yet
  const bytes = qs.unescapeBuffer('%d3%f2Ug%1f+');
  assert(Buffer.isBuffer(bytes));
  assert.deepStrictEqual([...bytes], [0xd3, 0xf2, 0x55, 0x67, 0x1f, 0x2b]);
  assert.deepStrictEqual([...qs.unescapeBuffer('a+b', true)], [0x61, 0x20, 0x62]);
}

// parse() uses an overridden qs.unescape, stringify() an overridden qs.escape.
{
  const original = qs.unescape;
  qs.unescape = (s) => s.replace(/o/g, '_');
  assert.deepStrictEqual(plain(qs.parse('foo=bor')), { f__: 'b_r' });
  qs.unescape = original;
  const esc = qs.escape;
  qs.escape = (s) => `[${s}]`;
  assert.strictEqual(qs.stringify({ a: 1 }), '[a]=[1]');
  qs.escape = esc;
}
