'use strict';
// fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII / domainToUnicode.
const assert = require('assert');
const url = require('url');
const path = require('path');

assert.strictEqual(url.fileURLToPath('file:///a/b%20c'), '/a/b c');
assert.strictEqual(url.fileURLToPath(new URL('file://localhost/x/%C3%A9')), '/x/é');
assert.throws(() => url.fileURLToPath('file://host/a'), {
  code: 'ERR_INVALID_FILE_URL_HOST', message: 'File URL host must be "localhost" or empty on linux',
});
assert.throws(() => url.fileURLToPath('http://host/a'), {
  code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file',
});
assert.throws(() => url.fileURLToPath('file:///a%2Fb'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_FILE_URL_PATH');
  assert.strictEqual(err.message, 'File URL path must not include encoded / characters');
  assert(err.input instanceof URL);
  return true;
});
assert.throws(() => url.fileURLToPath(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of URL. Received type number (5)',
});
assert.throws(() => url.fileURLToPath('nope'), { code: 'ERR_INVALID_URL' });

assert.strictEqual(url.pathToFileURL('/a b/c%d#e?f\\g').href, 'file:///a%20b/c%25d%23e%3Ff%5Cg');
assert.strictEqual(url.pathToFileURL('/tmp/').href, 'file:///tmp/');
assert.strictEqual(url.pathToFileURL('/x/\u00e9\n').href, 'file:///x/%C3%A9%0A');
assert.strictEqual(url.pathToFileURL('rel').href, new URL(`file://${path.resolve('rel')}`).href);
assert.strictEqual(url.fileURLToPath(url.pathToFileURL('/a b/%/#?')), '/a b/%/#?');
assert.throws(() => url.pathToFileURL(5), { code: 'ERR_INVALID_ARG_TYPE' });

const opts = url.urlToHttpOptions(new URL('http://u%20x:p@[::1]:80/a?b#c'));
assert.deepStrictEqual({ ...opts }, {
  protocol: 'http:', hostname: '::1', hash: '#c', search: '?b', pathname: '/a', path: '/a?b',
  href: 'http://u%20x:p@[::1]/a?b#c', auth: 'u x:p',
});
assert.strictEqual(url.urlToHttpOptions(new URL('http://a:81/')).port, 81);
assert.throws(() => url.urlToHttpOptions('http://a'), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(url.domainToASCII('EXAMPLE.com'), 'example.com');
assert.strictEqual(url.domainToASCII('español.com'), 'xn--espaol-zwa.com');
assert.strictEqual(url.domainToASCII('中文.com'), 'xn--fiq228c.com');
assert.strictEqual(url.domainToASCII('xn--iñvalid.com'), '');
assert.strictEqual(url.domainToASCII('1.2.3'), '1.2.0.3');
assert.strictEqual(url.domainToUnicode('xn--espaol-zwa.com'), 'español.com');
assert.strictEqual(url.domainToUnicode('xn--fiq228c.com'), '中文.com');
assert.strictEqual(url.domainToUnicode('xn--ab-j1t'), 'xn--ab-j1t'); // a ZWNJ b is not a valid label
assert.strictEqual(url.domainToUnicode('xn--iñvalid.com'), '');
assert.throws(() => url.domainToASCII(), { code: 'ERR_MISSING_ARGS' });
for (const [domain, ascii] of [['ıíd', 'xn--d-iga7r'], ['يٴ', 'xn--mhb8f'], ['www.ϧƽəʐ.com', 'www.xn--cja62apfr6c.com'],
  ['новини.com', 'xn--b1amarcd.com'], ['名がドメイン.com', 'xn--v8jxj3d1dzdz08w.com'], ['भारत.org', 'xn--h2brj9c.org']]) {
  assert.strictEqual(url.domainToASCII(domain), ascii);
  assert.strictEqual(url.domainToUnicode(ascii), domain);
}
