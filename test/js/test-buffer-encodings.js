'use strict';
// Buffer <-> string conversions in every encoding, short (JS path) and long (bulk path).
const assert = require('assert');
const { Buffer, isUtf8, isAscii, transcode, constants, kMaxLength } = require('buffer');

for (const n of [5, 1000]) {
  const text = 'héllo wörld €😀 '.repeat(n);
  const b = Buffer.from(text);
  assert.strictEqual(b.length, Buffer.byteLength(text));
  assert.strictEqual(b.toString(), text);
  assert.strictEqual(b.toString('utf-8'), text);
  for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'ucs2', 'utf16le', 'utf-16le', 'ascii']) {
    const s = b.toString(enc);
    if (enc === 'ascii') {
      assert.ok(/^[\x00-\x7f]*$/.test(s));
      continue;
    }
    assert.deepStrictEqual(Buffer.from(s, enc).subarray(0, enc.startsWith('u') ? b.length & ~1 : b.length),
      enc.startsWith('u') ? b.subarray(0, b.length & ~1) : b, enc);
  }
  assert.strictEqual(Buffer.from(text, 'ucs2').toString('ucs2'), text);
  assert.strictEqual(Buffer.byteLength(text, 'ucs2'), text.length * 2);
}

// Lone surrogates become U+FFFD.
assert.deepStrictEqual(Buffer.from('a\ud800b'), Buffer.from([0x61, 0xef, 0xbf, 0xbd, 0x62]));
assert.strictEqual(Buffer.byteLength('\ud800'), 3);
assert.strictEqual(Buffer.byteLength('😀'), 4);
// Ill-formed UTF-8: one U+FFFD per maximal subpart.
const bad = [0xed, 0xa0, 0x80, 0xf0, 0x90, 0x41];
assert.strictEqual(Buffer.from(bad).toString(), '\ufffd\ufffd\ufffd\ufffdA');
assert.strictEqual(Buffer.from(Array(100).fill(bad).flat()).toString(), '\ufffd\ufffd\ufffd\ufffdA'.repeat(100));
// A BOM is kept.
assert.strictEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x41]).toString(), '\ufeffA');

// hex stops at the first bad pair; an odd last digit is dropped.
assert.deepStrictEqual(Buffer.from('abcdzz12', 'hex'), Buffer.from([0xab, 0xcd]));
assert.deepStrictEqual(Buffer.from('abc', 'hex'), Buffer.from([0xab]));
assert.strictEqual(Buffer.from('zz', 'hex').length, 0);
assert.strictEqual(Buffer.from('ab'.repeat(300) + 'g0', 'hex').length, 300);

// base64: whitespace and other characters are skipped, '=' ends the data, both alphabets.
assert.strictEqual(Buffer.from('YW Jj\nZGVm', 'base64').toString(), 'abcdef');
assert.strictEqual(Buffer.from('YQ==YQ==', 'base64').toString(), 'a');
assert.deepStrictEqual(Buffer.from('YW-_', 'base64'), Buffer.from([0x61, 0x6f, 0xbf]));
assert.deepStrictEqual(Buffer.from('YW+/', 'base64url'), Buffer.from([0x61, 0x6f, 0xbf]));
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64url'), '-_8');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64'), '+/8=');
assert.strictEqual(Buffer.byteLength('YQ==', 'base64'), 1);
assert.strictEqual(Buffer.byteLength('aaaa', 'hex'), 2);

// latin1/ascii keep the low byte of each code unit; ascii decoding clears the top bit.
assert.deepStrictEqual(Buffer.from('\u0141\u00e9', 'latin1'), Buffer.from([0x41, 0xe9]));
assert.strictEqual(Buffer.from([0xe9, 0x41]).toString('ascii'), 'iA');
assert.strictEqual(Buffer.from([0xe9, 0x41]).toString('latin1'), '\u00e9A');

// Encoding names are case-insensitive; unknown ones throw.
for (const enc of ['UTF8', 'Utf-8', 'HEX', 'Base64', 'LATIN1', 'BINARY', 'UCS2', 'UCS-2', 'UTF16LE', 'UTF-16LE', 'ASCII', 'BASE64URL']) {
  assert.ok(Buffer.isEncoding(enc), enc);
  Buffer.from('ab', enc);
}
assert.strictEqual(Buffer.isEncoding(''), false);
assert.strictEqual(Buffer.isEncoding('utf-16be'), false);
assert.throws(() => Buffer.from('x', 'nope'), { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: nope' });
assert.throws(() => Buffer.alloc(1).toString('nope'), { code: 'ERR_UNKNOWN_ENCODING' });

// write() with offsets, lengths and partial characters.
const w = Buffer.alloc(5);
assert.strictEqual(w.write('a€'), 4);
assert.strictEqual(w.write('€€', 2), 3);
assert.strictEqual(w.write('abc', 0, 3, 'ucs2'), 2);
assert.strictEqual(w.write('ffee', 3, 'hex'), 2);
assert.throws(() => w.write('a', 6), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => w.write(1), { code: 'ERR_INVALID_ARG_TYPE' });

// toString ranges.
const abc = Buffer.from('abcdef');
assert.strictEqual(abc.toString('utf8', 1, 3), 'bc');
assert.strictEqual(abc.toString('utf8', -5, 100), 'abcdef');
assert.strictEqual(abc.toString('utf8', 4, 2), '');
assert.strictEqual(abc.toString(undefined, 2), 'cdef');

// isUtf8 / isAscii / transcode.
assert.strictEqual(isUtf8(Buffer.from('héllo')), true);
assert.strictEqual(isUtf8(Buffer.from(bad)), false);
assert.strictEqual(isUtf8(Buffer.from('é'.repeat(500))), true);
assert.strictEqual(isAscii(Buffer.from('hello')), true);
assert.strictEqual(isAscii(new Uint8Array([0x80])), false);
assert.throws(() => isUtf8('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.deepStrictEqual(transcode(Buffer.from('€a'), 'utf8', 'ascii'), Buffer.from('?a'));
assert.deepStrictEqual(transcode(Buffer.from('éa'), 'utf8', 'latin1'), Buffer.from([0xe9, 0x61]));
assert.deepStrictEqual(transcode(Buffer.from('€', 'ucs2'), 'ucs2', 'utf8'), Buffer.from('€'));
assert.throws(() => transcode(Buffer.from('a'), 'hex', 'utf8'), { code: 'U_ILLEGAL_ARGUMENT_ERROR', errno: 1 });

assert.strictEqual(constants.MAX_LENGTH, kMaxLength);
assert.strictEqual(typeof constants.MAX_STRING_LENGTH, 'number');
