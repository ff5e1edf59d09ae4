'use strict';
// URLSearchParams: constructors, methods, iteration, sorting, serialization, URL linkage.
const assert = require('assert');
const util = require('util');

assert.strictEqual(new URLSearchParams('?a=1&b=2&a=3').getAll('a').join(), '1,3');
assert.strictEqual(new URLSearchParams({ a: 1, b: [1, 2] }).toString(), 'a=1&b=1%2C2');
assert.strictEqual(new URLSearchParams([['a', 'b'], new Set(['c', 'd'])]).toString(), 'a=b&c=d');
assert.strictEqual(new URLSearchParams(new URLSearchParams('x=1')).toString(), 'x=1');
assert.strictEqual(new URLSearchParams(undefined).toString(), '');
assert.strictEqual(new URLSearchParams(null).toString(), 'null=');
assert.throws(() => new URLSearchParams([['a']]), {
  code: 'ERR_INVALID_TUPLE', message: 'Each query pair must be an iterable [name, value] tuple',
});
assert.throws(() => new URLSearchParams([1]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 5 }), {
  code: 'ERR_ARG_NOT_ITERABLE', message: 'Query pairs must be iterable',
});

// Decoding and encoding (application/x-www-form-urlencoded).
{
  const sp = new URLSearchParams('a=%F0%9F%98%80&b=\ud800&%zz=1&c=+%2B&&d');
  assert.deepStrictEqual([...sp], [['a', '😀'], ['b', '\ufffd'], ['%zz', '1'], ['c', ' +'], ['d', '']]);
  assert.strictEqual(sp.toString(), 'a=%F0%9F%98%80&b=%EF%BF%BD&%25zz=1&c=+%2B&d=');
  assert.strictEqual(new URLSearchParams({ k: "*-._ !'()~" }).toString(), 'k=*-._+%21%27%28%29%7E');
  assert.strictEqual(new URLSearchParams('a=%E4%BD').get('a'), '\ufffd');
}

// Methods.
{
  const sp = new URLSearchParams('a=1&a=2&b=1');
  assert.strictEqual(sp.size, 3);
  assert.strictEqual(sp.get('a'), '1');
  assert.strictEqual(sp.get('zz'), null);
  assert.strictEqual(sp.has('a', '2'), true);
  assert.strictEqual(sp.has('a', '3'), false);
  sp.delete('a', '2');
  assert.strictEqual(sp.toString(), 'a=1&b=1');
  sp.set('b', 'x');
  sp.append('a', 'y');
  sp.set('a', 'z');
  assert.strictEqual(sp.toString(), 'a=z&b=x');
  sp.delete('a');
  assert.strictEqual(sp.toString(), 'b=x');
  assert.throws(() => sp.append('a'), { code: 'ERR_MISSING_ARGS', message: 'The "name" and "value" arguments must be specified' });
  assert.throws(() => sp.get(), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => sp.forEach(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => URLSearchParams.prototype.get.call({}, 'a'), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParams',
  });
}

// Sorting is stable and by UTF-16 code units.
{
  const sp = new URLSearchParams('z=1&a=2&\uFFFD=3&\u{1F600}=4&a=1');
  sp.sort();
  assert.deepStrictEqual([...sp.keys()], ['a', 'a', 'z', '\u{1F600}', '\uFFFD']);
  assert.deepStrictEqual([...sp.values()], ['2', '1', '1', '4', '3']);
}

// Iteration is live; forEach passes (value, name, params).
{
  const sp = new URLSearchParams('a=1&b=2');
  const seen = [];
  for (const [k] of sp) {
    seen.push(k);
    if (k === 'a') sp.append('c', '3');
  }
  assert.deepStrictEqual(seen, ['a', 'b', 'c']);
  const calls = [];
  sp.forEach(function(v, k, p) { calls.push([v, k, p === sp, this.t]); }, { t: 1 });
  assert.deepStrictEqual(calls[0], ['1', 'a', true, 1]);
  assert.strictEqual(sp[Symbol.iterator], sp.entries);
}

// Linked to its URL in both directions; [SameObject].
{
  const u = new URL('http://x/?a=1#f');
  const sp = u.searchParams;
  assert.strictEqual(u.searchParams, sp);
  sp.append('b', '2 3');
  assert.strictEqual(u.href, 'http://x/?a=1&b=2+3#f');
  u.search = '?c=4';
  assert.strictEqual(sp.toString(), 'c=4');
  u.href = 'http://y/?d=5';
  assert.strictEqual(sp.get('d'), '5');
  sp.delete('d');
  assert.strictEqual(u.href, 'http://y/');
  const o = new URL('data:text  ?a=1');
  o.searchParams.delete('a');
  assert.strictEqual(o.href, 'data:text %20');
}

// Inspection and tags.
{
  const sp = new URLSearchParams('?a=a&b=b&b=c');
  assert.strictEqual(util.inspect(sp), "URLSearchParams { 'a' => 'a', 'b' => 'b', 'b' => 'c' }");
  assert.strictEqual(util.inspect(sp, { depth: -1 }), '[Object]');
  assert.strictEqual(util.inspect(sp, { breakLength: 1 }), "URLSearchParams {\n  'a' => 'a',\n  'b' => 'b',\n  'b' => 'c' }");
  assert.strictEqual(util.inspect(sp.keys()), "URLSearchParams Iterator { 'a', 'b', 'b' }");
  const it = sp.entries();
  it.next();
  assert.strictEqual(util.inspect(it), "URLSearchParams Iterator { [ 'b', 'b' ], [ 'b', 'c' ] }");
  it.next();
  it.next();
  assert.strictEqual(util.inspect(it), 'URLSearchParams Iterator {  }');
  assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
  assert.strictEqual(Object.prototype.toString.call(sp), '[object URLSearchParams]');
  assert.strictEqual(Object.prototype.toString.call(sp.keys()), '[object URLSearchParams Iterator]');
  assert.deepStrictEqual(Object.getOwnPropertyNames(URLSearchParams.prototype), ['constructor', 'size', 'append',
    'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']);
}
