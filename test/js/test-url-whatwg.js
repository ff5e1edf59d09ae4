'use strict';
// WHATWG URL: parsing, serialization, setters, origin, errors, statics and util.inspect output.
const assert = require('assert');
const util = require('util');
const url = require('url');

assert.strictEqual(globalThis.URL, url.URL);
assert.strictEqual(globalThis.URLSearchParams, url.URLSearchParams);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'URL').enumerable, false);

function parts(u) {
  return [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash];
}

// Special schemes, credentials, default ports, percent-encoding sets.
assert.deepStrictEqual(parts(new URL('HTTPS://us er:p@ss@EXAMPLE.com:443/a b/./c/../d?q= "\'#f `')), [
  'https://us%20er:p%40ss@example.com/a%20b/d?q=%20%22%27#f%20%60', 'https://example.com', 'https:',
  'us%20er', 'p%40ss', 'example.com', 'example.com', '', '/a%20b/d', '?q=%20%22%27', '#f%20%60',
]);
assert.deepStrictEqual(parts(new URL('foo://h:1/p?q="\'#x')), [
  'foo://h:1/p?q=%22\'#x', 'null', 'foo:', '', '', 'h:1', 'h', '1', '/p', '?q=%22\'', '#x',
]);
// Opaque paths, blob origins, file URLs.
assert.strictEqual(new URL('mailto:Joe@Example.COM').pathname, 'Joe@Example.COM');
assert.strictEqual(new URL('data:text/plain,a b').href, 'data:text/plain,a b');
assert.strictEqual(new URL('blob:https://a.com:8443/uuid').origin, 'https://a.com:8443');
assert.strictEqual(new URL('blob:ftp://a.com/uuid').origin, 'null');
assert.strictEqual(new URL('file:///C|/x/../y').href, 'file:///C:/y');
assert.strictEqual(new URL('file://localhost/etc').href, 'file:///etc');
assert.strictEqual(new URL('..', 'file:///C:/').href, 'file:///C:/');
assert.strictEqual(new URL('web+demo:/.//not-a-host/').href, 'web+demo:/.//not-a-host/');
assert.strictEqual(new URL('//x/y', 'https://base/').href, 'https://x/y');
assert.strictEqual(new URL('?q', 'http://a/b/c?x#y').href, 'http://a/b/c?q');
assert.strictEqual(new URL('\\\\x\\y', 'http://a/').href, 'http://x/y');
assert.strictEqual(new URL(' \t\nhttp://a/\tb\n ').href, 'http://a/b');

