'use strict';
// The legacy url API: url.parse (Url objects), url.format, url.resolve, url.resolveObject.
const assert = require('assert');
const url = require('url');

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code}`));

function fields(u) {
  return { ...u };
}

assert.deepStrictEqual(fields(url.parse('http://user:pass@Host.com:8080/p/a/t/h?query=string#hash')), {
  protocol: 'http:', slashes: true, auth: 'user:pass', host: 'host.com:8080', port: '8080',
  hostname: 'host.com', hash: '#hash', search: '?query=string', query: 'query=string',
  pathname: '/p/a/t/h', path: '/p/a/t/h?query=string', href: 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
});
const q = url.parse('/a?x=1&x=2&y', true);
assert.deepStrictEqual(Object.getPrototypeOf(q.query), null);
assert.deepStrictEqual({ ...q.query }, { x: ['1', '2'], y: '' });
assert.strictEqual(url.parse('/a', true).search, null);
assert.deepStrictEqual({ ...url.parse('/a', true).query }, {});
assert(url.parse('x') instanceof url.Url);
assert.deepStrictEqual(Object.keys(new url.Url()), ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname',
  'hash', 'search', 'query', 'pathname', 'path', 'href']);

// slashesDenoteHost, backslashes, whitespace, escaping, IPv6, IDNA.
assert.strictEqual(url.parse('//host/x').host, null);
assert.strictEqual(url.parse('//host/x', false, true).host, 'host');
assert.strictEqual(url.parse('http://x.com\\y\\z?a\\b').href, 'http://x.com/y/z?a%5Cb');
assert.strictEqual(url.parse(' \t http://x.com/ \n ').href, 'http://x.com/');
assert.strictEqual(url.parse('http://x.com/a b<c>"d').pathname, '/a%20b%3Cc%3E%22d');
assert.strictEqual(url.parse('http://a b.com/').href, 'http://a/%20b.com/');
assert.deepStrictEqual([url.parse('http://[::1]:80/x').hostname, url.parse('http://[::1]:80/x').host], ['::1', '[::1]:80']);
assert.strictEqual(url.parse('http://ÄÖ.com/p').hostname, 'xn--4ca0b.com');
assert.strictEqual(url.parse('mailto:a@b.c').auth, 'a');
assert.strictEqual(url.parse('javascript:alert(1) x').pathname, 'alert(1) x');
assert.strictEqual(url.parse('http://a@b@c/').href, 'http://a%40b@c/');

// Errors.
assert.throws(() => url.parse(5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "url" argument must be of type string. Received type number (5)',
});
assert.throws(() => url.parse('http://a.com:abc/'), { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(() => url.parse('http://fail\u2100fail.com/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => url.parse('http://%E0%A4%A@fail'), URIError);

// format.
assert.strictEqual(url.format({ protocol: 'https', hostname: 'a.com', pathname: 'x', query: { a: [1, 2] } }),
  'https://a.com/x?a=1&a=2');
assert.strictEqual(url.format({ protocol: 'http:', hostname: 'a:b', port: 8 }), 'http://[a:b]:8');
assert.strictEqual(url.format({ protocol: 'file' }), 'file://');
assert.strictEqual(url.format({ protocol: 'mailto', pathname: 'x', host: 'h' }), 'mailto:hx');
assert.strictEqual(url.format({ pathname: 'a#b?c', search: 'x#y', hash: 'h' }), 'a%23b%3Fc?x%23y#h');
assert.strictEqual(url.format({ protocol: 'http', host: 'x', auth: 'a b:c@d' }), 'http://a%20b:c%40d@x');
assert.strictEqual(url.format('HTTP://X.com'), 'http://x.com/');
assert.throws(() => url.format(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "urlObject" argument must be one of type object or string. Received type number (5)',
});
// format of a WHATWG URL with options.
const w = new URL('http://u:p@xn--fa-hia.de/a?b#c');
assert.strictEqual(url.format(w), 'http://u:p@xn--fa-hia.de/a?b#c');
assert.strictEqual(url.format(w, { unicode: true, auth: false }), 'http://faß.de/a?b#c');
assert.strictEqual(url.format(w, { search: false, fragment: false }), 'http://u:p@xn--fa-hia.de/a');
assert.throws(() => url.format(w, 5), { code: 'ERR_INVALID_ARG_TYPE' });

// resolve and resolveObject.
const cases = [
  ['http://a/b/c/d;p?q', 'g;x?y#s', 'http://a/b/c/g;x?y#s'],
  ['http://a/b/c/d;p?q', '../../../g', 'http://a/g'],
  ['http://a/b/c/d;p?q', '//g', 'http://g/'],
  ['http://a/b/c/d;p?q', '?y', 'http://a/b/c/d;p?y'],
  ['http://a/b/c/d;p?q', '.', 'http://a/b/c/'],
  ['/foo/bar/baz', '../../../../quux', '/quux'],
  ['foo/bar', '../../../x', '../../x'],
  ['mailto:user@example.org', 'mailto:another.host.com', 'mailto:another.host.com'],
  ['mailto:local1@domain1', 'local2@domain2', 'mailto:local2@domain2'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:/p/a/t/h?s#hash2', 'https://p/a/t/h?s#hash2'],
  ['http://u@a/b', 'http://c/d', 'http://c/d'],
];
for (const [from, to, expected] of cases) {
  assert.strictEqual(url.resolve(from, to), expected, `${from} + ${to}`);
}
assert.strictEqual(url.resolveObject('http://a/b', 'c').href, 'http://a/c');
assert.strictEqual(url.resolveObject('', 'c'), 'c');

process.on('exit', () => {
  // url.parse() warns once (DEP0169); format/resolve do not count.
  assert.deepStrictEqual(warnings, ['DeprecationWarning DEP0169']);
});
