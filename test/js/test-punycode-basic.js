'use strict';
// node:punycode: RFC 3492 encode/decode, toASCII/toUnicode, ucs2, version, and its DEP0040
// deprecation warning (once, when required from outside node_modules).
const assert = require('assert');

const warnings = [];
process.on('warning', (w) => warnings.push([w.name, w.code, w.message]));

const punycode = require('punycode');
assert.strictEqual(require('node:punycode'), punycode);
assert.deepStrictEqual(Object.keys(punycode), ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']);
assert.strictEqual(punycode.version, '2.1.0');

assert.strictEqual(punycode.encode('Bücher'), 'Bcher-kva');
assert.strictEqual(punycode.encode('日本語'), 'wgv71a119e');
assert.strictEqual(punycode.encode('𩸽'), 'x73l');
assert.strictEqual(punycode.decode('Bcher-kva'), 'Bücher');
assert.strictEqual(punycode.decode('egbpdaj6bu4bxfgehfvwxn'),
  '\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F');
assert.throws(() => punycode.decode(' '), /^RangeError: Invalid input$/);
assert.throws(() => punycode.decode('α-'), /^RangeError: Illegal input >= 0x80 \(not a basic code point\)$/);
assert.throws(() => punycode.decode('99999999999999'), /^RangeError: Overflow: input needs wider integers to process$/);

assert.strictEqual(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
assert.strictEqual(punycode.toASCII('джумла@джpумлатест.bрфa'), 'джумла@xn--p-8sbkgc5ag7bhce.xn--ba-lmcq');
assert.strictEqual(punycode.toASCII('例子\u3002测试'), 'xn--fsqu00a.xn--0zwm56d');
assert.strictEqual(punycode.toASCII('ExAmple.COM'), 'ExAmple.COM');
assert.strictEqual(punycode.toUnicode('xn--maana-pta.com'), 'mañana.com');
assert.strictEqual(punycode.toUnicode('XN--MAANA-PTA.com'), 'XN--MAANA-PTA.com');

assert.deepStrictEqual(punycode.ucs2.decode('a\ud834\udf06\ud800'), [0x61, 0x1D306, 0xD800]);
assert.strictEqual(punycode.ucs2.encode([0x61, 0x1D306, 0xD800]), 'a\ud834\udf06\ud800');

process.on('exit', () => {
  assert.deepStrictEqual(warnings, [['DeprecationWarning', 'DEP0040',
    'The `punycode` module is deprecated. Please use a userland alternative instead.']]);
});