// Hosts: IPv4 number forms, IPv6 compression, IDNA.
assert.strictEqual(new URL('http://0x7f.1/').host, '127.0.0.1');
assert.strictEqual(new URL('http://017700000001/').host, '127.0.0.1');
assert.strictEqual(new URL('http://4294967295/').host, '255.255.255.255');
assert.throws(() => new URL('http://4294967296/'), { code: 'ERR_INVALID_URL' });
assert.strictEqual(new URL('http://[0:0:0:0:0:ffff:1.2.3.4]/').host, '[::ffff:102:304]');
assert.strictEqual(new URL('http://[1:0:0:2:0:0:0:3]/').host, '[1:0:0:2::3]');
assert.strictEqual(new URL('http://faß.ExAmple/').host, 'xn--fa-hia.example');
assert.strictEqual(new URL('http://ＥＸＡＭＰＬＥ．com/').host, 'example.com');
assert.strictEqual(new URL('http://a\u00ADb.com/').host, 'ab.com');
assert.strictEqual(new URL('foo://ExAmple/').host, 'ExAmple');
assert.throws(() => new URL('http://a b/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => new URL('http://[::1/'), { code: 'ERR_INVALID_URL' });

// Errors are TypeErrors with code, input and base.
assert.throws(() => new URL('x', 'bad base'), (err) => {
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'Invalid URL');
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.input, 'x');
  assert.strictEqual(err.base, 'bad base');
  assert.deepStrictEqual(Object.keys(err), ['code', 'input', 'base']);
  return true;
});
assert.throws(() => new URL(), { code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified' });
assert.throws(() => { new URL('http://a/').href = 'nope'; }, { code: 'ERR_INVALID_URL', input: 'nope' });

// Statics.
assert.strictEqual(URL.canParse('x'), false);
assert.strictEqual(URL.canParse('x', 'http://a/'), true);
assert.strictEqual(URL.parse('nope'), null);
assert.strictEqual(URL.parse('/p', 'http://a/').href, 'http://a/p');
assert.throws(() => URL.createObjectURL({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(URL.revokeObjectURL('blob:nothing'), undefined);

// Setters with their state overrides.
{
  const u = new URL('http://example.net/path');
  u.host = 'example.com:65536'; // host set, port out of range ignored
  assert.strictEqual(u.href, 'http://example.com/path');
  u.protocol = 'https:';
  u.port = '443';
  assert.strictEqual(u.href, 'https://example.com/path');
  u.protocol = 'foo'; // special to non-special: no change
  assert.strictEqual(u.protocol, 'https:');
  u.port = '8080abc';
  assert.strictEqual(u.port, '8080');
  u.port = '';
  assert.strictEqual(u.port, '');
  u.username = 'a b';
  u.password = 'c:d';
  assert.strictEqual(u.href, 'https://a%20b:c%3Ad@example.com/path');
  u.hostname = 'other.org:99';
  assert.strictEqual(u.host, 'example.com');
  u.pathname = '/x y/../z';
  u.search = '?a=1 2';
  u.hash = 'frag ment';
  assert.strictEqual(u.href, 'https://a%20b:c%3Ad@example.com/z?a=1%202#frag%20ment');
  u.search = '';
  u.hash = '';
  assert.strictEqual(u.href, 'https://a%20b:c%3Ad@example.com/z');
  const o = new URL('data:space    ?query#frag');
  o.hash = '';
  o.search = '';
  assert.strictEqual(o.href, 'data:space   %20'); // the space before '?' was encoded when parsed
  const f = new URL('file:///a');
  f.username = 'x';
  f.port = '1';
  assert.strictEqual(f.href, 'file:///a');
}

// Members are enumerable and in the WebIDL order; toJSON and toString.
{
  const u = new URL('http://user:pass@foo.bar.com:21/aaa/zzz?l=24#test');
  const props = [];
  for (const p in u) props.push(p);
  assert.deepStrictEqual(props, ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
    'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']);
  assert.strictEqual(JSON.stringify({ u }), '{"u":"http://user:pass@foo.bar.com:21/aaa/zzz?l=24#test"}');
  assert.strictEqual(`${u}`, u.href);
  assert.strictEqual(Object.prototype.toString.call(u), '[object URL]');
  assert.throws(() => URL.prototype.toString.call({}), { name: 'TypeError' });
}

// util.inspect, as Node prints it.
{
  const u = new URL('https://username:password@host.name:8080/path/name/?que=ry#hash');
  assert.strictEqual(util.inspect(u), `URL {
  href: 'https://username:password@host.name:8080/path/name/?que=ry#hash',
  origin: 'https://host.name:8080',
  protocol: 'https:',
  username: 'username',
  password: 'password',
  host: 'host.name:8080',
  hostname: 'host.name',
  port: '8080',
  pathname: '/path/name/',
  search: '?que=ry',
  searchParams: URLSearchParams { 'que' => 'ry' },
  hash: '#hash'
}`);
  assert.strictEqual(util.inspect({ a: u }, { depth: 0 }), '{ a: URL {} }');
  class MyURL extends URL {}
  assert(util.inspect(new MyURL('http://x/')).startsWith('MyURL {'));
  assert.match(util.inspect(u, { showHidden: true }), /Symbol\(context\): URLContext \{\n {4}href: 'https:\/\/username/);
  assert.match(util.inspect(u, { showHidden: true }), /host_start: 25,\n {4}host_end: 35,/);
}
